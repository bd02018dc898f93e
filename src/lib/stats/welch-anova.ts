import { fUpper } from './f-upper';

export interface WelchAnovaResult {
  /** Welch's F; null when it is undefined (a group with < 2 values or zero variance). */
  statistic: number | null;
  /** Numerator and (non-integer) denominator degrees of freedom. */
  df1: number;
  df2: number | null;
  p: number | null;
  n: number;
  /** Why no test was computed, in plain words (R stops with an error there). */
  problem: string | null;
}

/**
 * One-way analysis of means without assuming equal variances — Welch's ANOVA (Welch 1951,
 * doi.org/10.2307/2332579), as R's oneway.test(x ~ g) (var.equal = FALSE): weights
 * w_i = n_i/s_i², F = Σ w_i(m_i − m)²/(k − 1) / (1 + 2(k − 2)·A), A = Σ (1 − w_i/Σw)²/(n_i − 1)
 * / (k² − 1), on k − 1 and 1/(3A) df. With two groups it is Welch's t test (F = t²).
 * NaN values and negative group codes are dropped; empty groups do not count.
 * @example welchAnova(Float64Array.of(1, 2, 3, 2, 4, 6, 5, 9, 13), Int32Array.of(0, 0, 0, 1, 1, 1, 2, 2, 2)).p
 */
export function welchAnova(values: Float64Array, group: Int32Array): WelchAnovaResult {
  const byGroup = new Map<number, number[]>();
  for (let i = 0; i < values.length; i++) {
    if (Number.isNaN(values[i]) || group[i] < 0) continue;
    const list = byGroup.get(group[i]) ?? [];
    list.push(values[i]);
    byGroup.set(group[i], list);
  }
  const groups = [...byGroup.values()];
  const n = groups.reduce((s, v) => s + v.length, 0);
  const k = groups.length;
  const none = (problem: string): WelchAnovaResult => ({
    statistic: null,
    df1: k - 1,
    df2: null,
    p: null,
    n,
    problem,
  });
  if (k < 2) return none('fewer than two groups have values');
  if (groups.some((v) => v.length < 2)) return none('a group has fewer than 2 values');
  const stats = groups.map((v) => {
    const mean = v.reduce((s, x) => s + x, 0) / v.length;
    const variance = v.reduce((s, x) => s + (x - mean) ** 2, 0) / (v.length - 1);
    return { n: v.length, mean, w: v.length / variance };
  });
  if (stats.some((s) => !Number.isFinite(s.w)))
    return none('a group has no spread (all values equal)');
  const sumW = stats.reduce((s, g) => s + g.w, 0);
  const grand = stats.reduce((s, g) => s + g.w * g.mean, 0) / sumW;
  const a = stats.reduce((s, g) => s + (1 - g.w / sumW) ** 2 / (g.n - 1), 0) / (k * k - 1);
  const between = stats.reduce((s, g) => s + g.w * (g.mean - grand) ** 2, 0);
  const statistic = between / ((k - 1) * (1 + 2 * (k - 2) * a));
  const df2 = 1 / (3 * a);
  return { statistic, df1: k - 1, df2, p: fUpper(statistic, k - 1, df2), n, problem: null };
}
