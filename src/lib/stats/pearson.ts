import tCdf from '@stdlib/stats-base-dists-t-cdf';
import { pairedComplete } from './pearson-complete';

/** qnorm(0.975) in R. */
const Z975 = 1.959963984540054;

export interface PearsonResult {
  /** Correlation coefficient; null when x or y is constant. */
  r: number | null;
  t: number | null;
  df: number;
  p: number | null;
  /** 95% CI by Fisher's z transform (needs n > 3). */
  lower: number | null;
  upper: number | null;
  /** Pairs used (both values present). */
  n: number;
}

/** Plain product-moment correlation of two equal-length arrays (no missing values). */
export function correlation(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i];
    my += y[i];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx;
    const dy = y[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/**
 * Pearson correlation with its t test and 95% confidence interval, as R's
 * cor.test(x, y) (method = "pearson", two-sided): t = r √(n−2) / √(1−r²) on n−2 df; CI =
 * tanh(atanh(r) ± 1.96 / √(n−3)). Pairs with a NaN are dropped (complete.obs).
 *
 * @example
 * pearson(Float64Array.of(1, 2, 3, 4), Float64Array.of(2, 4, 5, 9)).r; // 0.9569...
 */
export function pearson(x: Float64Array, y: Float64Array): PearsonResult {
  const [a, b] = pairedComplete(x, y);
  const n = a.length;
  const df = n - 2;
  const none = { r: null, t: null, df, p: null, lower: null, upper: null, n };
  if (n < 3) return none;
  const r = correlation(a, b);
  if (!Number.isFinite(r)) return none;
  const t = (Math.sqrt(df) * r) / Math.sqrt(1 - r * r);
  const p = Math.min(1, 2 * tCdf(-Math.abs(t), df));
  let lower: number | null = null;
  let upper: number | null = null;
  if (n > 3) {
    const z = Math.atanh(r);
    const sigma = 1 / Math.sqrt(n - 3);
    lower = Math.tanh(z - Z975 * sigma);
    upper = Math.tanh(z + Z975 * sigma);
  }
  return { r, t, df, p, lower, upper, n };
}
