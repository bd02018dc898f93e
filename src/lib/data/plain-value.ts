/**
 * Turn one decoded Arrow value into a plain JavaScript value the rest of the app can rely on:
 * Int64 (bigint) → number, boolean → 0/1, NaN → null, list → array, struct → plain object,
 * map → plain object keyed by the map's keys (recursively, so list<struct> becomes an array of
 * plain objects).
 * @example plainValue([{ day: 14n, below_lloq: true }]) // [{ day: 14, below_lloq: 1 }]
 */
export function plainValue(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'bigint':
      return Number(v);
    case 'boolean':
      return v ? 1 : 0;
    case 'number':
      return Number.isNaN(v) ? null : v;
    case 'string':
      return v;
    case 'object':
      return plainObject(v as object);
    default:
      return null;
  }
}

function plainObject(v: object): unknown {
  if (v instanceof Date) return v.getTime();
  if (v instanceof Map) {
    return Object.fromEntries(Array.from(v, ([k, x]) => [String(k), plainValue(x)]));
  }
  if (Array.isArray(v)) return v.map(plainValue);
  if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
    return Array.from(v as unknown as ArrayLike<number | bigint>, plainValue);
  }
  // Objects with a JSON form (e.g. flechette's struct proxies with useProxy) are read through it.
  const withJson = v as { toJSON?: () => unknown };
  if (typeof withJson.toJSON === 'function') {
    const json = withJson.toJSON();
    if (json !== v) return plainValue(json);
  }
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = plainValue(x);
  return out;
}
