import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kruskalWallisGroups as kruskalWallis } from '../../../src/lib/stats/kruskal-wallis';
import { quantiles } from '../../../src/lib/stats/quantile';
import { column, expectAllClose, expectClose, snapshot } from './km-close';

// Fixture: tests/reference/r/describe.R → describe.json. quantiles matches
// quantile(x, probs, type = 7, na.rm = TRUE); kruskalWallis matches kruskal.test(x, g).
// Tolerance: 1e-6 relative (1e-12 absolute where R gives 0).
type Num = number | null;
interface QCase {
  name: string;
  x: Num[] | Num;
  probs: number[];
  quantiles: Num[] | Num;
}
interface KCase {
  name: string;
  x: Num[];
  g: number[];
  statistic: Num;
  df: number;
  p: Num;
}
const fixture = JSON.parse(
  readFileSync(new URL('../../reference/describe.json', import.meta.url), 'utf8'),
) as { quantiles: QCase[]; kruskal: KCase[] };
const list = <T>(v: T | T[]): T[] => (Array.isArray(v) ? v : [v]);

describe('quantiles (R quantile, type 7)', () => {
  it.each(fixture.quantiles.map((c) => [c.name, c] as const))('match R: %s', (_n, c) => {
    const x = column(list(c.x));
    const before = snapshot(x);
    expectAllClose(quantiles(x, c.probs), list(c.quantiles), 'quantile');
    expect(snapshot(x)).toEqual(before);
  });

  it('give null for no values and for a probability outside [0, 1]', () => {
    expect(quantiles(Float64Array.of(NaN), [0.5])).toEqual([null]);
    expect(quantiles(Float64Array.of(1, 2), [1.5])).toEqual([null]);
  });
});

describe('kruskalWallis (R kruskal.test)', () => {
  it.each(fixture.kruskal.map((c) => [c.name, c] as const))('matches R: %s', (_n, c) => {
    const k = Math.max(...c.g) + 1;
    const x = column(c.x);
    const groups = Array.from({ length: k }, (_, j) => x.filter((_, i) => c.g[i] === j));
    const r = kruskalWallis(groups);
    expectClose(r.statistic, c.statistic, 'H');
    expect(r.df).toBe(c.df);
    expectClose(r.p, c.p, 'p');
  });

  it('refuses one group with values, as R stops', () => {
    expect(() => kruskalWallis([Float64Array.of(1, 2), Float64Array.of(NaN)])).toThrow(
      'all observations are in the same group',
    );
  });

  it('gives no statistic when every value is equal (R: NaN)', () => {
    const r = kruskalWallis([Float64Array.of(3, 3), Float64Array.of(3, 3, 3)]);
    expect(r).toEqual({ statistic: null, df: 1, p: null, n: 5 });
  });
});
