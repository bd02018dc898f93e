import { describe, expect, it } from 'vitest';
import { selectKth } from '../../../src/lib/stats/select-kth';
import { createRng } from '../../../scripts/sim/prng';

describe('selectKth', () => {
  it.each([
    ['one value', [7], 0],
    ['two values, first', [9, 3], 0],
    ['two values, second', [9, 3], 1],
    ['ties', [2, 2, 2, 1, 2], 2],
    ['sorted', [1, 2, 3, 4, 5, 6], 4],
    ['reversed', [6, 5, 4, 3, 2, 1], 1],
    ['negative zero and zero', [0, -0, -1, 1], 1],
  ])('returns the k-th smallest value of %s as a sort would', (_, values, k) => {
    const sorted = Float64Array.from(values).sort();
    expect(selectKth(Float64Array.from(values), k)).toBe(sorted[k]);
  });

  it('agrees with sorting on random data for every k', () => {
    const rng = createRng(7);
    for (const n of [10, 101, 1000]) {
      const x = Float64Array.from({ length: n }, () => Math.round(rng.uniform() * 50));
      const sorted = Float64Array.from(x).sort();
      for (let k = 0; k < n; k += Math.max(1, Math.floor(n / 17))) {
        expect(selectKth(Float64Array.from(x), k)).toBe(sorted[k]);
      }
    }
  });
});
