import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { quantile } from '../../../src/lib/stats/quantile';
import { expectAllClose } from './km-close';

// Fixture: tests/reference/r/paper.R → paper.json, quantile(x, probs, type = 6 | 7).
// Tolerance: 1e-6 relative (1e-12 absolute near zero). The input is left unsorted (checked).
interface Case {
  x: number[] | number;
  probs: number[];
  type6: number[] | number;
  type7: number[] | number;
}
const url = new URL('../../reference/paper.json', import.meta.url);
const cases = (JSON.parse(readFileSync(url, 'utf8')) as { quantiles: Case[] }).quantiles;
const list = (v: number[] | number) => (Array.isArray(v) ? v : [v]);

describe('quantile', () => {
  it.each(cases.map((c, k) => [k, c] as const))(
    'matches R quantile(type = 6) and quantile(type = 7) on sample %i',
    (_k, c) => {
      const x = Float64Array.from(list(c.x));
      const copy = x.slice();
      expectAllClose(
        c.probs.map((p) => quantile(x, p, 6)),
        list(c.type6),
        'type 6',
      );
      expectAllClose(
        c.probs.map((p) => quantile(x, p, 7)),
        list(c.type7),
        'type 7',
      );
      expect(x).toEqual(copy);
    },
  );

  it.each([
    ['no values', Float64Array.of(), 0.5, null],
    ['only missing values', Float64Array.of(NaN, NaN), 0.5, null],
    ['a probability outside 0–1', Float64Array.of(1, 2), 1.5, null],
    ['missing values dropped', Float64Array.of(NaN, 1, 3), 0.5, 2],
  ])('quantile handles %s', (_what, x, p, expected) => {
    expect(quantile(x, p, 6)).toBe(expected);
  });
});
