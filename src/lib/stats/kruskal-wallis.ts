import { chiSquareUpper } from './chi-square-upper';
import { rank } from './rank';

export interface KruskalWallisResult {
  /** The Kruskal–Wallis H (R's "Kruskal-Wallis chi-squared"), tie-corrected; null if undefined. */
  statistic: number | null;
  /** Groups with values − 1. */
  df: number;
  p: number | null;
  /** Values used (value present and group code ≥ 0). */
  n: number;
}

/**
 * Kruskal–Wallis rank-sum test of k groups, as R's kruskal.test(x, g): average ranks over all
 * values, H = (12 / (N(N + 1)) Σ R_i²/n_i − 3(N + 1)) / (1 − Σ(t³ − t)/(N³ − N)), upper-tail
 * χ² p on (groups with values − 1) df (Kruskal & Wallis 1952, doi.org/10.1080/01621459.1952.10483441).
 * NaN values and negative group codes are dropped; empty groups do not count (R's factor()).
 * @example kruskalWallis(Float64Array.of(1, 2, 3, 4, 5, 6), Int32Array.of(0, 0, 1, 1, 2, 2)).statistic // 4.571…
 */
export function kruskalWallis(values: Float64Array, group: Int32Array): KruskalWallisResult {
  const x: number[] = [];
  const g: number[] = [];
  for (let i = 0; i < values.length; i++) {
    if (Number.isNaN(values[i]) || group[i] < 0) continue;
    x.push(values[i]);
    g.push(group[i]);
  }
  const n = x.length;
  const sums = new Map<number, { sum: number; count: number }>();
  const { ranks, ties } = rank(x);
  g.forEach((k, i) => {
    const s = sums.get(k) ?? { sum: 0, count: 0 };
    s.sum += ranks[i];
    s.count += 1;
    sums.set(k, s);
  });
  const df = sums.size - 1;
  if (df < 1) return { statistic: null, df, p: null, n };
  let h = 0;
  for (const { sum, count } of sums.values()) h += (sum * sum) / count;
  h = (12 * h) / (n * (n + 1)) - 3 * (n + 1);
  const correction = 1 - ties.reduce((s, t) => s + t * t * t - t, 0) / (n * n * n - n);
  if (!(correction > 0)) return { statistic: null, df, p: null, n };
  const statistic = h / correction;
  return { statistic, df, p: chiSquareUpper(statistic, df), n };
}

/**
 * The same test from one array per group, as R's kruskal.test(list(…)); throws a RangeError, as R
 * stops, when fewer than two groups have values.
 * @example kruskalWallisGroups([Float64Array.of(1, 2, 3), Float64Array.of(4, 5, 6), Float64Array.of(7, 8, 9)]).p // 0.02732372
 */
export function kruskalWallisGroups(groups: readonly Float64Array[]): KruskalWallisResult {
  const withValues = groups.filter((g) => g.some((v) => !Number.isNaN(v))).length;
  if (withValues < 2) throw new RangeError('all observations are in the same group');
  const values = Float64Array.from(groups.flatMap((g) => Array.from(g)));
  const group = Int32Array.from(groups.flatMap((g, k) => Array.from(g, () => k)));
  return kruskalWallis(values, group);
}
