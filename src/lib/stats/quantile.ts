/** Five numbers that describe a group: n, minimum, quartiles and maximum. */
export interface Quartiles {
  n: number;
  min: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
  max: number | null;
}

/**
 * The p-quantile of values already sorted ascending, by R's default definition (type 7, Hyndman
 * & Fan 1996, doi.org/10.2307/2684934): h = (n − 1)p, linear interpolation between the values at
 * ⌊h⌋ and ⌈h⌉ (0-based). Null for no values.
 * @example quantile([1, 2, 3, 4], 0.25) // 1.75 = quantile(1:4, 0.25)
 */
export function quantile(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/**
 * n, minimum, quartiles (type 7, as R's quantile(x, c(0.25, 0.5, 0.75))) and maximum of the
 * values that are not NaN.
 * @example quartiles(Float64Array.of(5, 1, NaN, 3)) // { n: 3, min: 1, q1: 2, median: 3, q3: 4, max: 5 }
 */
export function quartiles(values: ArrayLike<number>): Quartiles {
  const v = Float64Array.from(values).filter((x) => !Number.isNaN(x));
  v.sort();
  const n = v.length;
  return {
    n,
    min: n ? v[0] : null,
    q1: quantile(v, 0.25),
    median: quantile(v, 0.5),
    q3: quantile(v, 0.75),
    max: n ? v[n - 1] : null,
  };
}
