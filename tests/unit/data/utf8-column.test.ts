import { describe, expect, it } from 'vitest';
import { makeVector, vectorFromArray, Utf8, Table, tableToIPC, Int32 } from 'apache-arrow';
import { tableFromIPC } from '@uwdata/flechette';
import { utf8Column } from '../../../src/lib/data/utf8-column';

/** A flechette column read from an Arrow file written by apache-arrow (as a user's file is). */
function column(values: (string | null)[], batchSize = values.length) {
  const batches: Table[] = [];
  for (let i = 0; i < values.length; i += batchSize) {
    batches.push(new Table({ s: vectorFromArray(values.slice(i, i + batchSize), new Utf8()) }));
  }
  const table = batches.slice(1).reduce((a, b) => a.concat(b), batches[0]);
  return tableFromIPC(tableToIPC(table, 'file')).getChild('s');
}

describe('utf8Column', () => {
  it.each([
    ['plain ASCII', ['CR', 'PR', 'VGPR', 'sCR']],
    ['missing values and empty text', ['F', null, '', 'M', null]],
    ['several record batches', ['a', 'bb', null, 'ccc', 'd', '', 'eeeee'], 3],
  ])('reads %s exactly as flechette does', (_, values, batchSize?: number) => {
    const c = column(values as (string | null)[], batchSize);
    expect(c.data.length).toBe(Math.ceil(values.length / (batchSize ?? values.length)));
    expect(utf8Column(c)).toEqual(c.toArray());
    expect(utf8Column(c)).toEqual(values);
  });

  it('leaves text with non-ASCII characters to flechette (returns null)', () => {
    expect(utf8Column(column(['Ødegaard', 'CR']))).toBeNull();
  });

  it('returns null for a column that is not text', () => {
    const t = new Table({ x: makeVector(Int32Array.of(1, 2)) });
    void Int32;
    expect(utf8Column(tableFromIPC(tableToIPC(t, 'file')).getChild('x'))).toBeNull();
  });
});
