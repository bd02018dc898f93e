/**
 * Kaplan–Meier steps packed for the trip from the worker to the page. An answer holds a few
 * thousand step objects per curve (10^5 patients: ~4,400 for two groups); the structured clone
 * copies each object property by property in the worker and rebuilds it on the page's main
 * thread, a few ms per answer there. Packed, every `steps` array travels as one Float64Array
 * (transferred, not copied) and is unpacked into the same objects in one tight loop.
 *
 * Only arrays named `steps` whose elements all have exactly the step fields (numbers, or null)
 * are packed; anything else travels as it is. unpack(pack(x)) deep-equals x.
 */
const FIELDS = ['time', 'nRisk', 'nEvent', 'nCensor', 'surv', 'stdErr', 'lower', 'upper'] as const;
const WIDTH = FIELDS.length;
const MARK = '__packedSteps';

interface Packed {
  [MARK]: true;
  /** The fields in the order of the first step's keys (kept on unpacking). */
  keys: string[];
  values: Float64Array;
  /** 1 where the value was null. */
  nulls: Uint8Array;
}

function packable(steps: unknown[]): string[] | null {
  if (steps.length === 0) return null;
  const first = steps[0];
  if (first === null || typeof first !== 'object') return null;
  const keys = Object.keys(first);
  if (keys.length !== WIDTH || !FIELDS.every((f) => keys.includes(f))) return null;
  for (const s of steps) {
    if (s === null || typeof s !== 'object' || Object.keys(s).length !== WIDTH) return null;
    for (const f of FIELDS) {
      const v = (s as Record<string, unknown>)[f];
      if (v !== null && typeof v !== 'number') return null;
    }
  }
  return keys;
}

function packSteps(steps: Record<string, number | null>[], keys: string[]): Packed {
  const n = steps.length;
  const values = new Float64Array(n * WIDTH);
  const nulls = new Uint8Array(n * WIDTH);
  for (let i = 0; i < n; i++) {
    const s = steps[i];
    for (let k = 0; k < WIDTH; k++) {
      const v = s[keys[k]];
      if (v === null) nulls[i * WIDTH + k] = 1;
      else values[i * WIDTH + k] = v;
    }
  }
  return { [MARK]: true, keys, values, nulls };
}

/**
 * A copy of `value` with its step arrays packed; the packed buffers are added to `transfer`.
 * @example const transfer: ArrayBuffer[] = []; postMessage(packAnswer(result, transfer), transfer)
 */
export function packAnswer(value: unknown, transfer: ArrayBuffer[]): unknown {
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return value;
  if (Array.isArray(value)) return value.map((v) => packAnswer(v, transfer));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const keys = k === 'steps' && Array.isArray(v) ? packable(v) : null;
    if (keys) {
      const packed = packSteps(v as Record<string, number | null>[], keys);
      transfer.push(packed.values.buffer as ArrayBuffer, packed.nulls.buffer as ArrayBuffer);
      out[k] = packed;
    } else out[k] = packAnswer(v, transfer);
  }
  return out;
}

function isPacked(v: unknown): v is Packed {
  return v !== null && typeof v === 'object' && (v as Partial<Packed>)[MARK] === true;
}

function unpackSteps(p: Packed): Record<string, number | null>[] {
  const { keys, values, nulls } = p;
  const n = values.length / WIDTH;
  const out = new Array<Record<string, number | null>>(n);
  const at = (j: number) => (nulls[j] === 1 ? null : values[j]);
  if (keys.every((key, k) => key === FIELDS[k])) {
    // The engine's own order: one object literal, one hidden class for every step.
    for (let i = 0, j = 0; i < n; i++, j += WIDTH) {
      out[i] = {
        time: at(j),
        nRisk: at(j + 1),
        nEvent: at(j + 2),
        nCensor: at(j + 3),
        surv: at(j + 4),
        stdErr: at(j + 5),
        lower: at(j + 6),
        upper: at(j + 7),
      };
    }
    return out;
  }
  for (let i = 0; i < n; i++) {
    const s: Record<string, number | null> = {};
    for (let k = 0; k < WIDTH; k++) s[keys[k]] = at(i * WIDTH + k);
    out[i] = s;
  }
  return out;
}

/** The answer as the engine gave it: every packed step array unpacked (in place). */
export function unpackAnswer<T>(value: T): T {
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = unpackAnswer(value[i]);
    return value;
  }
  const record = value as Record<string, unknown>;
  for (const [k, v] of Object.entries(record))
    record[k] = isPacked(v) ? unpackSteps(v) : unpackAnswer(v);
  return value;
}
