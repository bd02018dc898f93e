/**
 * The number when finite, else null: R's NA/NaN/Inf in the CLI's JSON.
 * @example finite(Infinity) // null
 */
export function finite(x: number | null): number | null {
  return x !== null && Number.isFinite(x) ? x : null;
}
