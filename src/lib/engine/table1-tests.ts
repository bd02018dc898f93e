import { chiSquare } from '../stats/chi-square';
import { fisherExact } from '../stats/fisher-exact';
import { kruskalWallisGroups } from '../stats/kruskal-wallis';
import { mannWhitney } from '../stats/mann-whitney';
import type { Table1Test } from './types';

/** A test of one Table 1 row, or why the groups cannot be compared on it. */
export type RowTest = { test: Table1Test; noTest: null } | { test: null; noTest: string };

/**
 * The test of a categorical row: Fisher's exact test of the value × group table
 * (fisher.test), exact for any r × c table small enough to enumerate; for a larger table Pearson's
 * χ² (chisq.test), with a note when an expected count is below 5. Values or groups no patient has
 * are left out first (R's table of the patients' values).
 * @example categoricalTest([[3, 1], [1, 3]]).test?.p // 0.4857, R: fisher.test(matrix(c(3, 1, 1, 3), 2))
 */
export function categoricalTest(counts: readonly (readonly number[])[]): RowTest {
  const rows = counts.filter((r) => r.some((v) => v > 0));
  const keep = (rows[0] ?? []).map((_, j) => rows.some((r) => r[j] > 0));
  const table = rows.map((r) => r.filter((_, j) => keep[j]));
  const n = table.reduce((s, r) => s + r.reduce((a, v) => a + v, 0), 0);
  if (table.length < 2) return { test: null, noTest: 'every patient compared has the same value' };
  if (table[0].length < 2)
    return { test: null, noTest: 'only one group has patients with a value' };
  try {
    const f = fisherExact(table);
    return {
      test: {
        method: 'fisher',
        name: "Fisher's exact test",
        rCall: 'fisher.test(table(value, group))',
        statistic: null,
        df: null,
        p: f.p,
        n,
        note: null,
      },
      noTest: null,
    };
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
  }
  const c = chiSquare(table);
  return {
    test: {
      method: 'chi-square',
      name: "Pearson's χ² test",
      rCall: 'chisq.test(table(value, group))',
      statistic: c.stat,
      df: c.df,
      p: c.p,
      n,
      note:
        c.warnings.length > 0
          ? "Some expected counts are below 5, so the χ² p-value is approximate (the table is too large for Fisher's exact test)."
          : null,
    },
    noTest: null,
  };
}

/**
 * The test of a numeric row: with two groups the Mann–Whitney test (wilcox.test(exact = FALSE,
 * correct = TRUE): normal approximation, tie-corrected, with continuity correction), with more the
 * Kruskal–Wallis test (kruskal.test). Groups without values are left out first.
 * @example numericTest([Float64Array.of(1, 2, 3), Float64Array.of(4, 5, 6)]).test?.method // 'mann-whitney'
 */
export function numericTest(samples: readonly Float64Array[]): RowTest {
  const groups = samples.filter((s) => s.some((v) => !Number.isNaN(v)));
  if (groups.length < 2) return { test: null, noTest: 'only one group has patients with a value' };
  if (groups.length === 2) {
    const m = mannWhitney(groups[0], groups[1], { exact: false, correct: true });
    return {
      test: {
        method: 'mann-whitney',
        name: 'Mann–Whitney test',
        rCall: 'wilcox.test(value ~ group, exact = FALSE, correct = TRUE)',
        statistic: m.w,
        df: null,
        p: m.p,
        n: m.nX + m.nY,
        note: null,
      },
      noTest: null,
    };
  }
  const k = kruskalWallisGroups(groups);
  return {
    test: {
      method: 'kruskal-wallis',
      name: 'Kruskal–Wallis test',
      rCall: 'kruskal.test(value ~ group)',
      statistic: k.statistic,
      df: k.df,
      p: k.p,
      n: k.n,
      note: null,
    },
    noTest: null,
  };
}
