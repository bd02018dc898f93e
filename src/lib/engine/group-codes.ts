export interface GroupCodes {
  /** Group index per row; -1 where the stratifier is missing (the row is not used). */
  codes: Int32Array;
  /** Raw value of each group, in order (first = reference). */
  values: (string | number)[];
}

/**
 * Turns a stratifier column into group codes. Numbers sort ascending, text sorts as R's
 * factor() levels do in an English locale (the CLI's order too); with a cut-point a numeric
 * column splits into "< cut" (reference) and "≥ cut". Missing values get code -1.
 * @example groupCodes([1, 0, null, 1]).codes // Int32Array [1, 0, -1, 1]
 */
export function groupCodes(column: ArrayLike<unknown>, cut?: number): GroupCodes {
  const n = column.length;
  const codes = new Int32Array(n).fill(-1);
  if (cut !== undefined) {
    for (let i = 0; i < n; i++) {
      const v = column[i];
      if (typeof v === 'number' && Number.isFinite(v)) codes[i] = v >= cut ? 1 : 0;
    }
    return { codes, values: [`< ${cut}`, `≥ ${cut}`] };
  }
  const present: (string | number)[] = [];
  for (let i = 0; i < n; i++) {
    const v = normalise(column[i]);
    if (v !== null) present.push(v);
  }
  const values = [...new Set(present)].sort((a, b) =>
    typeof a === 'number' && typeof b === 'number'
      ? a - b
      : String(a).localeCompare(String(b), 'en'),
  );
  const index = new Map(values.map((v, k) => [v, k]));
  for (let i = 0; i < n; i++) {
    const v = normalise(column[i]);
    if (v !== null) codes[i] = index.get(v) ?? -1;
  }
  return { codes, values };
}

function normalise(v: unknown): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string') return v === '' ? null : v;
  return null;
}
