import { table as aqTable } from 'arquero';
import { describe, expect, it } from 'vitest';
import { dataTable, withColumns, withLazyColumns } from '../../../src/lib/data/data-table';

describe('dataTable', () => {
  it('keeps the columns it is given, in order, without copying them', () => {
    const pfs = new Float64Array([3, 12]);
    const t = dataTable({ patient_id: ['P01', 'P02'], pfs_months: pfs });
    expect(t.numRows()).toBe(2);
    expect(t.columnNames()).toEqual(['patient_id', 'pfs_months']);
    expect(t.array('pfs_months')).toBe(pfs);
  });

  it.each([
    ['no columns', {}, 0],
    ['columns without rows', { patient_id: [] }, 0],
  ])('has zero rows for %s', (_what, columns, n) => {
    expect(dataTable(columns).numRows()).toBe(n);
  });

  it('refuses columns of different lengths', () => {
    expect(() => dataTable({ a: [1, 2], b: [1] })).toThrow(/"b" has 1 values; the table has 2/);
  });

  it('throws with the name of a column it does not have', () => {
    expect(() => dataTable({ a: [1] }).array('b')).toThrow(/no column "b"/);
  });

  it('hands out a copy of its column names, so callers cannot change them', () => {
    const t = dataTable({ a: [1] });
    t.columnNames().push('b');
    expect(t.columnNames()).toEqual(['a']);
  });
});

describe('withColumns', () => {
  it('replaces a same-named column in place and adds new ones at the end', () => {
    const t = dataTable({ a: [1, 2], b: [3, 4] });
    const out = withColumns(t, { c: [5, 6], a: [0, 0] });
    expect(out.columnNames()).toEqual(['a', 'b', 'c']);
    expect(out.array('a')).toEqual([0, 0]);
    expect(out.array('c')).toEqual([5, 6]);
    expect(t.array('a')).toEqual([1, 2]); // the input is unchanged
  });

  it('accepts an arquero table as input, since it has the same read methods', () => {
    const out = withColumns(aqTable({ a: [1, 2] }), { b: ['x', 'y'] });
    expect(out.columnNames()).toEqual(['a', 'b']);
    expect(Array.from(out.array('a'))).toEqual([1, 2]);
  });

  it('refuses a new column whose length differs from the table', () => {
    expect(() => withColumns(dataTable({ a: [1, 2] }), { b: [1] })).toThrow(/"b" has 1 values/);
  });
});

describe('withLazyColumns', () => {
  it('withLazyColumns computes a new column when it is first read, and only once', () => {
    let runs = 0;
    const out = withLazyColumns(dataTable({ a: [1, 2] }), {
      b: () => (runs++, Float64Array.of(3, 4)),
    });
    expect(runs).toBe(0);
    expect(out.columnNames()).toEqual(['a', 'b']);
    expect(runs).toBe(0);
    expect(Array.from(out.array('b'))).toEqual([3, 4]);
    expect(out.array('b')).toBe(out.array('b'));
    expect(runs).toBe(1);
  });

  it('withLazyColumns replaces a same-named column in place and leaves the input unchanged', () => {
    const t = dataTable({ a: [1, 2], b: [3, 4] });
    const out = withLazyColumns(t, { c: () => [5, 6], a: () => [0, 0] });
    expect(out.columnNames()).toEqual(['a', 'b', 'c']);
    expect(out.array('a')).toEqual([0, 0]);
    expect(out.array('b')).toEqual([3, 4]);
    expect(t.array('a')).toEqual([1, 2]);
  });

  it('withLazyColumns refuses, when read, a column whose length differs from the table', () => {
    const out = withLazyColumns(dataTable({ a: [1, 2] }), { b: () => [1] });
    expect(() => out.array('b')).toThrow(/"b" has 1 values/);
    expect(() => out.array('nope')).toThrow(/no column "nope"/);
  });
});
