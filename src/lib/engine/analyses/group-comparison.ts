import { kruskalWallis } from '../../stats/kruskal-wallis';
import { mannWhitney } from '../../stats/mann-whitney';
import { welchAnova } from '../../stats/welch-anova';
import type { GroupComparison, KineticsTest } from '../kinetics-types';

const finite = (v: number | null): number | null => (v !== null && Number.isFinite(v) ? v : null);

/**
 * The test of one measurement across groups: with two groups the Mann–Whitney U test
 * (wilcox.test(exact = FALSE, correct = TRUE)) or Welch's t test (t.test), with more the
 * Kruskal–Wallis test (kruskal.test) or Welch's one-way ANOVA (oneway.test). Only groups with a
 * value count. Returns the test, or null and the reason in plain words.
 * @example groupComparison(values, codes, 'rank').test?.short // 'Mann–Whitney'
 */
export function groupComparison(
  values: Float64Array,
  group: Int32Array,
  test: KineticsTest,
): { test: GroupComparison | null; note: string | null } {
  const present = new Set<number>();
  for (let i = 0; i < values.length; i++) {
    if (!Number.isNaN(values[i]) && group[i] >= 0) present.add(group[i]);
  }
  const codes = [...present].sort((a, b) => a - b);
  if (codes.length < 2) {
    return { test: null, note: 'Fewer than two groups have a value: nothing to compare.' };
  }
  const of = (k: number) => values.filter((v, i) => group[i] === k && !Number.isNaN(v));
  if (codes.length === 2) {
    const [x, y] = codes.map(of);
    if (test === 'rank') {
      const r = mannWhitney(x, y, { exact: false, correct: true });
      return {
        test: {
          method:
            'Mann–Whitney U test (Wilcoxon rank-sum; normal approximation with continuity correction)',
          short: 'Mann–Whitney',
          rCall: 'wilcox.test(x, y, exact = FALSE, correct = TRUE)',
          statistic: Number.isFinite(r.w) ? { name: 'W', value: r.w } : null,
          df: [],
          p: finite(r.p),
        },
        note: null,
      };
    }
    // Welch's t test is Welch's ANOVA of two groups: t² = F on the same (Satterthwaite) df. Going
    // through welchAnova keeps the t distribution's quantile function out of the worker.
    const r = welchAnova(values, group);
    const mean = (v: Float64Array) => v.reduce((a, b) => a + b, 0) / v.length;
    const sign = Math.sign(mean(x) - mean(y)) || 1;
    return {
      test: {
        method: "Welch's two-sample t test (unequal variances)",
        short: "Welch's t",
        rCall: 't.test(x, y)',
        statistic:
          r.statistic === null ? null : { name: 't', value: sign * Math.sqrt(r.statistic) },
        df: r.df2 === null ? [] : [r.df2],
        p: finite(r.p),
      },
      note: r.problem ? `No t test: ${r.problem} (R stops).` : null,
    };
  }
  if (test === 'rank') {
    const r = kruskalWallis(values, group);
    return {
      test: {
        method: 'Kruskal–Wallis rank-sum test',
        short: 'Kruskal–Wallis',
        rCall: 'kruskal.test(x, g)',
        statistic: r.statistic === null ? null : { name: 'χ²', value: r.statistic },
        df: [r.df],
        p: finite(r.p),
      },
      note: null,
    };
  }
  const r = welchAnova(values, group);
  return {
    test: {
      method: "Welch's one-way ANOVA (unequal variances)",
      short: "Welch's ANOVA",
      rCall: 'oneway.test(x ~ g)',
      statistic: r.statistic === null ? null : { name: 'F', value: r.statistic },
      df: r.df2 === null ? [] : [r.df1, r.df2],
      p: finite(r.p),
    },
    note: r.problem ? `No Welch's ANOVA: ${r.problem} (R stops).` : null,
  };
}
