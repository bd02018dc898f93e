import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mannWhitney } from '../../../src/lib/stats/mann-whitney';
import { mannWhitneyCounts } from '../../../src/lib/stats/mann-whitney-exact';
import { tTest } from '../../../src/lib/stats/t-test';

// Fixture: tests/reference/r/tests.R → tests.json. mannWhitney matches wilcox.test(x, y)
// (exact when R chooses it, else correct = TRUE); tTest matches t.test(x, y) and
// t.test(x, y, var.equal = TRUE). Tolerance: 1e-6 relative (1e-12 absolute near zero).
type Num = number | null;
interface TT {
  t: number;
  df: number;
  p: number;
  meanX: number;
  meanY: number;
  lower: number;
  upper: number;
}
interface Groups {
  name: string;
  x: Num[];
  y: Num[];
  mannWhitney: { w: number; p: number; exact: boolean };
  welch: TT;
  student: TT;
}
const url = new URL('../../reference/tests.json', import.meta.url);
const groups = (JSON.parse(readFileSync(url, 'utf8')) as { groups: Groups[] }).groups;
const f64 = (a: Num[]) => Float64Array.from(a, (v) => (v === null ? NaN : v));
function close(actual: Num, expected: number): void {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(
    Math.max(1e-6 * Math.abs(expected), 1e-12),
  );
}

describe('mannWhitney and tTest', () => {
  it.each(groups.map((c) => [c.name, c] as const))(
    'match R wilcox.test() and t.test(): %s',
    (_n, c) => {
      const x = f64(c.x);
      const y = f64(c.y);
      const mw = mannWhitney(x, y);
      expect(mw.exact).toBe(c.mannWhitney.exact);
      close(mw.w, c.mannWhitney.w);
      close(mw.p, c.mannWhitney.p);
      for (const [fit, r] of [
        [tTest(x, y), c.welch],
        [tTest(x, y, { varEqual: true }), c.student],
      ] as const) {
        for (const k of ['t', 'df', 'p', 'meanX', 'meanY', 'lower', 'upper'] as const)
          close(fit[k], r[k]);
      }
    },
  );

  it('mannWhitneyCounts sums to choose(m + n, m) and is symmetric', () => {
    const counts = Array.from(mannWhitneyCounts(4, 6));
    expect(counts.reduce((s, v) => s + v, 0)).toBe(210);
    expect(counts).toEqual([...counts].reverse());
  });

  it.each([
    ['an empty group', [], [1, 2], null],
    ['a group with one value', [1], [2, 3], 0.6666666666666666],
  ] as [string, number[], number[], Num][])('mannWhitney handles %s', (_w, x, y, p) => {
    // Exact count: W = 0 is 1 of the 3 equally likely placements of x, so p = 2 × 1/3.
    const r = mannWhitney(Float64Array.from(x), Float64Array.from(y));
    if (p === null) expect(r.p).toBeNull();
    else close(r.p, p);
  });

  it.each([
    ['a group with one value', [1], [2, 3]],
    ['constant data', [2, 2, 2], [2, 2]],
  ])('tTest gives nulls (R stops) for %s', (_w, x, y) => {
    const r = tTest(Float64Array.from(x), Float64Array.from(y));
    expect(r.p).toBeNull();
    expect(r.t).toBeNull();
  });
});
