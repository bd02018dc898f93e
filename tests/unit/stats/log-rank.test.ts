import { describe, expect, it } from 'vitest';
import { logRank } from '../../../src/lib/stats/log-rank';
import { logRankTrend } from '../../../src/lib/stats/log-rank-trend';
import fixtures from '../../reference/km-logrank.json';
import { column, expectAllClose, expectClose, snapshot } from './km-close';

type Num = number | null;
interface RCase {
  name: string;
  rho: number;
  time: Num[];
  status: Num[];
  group: number[];
  strata?: number[] | null;
  n: number;
  chisq: number;
  df: number;
  p: number;
  observed: number[];
  expected: number[];
  variance: number[][];
  trend: { chisq: number; df: number; p: number };
}
const cases = fixtures as unknown as RCase[];

function run(c: RCase) {
  const time = column(c.time);
  const event = Uint8Array.from(c.status, (s) => (s ? 1 : 0));
  const group = Int32Array.from(c.group);
  const strata = c.strata ? Int32Array.from(c.strata) : undefined;
  const before = [snapshot(time), snapshot(event), snapshot(group)];
  const result = logRank(time, event, group, { rho: c.rho, strata });
  expect([snapshot(time), snapshot(event), snapshot(group)]).toEqual(before);
  return result;
}

// Every comparison: |ours − R| ≤ 1e-6 · |R| (1e-12 absolute when R gives 0).
describe.each(cases)('logRank on "$name"', (c) => {
  it('matches survdiff(rho = rho [, strata]) within 1e-6 relative: chisq, df, p, O, E, V', () => {
    const r = run(c);
    expect(r.n).toBe(c.n);
    expect(r.df).toBe(c.df);
    expectClose(r.chisq, c.chisq, 'chisq');
    expectClose(r.p, c.p, 'p');
    expectAllClose(r.observed, c.observed, 'observed');
    expectAllClose(r.expected, c.expected, 'expected');
    c.variance.forEach((row, g) => expectAllClose(r.variance[g], row, `var[${g}]`));
  });

  it("logRankTrend matches (w'(O-E))^2 / (w'Vw) computed in R from survdiff, within 1e-6 relative", () => {
    const t = logRankTrend(run(c));
    expectClose(t.chisq, c.trend.chisq, 'trend chisq');
    expectClose(t.p, c.trend.p, 'trend p');
    expect(t.df).toBe(1);
  });
});

describe('logRank edge cases', () => {
  it.each([
    { label: 'a single group', group: [0, 0, 0] },
    { label: 'one group after dropping missing codes', group: [0, -1, 0] },
    { label: 'empty input', group: [] },
  ])('logRank throws "There is only 1 group" (as survdiff) for $label', ({ group }) => {
    const n = group.length;
    const time = Float64Array.from({ length: n }, (_, i) => i + 1);
    expect(() => logRank(time, new Uint8Array(n).fill(1), Int32Array.from(group))).toThrow(
      'There is only 1 group',
    );
  });

  it('logRank gives chisq 0 and no p-value when no group has expected events', () => {
    const r = logRank(Float64Array.of(1, 2, 3), Uint8Array.of(0, 0, 0), Int32Array.of(0, 1, 1));
    expect([r.chisq, r.df, r.p]).toEqual([0, -1, null]);
  });

  it('logRankTrend rejects a score vector of the wrong length', () => {
    const r = logRank(Float64Array.of(1, 2, 3), Uint8Array.of(1, 1, 1), Int32Array.of(0, 1, 1));
    expect(() => logRankTrend(r, [1, 2, 3])).toThrow('Expected 2 scores');
  });
});
