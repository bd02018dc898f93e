import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chiSquare } from '../../../src/lib/stats/chi-square';
import { fisherExact } from '../../../src/lib/stats/fisher-exact';
import { fisherOddsRatioCi } from '../../../src/lib/stats/fisher-exact-odds-ci';

// Fixture: tests/reference/r/tests.R → tests.json. chiSquare matches chisq.test(m) (Yates'
// correction on 2×2 tables); fisherExact matches fisher.test(m)$p.value, and its odds ratio
// the root of fisher.test's conditional-MLE equation solved to 1e-13 in R (fisher.test's own
// estimate stops at uniroot's ~1e-4 tolerance; it is checked at 1e-4 only). fisherOddsRatioCi
// matches fisher.test(m)$conf.int's equations solved to 1e-13 in R
// (tests/reference/r/lib/fisher-conditional.R), and fisher.test's own limits within uniroot's
// tolerance (.Machine$double.eps^0.25 on ψ below 1, on 1/ψ above 1).
// Tolerance: 1e-6 relative (1e-12 absolute near zero).
interface Table {
  name: string;
  table: number[][];
  chisq: { stat: number; df: number; p: number; expected: number[][] };
  fisher: {
    p: number;
    oddsRatio?: number | null;
    oddsRatioInfinite?: boolean;
    rEstimate?: number | null;
    /** 95% CI (2×2 only); null = Infinity. `r*` = fisher.test's own (uniroot) limits. */
    lower?: number;
    upper?: number | null;
    rLower?: number;
    rUpper?: number | null;
  };
}
const url = new URL('../../reference/tests.json', import.meta.url);
const tables = (JSON.parse(readFileSync(url, 'utf8')) as { tables: Table[] }).tables;
function close(actual: number | null, expected: number, rel = 1e-6): void {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(
    Math.max(rel * Math.abs(expected), 1e-12),
  );
}

describe('chiSquare and fisherExact', () => {
  it.each(tables.map((c) => [c.name, c] as const))(
    'match R chisq.test() and fisher.test(): %s',
    (_n, c) => {
      const ch = chiSquare(c.table);
      close(ch.stat, c.chisq.stat);
      expect(ch.df).toBe(c.chisq.df);
      close(ch.p, c.chisq.p);
      ch.expected.forEach((row, i) => row.forEach((e, j) => close(e, c.chisq.expected[i][j])));
      const fi = fisherExact(c.table);
      close(fi.p, c.fisher.p);
      if (c.fisher.oddsRatioInfinite) expect(fi.oddsRatio).toBe(Infinity);
      else if (c.fisher.oddsRatio !== undefined && c.fisher.oddsRatio !== null) {
        close(fi.oddsRatio, c.fisher.oddsRatio);
        close(fi.oddsRatio, c.fisher.rEstimate as number, 1e-4);
      } else expect(fi.oddsRatio).toBeNull();
    },
  );

  const twoByTwo = tables.filter((c) => c.fisher.lower !== undefined);
  it.each(twoByTwo.map((c) => [c.name, c] as const))(
    'fisherOddsRatioCi matches fisher.test(m)$conf.int: %s',
    (_n, c) => {
      const ci = fisherOddsRatioCi(c.table);
      close(ci.lower, c.fisher.lower!);
      if (c.fisher.upper === null) expect(ci.upper).toBe(Infinity);
      else close(ci.upper, c.fisher.upper!);
      // fisher.test's uniroot: tolerance ~1.22e-4 on ψ (ψ < 1) or on 1/ψ (ψ > 1).
      const onRootScale = (v: number) => (v > 1 ? 1 / v : v);
      expect(Math.abs(onRootScale(ci.lower) - onRootScale(c.fisher.rLower!))).toBeLessThan(1.3e-4);
      if (c.fisher.rUpper === null) expect(ci.upper).toBe(Infinity);
      else {
        const diff = Math.abs(onRootScale(ci.upper) - onRootScale(c.fisher.rUpper!));
        expect(diff).toBeLessThan(1.3e-4);
      }
    },
  );

  it('fisherOddsRatioCi narrows as the confidence level falls and contains the estimate', () => {
    const m = [
      [12, 5],
      [7, 15],
    ];
    const or = fisherExact(m).oddsRatio!;
    const ci95 = fisherOddsRatioCi(m);
    const ci80 = fisherOddsRatioCi(m, 0.8);
    expect(ci95.lower).toBeLessThan(ci80.lower);
    expect(ci80.lower).toBeLessThan(or);
    expect(or).toBeLessThan(ci80.upper);
    expect(ci80.upper).toBeLessThan(ci95.upper);
  });

  it('applies Yates only to 2×2 tables, and warns on expected counts below 5', () => {
    expect(
      chiSquare([
        [12, 5],
        [7, 15],
      ]).yates,
    ).toBe(true);
    expect(
      chiSquare(
        [
          [12, 5],
          [7, 15],
        ],
        { correct: false },
      ).yates,
    ).toBe(false);
    expect(
      chiSquare([
        [8, 5, 1],
        [2, 6, 9],
      ]).yates,
    ).toBe(false);
    expect(
      chiSquare([
        [3, 1],
        [1, 3],
      ]).warnings,
    ).toEqual(['Chi-squared approximation may be incorrect']);
  });

  it.each([
    ['one row', [[1, 2]]],
    ['ragged rows', [[1, 2], [3]]],
    ['no rows', []],
  ])('reject a table with %s', (_w, t) => {
    expect(() => chiSquare(t)).toThrow(RangeError);
    expect(() => fisherExact(t)).toThrow(RangeError);
  });

  it('fisherExact refuses tables too large to enumerate', () => {
    const big = [0, 1, 2, 3, 4].map(() => [40, 40, 40, 40, 40]);
    expect(() => fisherExact(big)).toThrow(RangeError);
  });
});
