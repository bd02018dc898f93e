/**
 * Sample quantiles by R's default definition, quantile(x, probs, type = 7): with the n values
 * sorted and h = (n − 1)·p, the quantile is x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋]) (0-based),
 * the linear interpolation of Hyndman & Fan (1996), doi:10.2307/2684934. The median is p = 0.5.
 * NaN values are dropped (na.rm = TRUE); with none left every quantile is null.
 * Note: SPSS's default percentiles (HAVERAGE) are type 6, so its IQR can differ slightly.
 *
 * @example
 * quantiles(Float64Array.of(1, 2, 3, 4), [0.25, 0.5, 0.75]); // [1.75, 2.5, 3.25], R: quantile(1:4)
 */
export function quantiles(values: Float64Array, probs: readonly number[]): (number | null)[] {
  const x = values.filter((v) => !Number.isNaN(v)).sort();
  const n = x.length;
  return probs.map((p) => {
    if (n === 0 || !(p >= 0 && p <= 1)) return null;
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    const hi = Math.ceil(h);
    const frac = h - lo;
    // As R: interpolate only where the neighbours differ, so equal values stay exact.
    return frac > 0 && x[hi] !== x[lo] ? (1 - frac) * x[lo] + frac * x[hi] : x[lo];
  });
}
