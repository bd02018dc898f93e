/**
 * Sample quantile, R type 6 (SPSS HAVERAGE): position h = (n + 1)p between order statistics,
 * clamped to the sample range. The paper's quartiles (SPSS 22) use this definition.
 * Reference: Hyndman & Fan (1996) doi.org/10.1080/00031305.1996.10473566; R quantile(type = 6).
 * @example
 * quantileType6([1, 2, 3, 4], 0.25); // 1.25
 */
export function quantileType6(values: readonly number[], p: number): number {
  const x = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  const n = x.length;
  if (n === 0) return NaN;
  const h = (n + 1) * p;
  if (h <= 1) return x[0];
  if (h >= n) return x[n - 1];
  const lo = Math.floor(h);
  return x[lo - 1] + (h - lo) * (x[lo] - x[lo - 1]);
}
