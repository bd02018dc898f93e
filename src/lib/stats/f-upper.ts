import { betaIncomplete } from './beta-incomplete';

/**
 * Upper-tail probability of the F distribution, P(F > f) on (df1, df2) degrees of freedom, as
 * R's pf(f, df1, df2, lower.tail = FALSE): I_{df2/(df2 + df1·f)}(df2/2, df1/2). Degrees of
 * freedom need not be whole numbers (Welch's ANOVA). NaN for df ≤ 0.
 * @example fUpper(4.0, 2, 10) // 0.05307… = pf(4, 2, 10, lower.tail = FALSE)
 */
export function fUpper(f: number, df1: number, df2: number): number {
  if (!(df1 > 0) || !(df2 > 0) || Number.isNaN(f)) return NaN;
  if (f <= 0) return 1;
  if (f === Infinity) return 0;
  return betaIncomplete(df2 / (df2 + df1 * f), df2 / 2, df1 / 2);
}
