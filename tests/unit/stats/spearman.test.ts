import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pearson } from '../../../src/lib/stats/pearson';
import { spearman } from '../../../src/lib/stats/spearman';

// Fixture: tests/reference/r/tests.R → tests.json. spearman matches
// cor.test(x, y, method = "spearman", exact = FALSE); pearson matches cor.test(x, y).
// Tolerance: 1e-6 relative (1e-12 absolute near zero).
type Num = number | null;
interface Pair {
  name: string;
  x: Num[];
  y: Num[];
  n: number;
  spearman: { rho: number; p: number };
  pearson: { r: number; t: number; df: number; p: number; lower: Num; upper: Num };
}
const url = new URL('../../reference/tests.json', import.meta.url);
const pairs = (JSON.parse(readFileSync(url, 'utf8')) as { pairs: Pair[] }).pairs;
const f64 = (a: Num[]) => Float64Array.from(a, (v) => (v === null ? NaN : v));
function close(actual: Num, expected: Num): void {
  if (expected === null) return void expect(actual).toBeNull();
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(
    Math.max(1e-6 * Math.abs(expected), 1e-12),
  );
}

describe('spearman and pearson', () => {
  it.each(pairs.map((c) => [c.name, c] as const))('match R cor.test(): %s', (_n, c) => {
    const s = spearman(f64(c.x), f64(c.y));
    expect(s.n).toBe(c.n);
    close(s.rho, c.spearman.rho);
    close(s.p, c.spearman.p);
    const p = pearson(f64(c.x), f64(c.y));
    expect(p.n).toBe(c.n);
    expect(p.df).toBe(c.pearson.df);
    for (const k of ['r', 't', 'p', 'lower', 'upper'] as const) close(p[k], c.pearson[k]);
  });

  it.each([
    ['no pairs', [], [], null],
    ['one pair', [1], [2], null],
    ['a constant variable', [1, 1, 1, 1], [1, 2, 3, 4], null],
    ['two pairs (p undefined)', [1, 2], [3, 5], 1],
  ] as [string, number[], number[], Num][])('spearman handles %s', (_w, x, y, rho) => {
    const s = spearman(Float64Array.from(x), Float64Array.from(y));
    expect(s.rho).toBe(rho);
    expect(s.p).toBeNull();
    expect(s.n).toBe(x.length);
  });

  it('rejects x and y of different lengths', () => {
    expect(() => spearman(Float64Array.of(1, 2), Float64Array.of(1))).toThrow(RangeError);
  });
});
