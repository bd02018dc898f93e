import * as A from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { decodeTable, DecodeError } from '../../../src/lib/data/decode';
import { cohortRows, cohortSerial, toArrow, toCsv } from './fixture-cohort';
import { rowObjects } from './row-objects';

const enc = (s: string) => new TextEncoder().encode(s);

describe('decodeTable on Arrow', () => {
  it.each(['file', 'stream'] as const)(
    'reads the Arrow %s format with metadata and plain values',
    (format) => {
      const {
        table,
        metadata,
        format: f,
      } = decodeTable(toArrow(cohortRows(), cohortSerial(), format), 'x.arrow');
      expect(f).toBe('arrow');
      expect(table.numRows()).toBe(6);
      expect(metadata.get('cart_explorer.format_version')).toBe('1');
      // Int64 → number, Bool → 0/1, dictionary → string, Int32 event → number
      expect(table.array('prior_lines')[0]).toBe(4);
      expect(table.array('prior_asct')[0]).toBe(0);
      expect(table.array('emd')[3]).toBe(1);
      expect(table.array('sex')[1]).toBe('F');
      expect(table.array('pfs_event')[1]).toBe(1);
      expect(table.array('age_years')[3]).toBeNull();
    },
  );

  it('turns list<struct> serial columns into arrays of plain objects, bool fields into 0/1', () => {
    const { table } = decodeTable(toArrow(cohortRows(), cohortSerial(), 'file'));
    expect(table.array('mrd_assessments')[1]).toEqual(cohortSerial().mrd_assessments.P02);
    expect(table.array('pk_samples')[3]).toEqual([
      { day: 7, copies_per_ug: 1000, below_lloq: 0 },
      { day: 14, copies_per_ug: 0, below_lloq: 1 },
    ]);
    expect((table.array('response_assessments')[0] as unknown[])[1]).toEqual({
      day: 27,
      response: 'sCR',
      confirmed: 1,
    });
    expect(table.array('mrd_assessments')[4]).toEqual([]);
    // plain arrays survive structured cloning (worker transfer)
    expect(structuredClone(table.array('pk_samples')[0])).toEqual(table.array('pk_samples')[0]);
  });

  it('reports an Arrow stream without its end marker as a warning-level issue', () => {
    const bytes = toArrow(cohortRows(), null, 'stream');
    const { issues } = decodeTable(bytes.subarray(0, bytes.length - 8));
    expect(issues.map((i) => i.rule)).toEqual(['arrow-stream-unterminated']);
  });
});

// Written by apache-arrow, read by flechette: a cross-implementation check, one column type a row.
const F = (name: string, type: A.DataType) => new A.Field(name, type, true);
const decimal = A.makeVector(
  A.makeData({
    type: new A.Decimal(2, 10, 128),
    length: 2,
    nullCount: 0,
    data: new Uint32Array([12345, 0, 0, 0, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff]),
  }),
);
const entry = new A.Struct([new A.Field('key', new A.Utf8(), false), F('value', new A.Int32())]);
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe('decodeTable on Arrow column types', () => {
  it.each([
    ['Float64 with null and NaN', [1.5, null, NaN, 3], new A.Float64(), [1.5, null, null, 3]],
    ['Int64 beyond 2^53', [2n ** 60n, -3n, null], new A.Int64(), [2 ** 60, -3, null]],
    ['Uint64', [1n, 2n ** 63n], new A.Uint64(), [1, 2 ** 63]],
    ['Bool with null', [true, false, null], new A.Bool(), [1, 0, null]],
    ['Bool without null', [true, false], new A.Bool(), [1, 0]],
    ['Utf8', ['a', null, ''], new A.Utf8(), ['a', null, '']],
    [
      'dictionary-encoded Utf8',
      ['CR', null, 'CR', 'PR'],
      new A.Dictionary(new A.Utf8(), new A.Int32()),
      ['CR', null, 'CR', 'PR'],
    ],
    [
      'DateDay (as epoch milliseconds)',
      [day(2020, 1, 2), null, day(1960, 6, 1)],
      new A.DateDay(),
      [day(2020, 1, 2).getTime(), null, day(1960, 6, 1).getTime()],
    ],
    ['Timestamp (ms)', [1577923200123, null], new A.TimestampMillisecond(), [1577923200123, null]],
    [
      'list<Float64> (NaN as null)',
      [[1, NaN], null, []],
      new A.List(F('item', new A.Float64())),
      [[1, null], null, []],
    ],
    [
      'map<Utf8, Int32> (as a plain object)',
      [new Map([['k', 1]]), null, new Map()],
      new A.Map_(new A.Field('entries', entry, false)),
      [{ k: 1 }, null, {}],
    ],
  ])('reads %s as plain values', (_what, values, type, expected) => {
    const vector = A.vectorFromArray(values as unknown[], type as A.DataType);
    const bytes = A.tableToIPC(new A.Table({ x: vector }), 'file');
    expect(Array.from(decodeTable(bytes).table.array('x'))).toEqual(expected);
  });

  it('reads Decimal as a number', () => {
    const bytes = A.tableToIPC(new A.Table({ x: decimal }), 'file');
    expect(Array.from(decodeTable(bytes).table.array('x'))).toEqual([123.45, -0.01]);
  });

  it('gives numeric columns without nulls as typed arrays, and booleans as 0/1', () => {
    const bytes = A.tableToIPC(
      new A.Table({
        f: A.vectorFromArray([1.5, 2], new A.Float64()),
        i: A.vectorFromArray([1, 2], new A.Int32()),
        b: A.vectorFromArray([true, false], new A.Bool()),
      }),
      'stream',
    );
    const { table } = decodeTable(bytes);
    expect(table.array('f')).toEqual(new Float64Array([1.5, 2]));
    expect(table.array('i')).toEqual(new Int32Array([1, 2]));
    expect(table.array('b')).toEqual(new Uint8Array([1, 0]));
  });

  it('reads bytes that do not start on an 8-byte boundary', () => {
    const bytes = A.tableToIPC(new A.Table({ x: A.vectorFromArray([1.5, 2], new A.Float64()) }));
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    expect(Array.from(decodeTable(shifted.subarray(3)).table.array('x'))).toEqual([1.5, 2]);
  });

  it('keeps the first of two columns with the same name', () => {
    const [a, b] = [
      [1, 2],
      [3, 4],
    ].map((v) => A.vectorFromArray(v, new A.Float64()));
    const schema = new A.Schema([F('x', a.type), F('x', b.type)]);
    const struct = A.makeData({
      type: new A.Struct(schema.fields),
      length: 2,
      nullCount: 0,
      children: [a.data[0], b.data[0]],
    });
    const bytes = A.tableToIPC(new A.Table(schema, [new A.RecordBatch(schema, struct)]), 'file');
    const { table } = decodeTable(bytes);
    expect(table.columnNames()).toEqual(['x']);
    expect(Array.from(table.array('x'))).toEqual([1, 2]);
  });
});

