import { chiSquareUpper } from './chi-square-upper';
import { rank } from './rank';

export interface KruskalWallisResult {
  /** The Kruskal–Wallis H, corrected for ties; null when every value is equal. */
  statistic: number | null;
  /** Groups with values, less one. */
  df: number;
  p: number | null;
  /** Values used (NaN dropped). */
  n: number;
}

/**
 * Kruskal–Wallis rank-sum test of k groups, as R's kruskal.test(x, g): with average ranks r over
 * all N values, H = (12/(N(N+1)) Σ R_g²/n_g − 3(N+1)) / (1 − Σ(t³ − t)/(N³ − N)), t the sizes of
 * tie groups; p from the χ² distribution on k − 1 df (Kruskal & Wallis 1952,
 * doi:10.1080/01621459.1952.10483441). NaN values are dropped, and groups left empty do not count
 * (R's factor(g[ok])). Throws a RangeError, as R stops, when fewer than two groups have values.
 *
 * @example
 * kruskalWallis([Float64Array.of(1, 2, 3), Float64Array.of(4, 5, 6), Float64Array.of(7, 8, 9)]).p;
 * // 0.02732372, R: kruskal.test(list(1:3, 4:6, 7:9))
 */
export function kruskalWallis(groups: readonly Float64Array[]): KruskalWallisResult {
  const kept = groups.map((g) => g.filter((v) => !Number.isNaN(v))).filter((g) => g.length > 0);
  if (kept.length < 2) throw new RangeError('all observations are in the same group');
  const n = kept.reduce((s, g) => s + g.length, 0);
  const all = new Float64Array(n);
  let at = 0;
  for (const g of kept) {
    all.set(g, at);
    at += g.length;
  }
  const { ranks, ties } = rank(all);
  let sum = 0;
  at = 0;
  for (const g of kept) {
    let r = 0;
    for (let i = 0; i < g.length; i++) r += ranks[at + i];
    sum += (r * r) / g.length;
    at += g.length;
  }
  const df = kept.length - 1;
  const tieSum = ties.reduce((s, t) => s + t * t * t - t, 0);
  const denominator = 1 - tieSum / (n * n * n - n);
  if (!(denominator > 0)) return { statistic: null, df, p: null, n };
  const statistic = ((12 * sum) / (n * (n + 1)) - 3 * (n + 1)) / denominator;
  return { statistic, df, p: chiSquareUpper(statistic, df), n };
}
