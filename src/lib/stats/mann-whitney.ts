import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import { mannWhitneyCounts } from './mann-whitney-exact';
import { rank } from './rank';

export interface MannWhitneyResult {
  /** R's W: rank sum of x minus nX(nX + 1)/2. */
  w: number;
  p: number | null;
  nX: number;
  nY: number;
  /** True when the exact distribution was used (R's default for nX, nY < 50 without ties). */
  exact: boolean;
}

/**
 * Mann–Whitney U / Wilcoxon rank-sum test, two-sided, as R's wilcox.test(x, y): exact p when
 * both groups have < 50 values and there are no ties (unless `exact` says otherwise), else the
 * normal approximation with tie-corrected variance and continuity correction (correct = TRUE).
 * NaN values are dropped.
 *
 * @example
 * mannWhitney(Float64Array.of(1.1, 2.3, 3.8), Float64Array.of(4.2, 5.0, 6.1, 7.7)).p; // 0.0571
 */
export function mannWhitney(
  x: Float64Array,
  y: Float64Array,
  options: { exact?: boolean; correct?: boolean } = {},
): MannWhitneyResult {
  const a = x.filter((v) => !Number.isNaN(v));
  const b = y.filter((v) => !Number.isNaN(v));
  const m = a.length;
  const n = b.length;
  if (m === 0 || n === 0) return { w: NaN, p: null, nX: m, nY: n, exact: false };
  const all = new Float64Array(m + n);
  all.set(a);
  all.set(b, m);
  const { ranks, ties } = rank(all);
  let w = -(m * (m + 1)) / 2;
  for (let i = 0; i < m; i++) w += ranks[i];
  const exact = (options.exact ?? (m < 50 && n < 50)) && ties.length === 0;
  if (exact) {
    const counts = mannWhitneyCounts(m, n);
    let total = 0;
    let tail = 0;
    const upper = w > (m * n) / 2;
    for (let u = 0; u < counts.length; u++) {
      total += counts[u];
      if (upper ? u >= w : u <= w) tail += counts[u];
    }
    return { w, p: Math.min((2 * tail) / total, 1), nX: m, nY: n, exact };
  }
  const N = m + n;
  const tieSum = ties.reduce((s, t) => s + t * t * t - t, 0);
  const sigma = Math.sqrt(((m * n) / 12) * (N + 1 - tieSum / (N * (N - 1))));
  let z = w - (m * n) / 2;
  const correction = (options.correct ?? true) ? Math.sign(z) * 0.5 : 0;
  z = (z - correction) / sigma;
  const p = sigma > 0 ? Math.min(1, 2 * normalCdf(-Math.abs(z), 0, 1)) : null;
  return { w, p, nX: m, nY: n, exact };
}