describe('decodeTable on CSV', () => {
  it('reads NA and empty cells as null and keeps IDs as text', () => {
    const { table, format } = decodeTable(
      enc('patient_id,age_years,sex,site\n007,NA,M,3\n008,,,x\n'),
      'p.csv',
    );
    expect(format).toBe('csv');
    expect(table.array('patient_id')).toEqual(['007', '008']);
    expect(table.array('age_years')).toEqual([null, null]);
    expect(table.array('sex')).toEqual(['M', null]);
    expect(table.array('site')).toEqual(['3', 'x']); // mixed unknown column stays text
  });

  it('accepts a byte-order mark, CRLF line ends and quoted fields', () => {
    const { table } = decodeTable(
      enc('\uFEFFpatient_id,trial_id\r\n"A,1",X\r\nB,"say ""hi"""\r\n'),
    );
    expect(table.columnNames()).toEqual(['patient_id', 'trial_id']);
    expect(table.array('trial_id')).toEqual(['X', 'say "hi"']);
    expect(table.array('patient_id')).toEqual(['A,1', 'B']);
  });

  it('detects semicolon separators and reads TRUE/FALSE as 1/0', () => {
    const { table } = decodeTable(enc('patient_id;emd;extra\nA;TRUE;1.5\nB;false;2\n'));
    expect(table.array('emd')).toEqual([1, 0]);
    expect(table.array('extra')).toEqual([1.5, 2]);
  });

  it('leaves non-numeric text in numeric columns for validation to report', () => {
    const { table } = decodeTable(enc('patient_id,pfs_months\nA,12.5\nB,twelve\n'));
    expect(table.array('pfs_months')).toEqual([12.5, 'twelve']);
  });

  it('reports ragged lines instead of failing', () => {
    const { table, issues } = decodeTable(enc('a,b\n1,2,3\n4\n'));
    expect(table.numRows()).toBe(2);
    expect(issues[0].message).toMatch(/^2 lines with a different number of cells .*\(rows 1, 2\)/);
  });

  it('round-trips the fixture cohort', () => {
    const { table } = decodeTable(enc(toCsv(cohortRows())), 'c.csv');
    expect(rowObjects(table)).toEqual(cohortRows().map((r) => expect.objectContaining(r)));
  });
});

describe('decodeTable on unreadable input', () => {
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  it.each([
    ['an empty file', new Uint8Array(0), /empty/],
    ['only whitespace', enc(' \r\n \n'), /empty/],
    ['a PNG image', png, /not an Arrow or CSV file: it looks like a PNG image/],
    ['Arrow file magic with nothing after it', enc('ARROW1\0\0garbage'), /incomplete/],
    [
      'a stream header cut short',
      Uint8Array.from([255, 255, 255, 255, 40, 0, 0, 0, 1]),
      /cannot be read/,
    ],
  ])('throws a DecodeError with a plain message for %s', (_name, bytes, pattern) => {
    expect(() => decodeTable(bytes)).toThrow(DecodeError);
    expect(() => decodeTable(bytes)).toThrow(pattern);
  });
});
