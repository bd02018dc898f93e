import { describe, expect, it } from 'vitest';
import { medianRange } from '../../../src/lib/stats/median-range';

// medianRange as R's median(x, na.rm = TRUE) and range(x, na.rm = TRUE); the demo cohort's times
// are compared with R in tests/unit/engine/response.test.ts.

describe('medianRange', () => {
  it.each([
    ['no values', [], { n: 0, median: null, min: null, max: null }],
    ['only missing values', [NaN, NaN], { n: 0, median: null, min: null, max: null }],
    ['one value', [2.5], { n: 1, median: 2.5, min: 2.5, max: 2.5 }],
    ['an odd count, unsorted', [3, 1, 2], { n: 3, median: 2, min: 1, max: 3 }],
    [
      'an even count: the mean of the two middle values',
      [4, 1, 3, 10],
      { n: 4, median: 3.5, min: 1, max: 10 },
    ],
    ['missing values left out', [0.5, NaN, 0.9, 2], { n: 3, median: 0.9, min: 0.5, max: 2 }],
    ['ties', [1, 1, 1, 5], { n: 4, median: 1, min: 1, max: 5 }],
  ])('medianRange of %s', (_what, values, expected) => {
    expect(medianRange(Float64Array.from(values))).toEqual(expected);
  });

  it('medianRange leaves its input unchanged', () => {
    const v = Float64Array.of(3, 1, 2);
    medianRange(v);
    expect(Array.from(v)).toEqual([3, 1, 2]);
  });
});
