import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keepRows, modelMatrix, type ModelColumn } from '../../../src/lib/stats/model-matrix';

// Fixture: tests/reference/r/cox.R → cox-model-matrix.json, R's model.matrix() after na.omit.
// Dummy and numeric values are compared exactly (they are copies, not computations).
interface Case {
  name: string;
  columns: ModelColumn[];
  names: string[];
  keep: number[];
  x: number[][];
}
const url = new URL('../../reference/cox-model-matrix.json', import.meta.url);
const cases = JSON.parse(readFileSync(url, 'utf8')) as Case[];

describe('modelMatrix', () => {
  it.each(cases.map((c) => [c.name, c] as const))('matches R model.matrix(): %s', (_n, c) => {
    const mm = modelMatrix(c.columns);
    expect(mm.names).toEqual(c.names);
    expect(Array.from(mm.keep)).toEqual(c.keep);
    expect(mm.x.map((col) => Array.from(col))).toEqual(c.x);
  });

  it.each([
    ['empty input', [], [], []],
    [
      'one numeric column with a missing value',
      [{ name: 'age', values: [50, null, 61] }],
      ['age'],
      [1, 0, 1],
    ],
    ['NaN counts as missing', [{ name: 'age', values: [NaN, 2] }], ['age'], [0, 1]],
    ['a single-level factor gives no column', [{ name: 'sex', values: ['f', 'f'] }], [], [1, 1]],
    [
      'a value outside the given levels is missing',
      [{ name: 'arm', values: ['a', 'b', 'c'], levels: ['b', 'a'] }],
      ['arma'],
      [1, 1, 0],
    ],
  ] as [string, ModelColumn[], string[], number[]][])('handles %s', (_w, cols, names, keep) => {
    const mm = modelMatrix(cols);
    expect(mm.names).toEqual(names);
    expect(Array.from(mm.keep)).toEqual(keep);
  });

  it('keepRows drops the rows that modelMatrix did not keep', () => {
    const keep = modelMatrix([{ name: 'g', values: ['x', null, 'y', 'x'] }]).keep;
    expect(Array.from(keepRows(Float64Array.of(5, 6, 7, 8), keep))).toEqual([5, 7, 8]);
    expect(keepRows(Uint8Array.of(1, 0, 1, 1), keep)).toBeInstanceOf(Uint8Array);
  });
});
