import tCdf from '@stdlib/stats-base-dists-t-cdf';
import { correlation } from './pearson';
import { pairedComplete } from './pearson-complete';
import { rank } from './rank';

export interface SpearmanResult {
  /** Spearman's rho; null when x or y is constant or n < 2. */
  rho: number | null;
  /** Two-sided p; null when it is undefined (n < 3 or constant data). */
  p: number | null;
  /** Pairs used (both values present). */
  n: number;
}

/**
 * Spearman rank correlation with the asymptotic p-value of R's
 * cor.test(x, y, method = "spearman", exact = FALSE): rho is the Pearson correlation of the
 * average ranks; S = (n³ − n)(1 − rho)/6 and p from t = r / √((1 − r²)/(n − 2)) on n − 2 df
 * with r = 1 − 6S/(n(n² − 1)). Pairs with a NaN are dropped.
 *
 * @example
 * spearman(Float64Array.of(1, 2, 3, 4, 5), Float64Array.of(2, 1, 4, 3, 5)).rho; // 0.8
 */
export function spearman(x: Float64Array, y: Float64Array): SpearmanResult {
  const [a, b] = pairedComplete(x, y);
  const n = a.length;
  if (n < 2) return { rho: null, p: null, n };
  const rho = correlation(rank(a).ranks, rank(b).ranks);
  if (!Number.isFinite(rho)) return { rho: null, p: null, n };
  if (n < 3) return { rho, p: null, n };
  const den = (n * (n * n - 1)) / 6;
  const q = ((n * n * n - n) * (1 - rho)) / 6;
  const r = 1 - q / den;
  const t = r / Math.sqrt((1 - r * r) / (n - 2));
  // cor.test: upper t tail when S ≤ den (positive association), lower tail otherwise.
  const tail = q > den ? tCdf(t, n - 2) : tCdf(-t, n - 2);
  return { rho, p: Math.min(2 * tail, 1), n };
}
