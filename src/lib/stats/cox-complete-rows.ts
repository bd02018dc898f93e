import type { CoxInput } from './cox';

/** Rows with no NaN in time, entry or any covariate (R's na.omit). */
export function completeRows(input: CoxInput): Uint32Array {
  const { time, x, entry } = input;
  const ok = new Uint8Array(time.length);
  let n = 0;
  for (let i = 0; i < time.length; i++) {
    let keep = !Number.isNaN(time[i]) && (!entry || !Number.isNaN(entry[i]));
    for (let k = 0; k < x.length && keep; k++) keep = !Number.isNaN(x[k][i]);
    ok[i] = keep ? 1 : 0;
    n += ok[i];
  }
  const rows = new Uint32Array(n);
  for (let i = 0, j = 0; i < time.length; i++) if (ok[i]) rows[j++] = i;
  return rows;
}

export function subset<T extends Float64Array | Uint8Array | Int32Array>(
  a: T,
  rows: Uint32Array,
): T {
  if (rows.length === a.length) return a;
  const out = new (a.constructor as new (n: number) => T)(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = a[rows[i]];
  return out;
}
