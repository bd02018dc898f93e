/**
 * The sample quantile definitions the explorer uses (Hyndman & Fan 1996): type 7 is R's default;
 * type 6 is SPSS's HAVERAGE, the one behind the paper's medians and IQRs (SPSS 22).
 */
export type QuantileType = 6 | 7;

/**
 * Sample quantile of the values that are not NaN (in any order), as R's quantile(x, p, type):
 * type 7 (R's default) interpolates at h = (n − 1)p + 1, type 6 (SPSS HAVERAGE) at h = (n + 1)p,
 * clamped to the sample range. Null for no values.
 * Reference: Hyndman & Fan (1996) doi.org/10.1080/00031305.1996.10473566.
 *
 * @example
 * quantile(Float64Array.of(1, 2, 3, 4), 0.25, 6); // 1.25, R: quantile(1:4, 0.25, type = 6)
 * quantile([1, 2, 3, 4], 0.25); // 1.75, R: quantile(1:4, 0.25)
 */
export function quantile(
  values: ArrayLike<number>,
  p: number,
  type: QuantileType = 7,
): number | null {
  const x = Float64Array.from(values)
    .filter((v) => !Number.isNaN(v))
    .sort();
  const n = x.length;
  if (n === 0 || !(p >= 0 && p <= 1)) return null;
  const h = type === 6 ? (n + 1) * p : (n - 1) * p + 1;
  if (h <= 1) return x[0];
  if (h >= n) return x[n - 1];
  const lo = Math.floor(h);
  return x[lo - 1] + (h - lo) * (x[lo] - x[lo - 1]);
}

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
 * n, minimum, quartiles (type 7, as R's quantile(x, c(0.25, 0.5, 0.75))) and maximum of the
 * values that are not NaN.
 * @example quartiles(Float64Array.of(5, 1, NaN, 3)) // { n: 3, min: 1, q1: 2, median: 3, q3: 4, max: 5 }
 */
export function quartiles(values: ArrayLike<number>): Quartiles {
  const v = Float64Array.from(values)
    .filter((x) => !Number.isNaN(x))
    .sort();
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

/**
 * Several sample quantiles of the same values, as R's quantile(x, probs, type, na.rm = TRUE).
 * @example quantiles(Float64Array.of(1, 2, 3, 4), [0.25, 0.5, 0.75]) // [1.75, 2.5, 3.25]
 */
export function quantiles(
  values: ArrayLike<number>,
  probs: readonly number[],
  type: QuantileType = 7,
): (number | null)[] {
  return probs.map((p) => quantile(values, p, type));
}
