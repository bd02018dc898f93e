import { describe, expect, it } from 'vitest';
import { assignByRank, assignTopK, permuteByScore } from '../../../scripts/sim/exact-count';
import { quartileOrderStatistics } from '../../../scripts/sim/order-statistics';
import { quantileType6 } from '../../../scripts/sim/quantile-type6';
import { createRng } from '../../../scripts/sim/prng';

const score = Float64Array.from({ length: 56 }, (_, i) => Math.sin(i * 1.7));
const sum = (a: ArrayLike<number>) => Array.from(a).reduce((s, v) => s + v, 0);

describe('assignTopK', () => {
  it.each([0, 1, 21, 28, 55, 56])('assignTopK gives exactly %i ones among 56', (k) => {
    expect(sum(assignTopK(score, k, createRng(k), 1))).toBe(k);
  });

  it('assignTopK without noise picks the k highest scores', () => {
    const x = Float64Array.of(0.3, 2, -1, 5, 0);
    expect(Array.from(assignTopK(x, 2, createRng(1), 0))).toEqual([0, 1, 0, 1, 0]);
  });

  it('assignTopK with moderate noise still favours high scores (the copula keeps the association)', () => {
    const rng = createRng(9);
    const x = Float64Array.from({ length: 2000 }, () => rng.normal());
    const top = assignTopK(x, 500, rng, 1);
    const meanTop = sum(Array.from(x).filter((_, i) => top[i])) / 500;
    expect(meanTop).toBeGreaterThan(0.5);
  });
});

describe('assignByRank', () => {
  it('assignByRank gives each category its exact size (isotype 28/8/17/3)', () => {
    const cat = assignByRank(score, [28, 8, 17, 3], createRng(4));
    expect([0, 1, 2, 3].map((c) => Array.from(cat).filter((v) => v === c).length)).toEqual([
      28, 8, 17, 3,
    ]);
  });

  it('assignByRank rejects sizes that do not add up to n', () => {
    expect(() => assignByRank(score, [10, 10], createRng(1))).toThrow(/sum/);
  });
});

describe('quartileOrderStatistics', () => {
  // R: quantile(x, c(.25, .5, .75), type = 6) on the same values; exact (the values are placed)
  it.each([
    ['age', [33, 51, 56, 61, 73], 1, [51, 56, 61]],
    ['prior lines', [2, 4, 5, 6, 11], 1, [4, 5, 6]],
    ['BM plasma cells', [2, 16.3, 60, 80, 95], 0.1, [16.3, 60, 80]],
  ] as const)(
    'quartileOrderStatistics puts the type-6 quartiles of %s exactly',
    (_, five, step, quartiles) => {
      const values = quartileOrderStatistics(56, five, step);
      expect(values).toHaveLength(56);
      expect([0.25, 0.5, 0.75].map((p) => quantileType6(values, p))).toEqual(quartiles);
      expect(values[0]).toBe(five[0]);
      expect(values[55]).toBe(five[4]);
    },
  );

  it('permuteByScore keeps the multiset of values', () => {
    const values = quartileOrderStatistics(56, [33, 51, 56, 61, 73], 1);
    const permuted = Array.from(permuteByScore(values, score, createRng(2))).sort((a, b) => a - b);
    expect(permuted).toEqual(values);
  });
});

describe('quantileType6', () => {
  // R: quantile(1:4, c(0, .25, .5, 1), type = 6) = 1, 1.25, 2.5, 4
  it.each([
    [0, 1],
    [0.25, 1.25],
    [0.5, 2.5],
    [1, 4],
  ])('quantileType6 of 1:4 at p = %f is %f', (p, q) => {
    expect(quantileType6([4, 2, 1, 3], p)).toBeCloseTo(q, 12);
  });
});
