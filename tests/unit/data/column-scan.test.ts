import { describe, expect, it } from 'vitest';
import {
  countMissing,
  countNaN,
  finiteNumbers,
  hasInfinity,
  allAllowed,
  inRange,
  onlyZeroOneOrNaN,
} from '../../../src/lib/data/column-scan';
import { toCell } from '../../../src/lib/frame/cell';
import { num } from '../../../src/lib/data/values';

/** Columns of every kind a decoded file gives: typed (no nulls) and plain (nulls, text). */
const COLUMNS: [string, ArrayLike<unknown>][] = [
  ['Float64Array', new Float64Array([1.5, 0, -2, 1e300])],
  ['Float64Array with ±Infinity and NaN', new Float64Array([1, Infinity, -Infinity, NaN])],
  ['Uint8Array', new Uint8Array([0, 1, 1, 255])],
  ['Int32Array', new Int32Array([-3, 0, 7, 2147483647])],
  ['plain numbers with null', [1, null, 3.25, null]],
  ['plain mixed', [1, 'x', '', undefined, true, NaN, Infinity, { a: 1 }, 0]],
  ['plain texts', ['IgG', null, 'IgA', '']],
  ['empty', []],
];

describe('column scans', () => {
  it.each(COLUMNS)('finiteNumbers reads a %s column as num() reads each value', (_, values) => {
    const expected = Array.from(values, (v) => num(v) ?? NaN);
    expect(Array.from(finiteNumbers(values))).toEqual(expected);
  });

  it.each(COLUMNS)(
    'countMissing counts the cells toCell() reads as missing in a %s column',
    (_, values) => {
      const expected = Array.from(values, toCell).filter((c) => c === null).length;
      expect(countMissing(values)).toBe(expected);
    },
  );

  it.each(COLUMNS)('hasInfinity finds ±Infinity in a %s column', (_, values) => {
    const expected = Array.from(values).some((v) => v === Infinity || v === -Infinity);
    expect(hasInfinity(values)).toBe(expected);
  });

  it('finiteNumbers returns a finite Float64Array itself, and one array per column', () => {
    const typed = new Float64Array([1, 2, NaN]);
    expect(finiteNumbers(typed)).toBe(typed);
    const plain = [1, null, 2];
    expect(finiteNumbers(plain)).toBe(finiteNumbers(plain));
  });

  it.each([
    [[0, 1, NaN], true],
    [[0, 2], false],
    [[], true],
  ])('onlyZeroOneOrNaN(%j) is %s', (values, expected) => {
    expect(onlyZeroOneOrNaN(new Float64Array(values))).toBe(expected);
  });

  it.each([
    [[1, 2, NaN], 0, 10, false, false, true],
    [[-1], 0, 10, false, false, false],
    [[11], 0, 10, false, false, false],
    [[1.5], 0, 10, true, false, false],
    [[0, 3], 0, 10, false, true, false],
    [[0, 3], 0, 10, false, false, true],
  ])('inRange(%j, %s, %s, integer %s, noZero %s) is %s', (values, lo, hi, integer, noZero, out) => {
    expect(inRange(new Float64Array(values), lo, hi, integer, noZero)).toBe(out);
  });

  it.each([
    [['IgG', null, '', 'IgA'], false],
    [['IgG', null, undefined, NaN, 'IgA'], true],
    [['IgM'], false],
    [[1], true],
  ])('allAllowed(%j) against IgG, IgA, 1 is %s', (values, expected) => {
    expect(allAllowed(values, new Set(['IgG', 'IgA', '1']))).toBe(expected);
  });

  it('countNaN counts NaN only', () => {
    expect(countNaN(new Float64Array([NaN, 0, -0, Infinity, NaN]))).toBe(2);
  });
});
