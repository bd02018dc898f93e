import { describe, expect, it } from 'vitest';
import { AnalysisFrame } from '../../../src/lib/frame/analysis-frame';
import { toCell } from '../../../src/lib/frame/cell';
import { factorOf } from '../../../src/lib/frame/factor';
import { dataTable } from '../../../src/lib/data/data-table';

describe('factorOf', () => {
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
  ])('factorOf codes $name', ({ column, codes, values }) => {
    const f = factorOf(Array.from(column as unknown[], toCell), String);
    expect(Array.from(f.codes)).toEqual(codes);
    expect(f.levels.map((l) => l.value)).toEqual(values);
  });

  it('factorOf counts the rows of each level', () => {
    expect(factorOf(['b', 'a', null, 'b'], String).levels.map((l) => l.n)).toEqual([1, 2]);
  });

  it('factorOf splits a number at a cut-point into below (0, reference) and at or above (1)', () => {
    const f = factorOf([10, 50, 49.9, null, 80], (v) => (v === 1 ? '≥ 50' : '< 50'), { cut: 50 });
    expect(Array.from(f.codes)).toEqual([0, 1, 0, -1, 1]);
    expect(f.levels.map((l) => l.label)).toEqual(['< 50', '≥ 50']);
  });

  it('factorOf follows given levels and treats other values as missing, as factor(levels = …)', () => {
    const f = factorOf(['b', 'a', 'z'], String, { order: ['b', 'a'] });
    expect(Array.from(f.codes)).toEqual([0, 1, -1]);
  });

  it('factorOf sorts numbers numerically and texts alphabetically, as factor() does', () => {
    expect(factorOf([10, 2, null, 2], String).levels.map((l) => l.value)).toEqual([2, 10]);
    const t = factorOf(['b', 'a', null, 'c'], String);
    expect(t.levels.map((l) => l.value)).toEqual(['a', 'b', 'c']);
    expect(Array.from(t.codes)).toEqual([1, 0, -1, 2]);
  });
});

describe('factorOf on typed columns', () => {
  const label = (v: string | number) => `v${v}`;
  it.each([
    ['0/1 with missing', [1, 0, NaN, 1, 0]],
    ['yes/no with only 1s', [1, NaN, 1]],
    ['yes/no with only 0s', [0, NaN, 0]],
    ['yes/no with -0', [-0, 1, 0, NaN]],
    ['0/1 until a 2 late in the column', [0, 1, 1, 0, NaN, 2]],
    ['small whole numbers', [3, 0, 2, 2, 1023, 1024, NaN]],
    ['fractions, negatives and -0', [0.5, -1, -0, 0, 2.25, -1, 1e6]],
    ['one level', [7, 7, 7]],
    ['all missing', [NaN, NaN]],
  ])('gives the codes and levels of the same values in a plain array (%s)', (_, values) => {
    const typed = new Float64Array(values);
    const plain = values.map((v) => (Number.isNaN(v) ? null : v));
    expect(factorOf(typed, label)).toEqual(factorOf(plain, label));
    expect(factorOf(typed, label, { cut: 1 })).toEqual(factorOf(plain, label, { cut: 1 }));
  });

  it('reads an integer typed column as its numbers', () => {
    expect(factorOf(new Uint8Array([2, 0, 2]), label)).toEqual(factorOf([2, 0, 2], label));
  });
});

describe('AnalysisFrame.factor', () => {
  it('AnalysisFrame labels a registry column\'s values in words and another column as "name = value"', () => {
    const frame = new AnalysisFrame(
      dataTable({ mrd_group: ['died_mrd_neg', 'lost_neg'], site: [1, 2] }),
    );
    expect(frame.factor('mrd_group').levels.map((l) => l.label)).toEqual([
      'Died while MRD-negative',
      'Lost MRD negativity',
    ]);
    expect(frame.factor('site').levels.map((l) => l.label)).toEqual(['site = 1', 'site = 2']);
  });

  it('AnalysisFrame names a cut-point split by the column label', () => {
    const frame = new AnalysisFrame(dataTable({ age_years: [50, 70] }));
    expect(frame.factor('age_years', { cut: 60 }).levels.map((l) => l.label)).toEqual([
      'Age < 60',
      'Age ≥ 60',
    ]);
  });

  it('AnalysisFrame without the registry reads every column as R does', () => {
    const frame = new AnalysisFrame(dataTable({ mrd_group: ['b', 'a'] }), false);
    expect(frame.factor('mrd_group').levels.map((l) => l.label)).toEqual([
      'mrd_group = a',
      'mrd_group = b',
    ]);
    expect(frame.spec('mrd_group')).toBeUndefined();
  });

  it('AnalysisFrame names the missing column when a view needs one the file lacks', () => {
    const frame = new AnalysisFrame(dataTable({ a: [1] }));
    expect(() => frame.numeric('no_such_column')).toThrow(
      'This dataset has no column "no_such_column".',
    );
  });
});
