import gammainc from '@stdlib/math-base-special-gammainc';

/**
 * Upper-tail probability of the chi-square distribution, P(X > x) with `df` degrees of
 * freedom, as R's pchisq(x, df, lower.tail = FALSE). Computed as the regularized upper
 * incomplete gamma function Q(df/2, x/2), so tiny p-values keep full relative precision
 * (1 − cdf would round them to 0). Returns NaN for df ≤ 0.
 *
 * @example
 * chiSquareUpper(3.841458820694124, 1); // 0.05
 */
export function chiSquareUpper(x: number, df: number): number {
  if (!(df > 0) || Number.isNaN(x)) return NaN;
  if (x <= 0) return 1;
  if (x === Infinity) return 0;
  return gammainc(x / 2, df / 2, true, true);
}
