import { describe, expect, it } from 'vitest';
import { groupCodes } from '../../../src/lib/engine/group-codes';

describe('groupCodes', () => {
  it.each([
    {
      name: 'binary 0/1 with a missing value',
      column: [1, 0, null, 1],
      codes: [1, 0, -1, 1],
      values: [0, 1],
    },
    {
      name: 'text sorted as R factor levels in an English locale',
      column: ['lost_neg', 'died', 'sustained', 'died'],
      codes: [1, 0, 2, 0],
      values: ['died', 'lost_neg', 'sustained'],
    },
    {
      name: 'numbers sorted ascending',
      column: [6, 1, 3, 1],
      codes: [2, 0, 1, 0],
      values: [1, 3, 6],
    },
    {
      name: 'empty strings, NaN and undefined as missing',
      column: ['', Number.NaN, undefined, 'a'],
      codes: [-1, -1, -1, 0],
      values: ['a'],
    },
    {
      name: 'booleans and bigints as numbers',
      column: [true, false, 1n, 0n],
      codes: [1, 0, 1, 0],
      values: [0, 1],
    },
    { name: 'an empty column', column: [], codes: [], values: [] },
  ])('groupCodes codes $name', ({ column, codes, values }) => {
    const g = groupCodes(column as ArrayLike<unknown>);
    expect(Array.from(g.codes)).toEqual(codes);
    expect(g.values).toEqual(values);
  });

  it('groupCodes splits a number at a cut-point into "< cut" (reference) and "≥ cut"', () => {
    const g = groupCodes([10, 50, 49.9, null, 80], 50);
    expect(Array.from(g.codes)).toEqual([0, 1, 0, -1, 1]);
    expect(g.values).toEqual(['< 50', '≥ 50']);
  });
});
