import { describe, expect, it } from 'vitest';
import { decodeTable, DecodeError } from '../../../src/lib/data/decode';
import { cohortRows, cohortSerial, toArrow, toCsv } from './fixture-cohort';

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
      expect(table.get('prior_lines', 0)).toBe(4);
      expect(table.get('prior_asct', 0)).toBe(0);
      expect(table.get('emd', 3)).toBe(1);
      expect(table.get('sex', 1)).toBe('F');
      expect(table.get('pfs_event', 1)).toBe(1);
      expect(table.get('age_years', 3)).toBeNull();
    },
  );

  it('turns list<struct> serial columns into arrays of plain objects, bool fields into 0/1', () => {
    const { table } = decodeTable(toArrow(cohortRows(), cohortSerial(), 'file'));
    expect(table.get('mrd_assessments', 1)).toEqual(cohortSerial().mrd_assessments.P02);
    expect(table.get('pk_samples', 3)).toEqual([
      { day: 7, copies_per_ug: 1000, below_lloq: 0 },
      { day: 14, copies_per_ug: 0, below_lloq: 1 },
    ]);
    expect(table.get('response_assessments', 0)[1]).toEqual({
      day: 27,
      response: 'sCR',
      confirmed: 1,
    });
    expect(table.get('mrd_assessments', 4)).toEqual([]);
    // plain arrays survive structured cloning (worker transfer)
    expect(structuredClone(table.get('pk_samples', 0))).toEqual(table.get('pk_samples', 0));
  });

  it('reports an Arrow stream without its end marker as a warning-level issue', () => {
    const bytes = toArrow(cohortRows(), null, 'stream');
    const { issues } = decodeTable(bytes.subarray(0, bytes.length - 8));
    expect(issues.map((i) => i.rule)).toEqual(['arrow-stream-unterminated']);
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
    expect(table.objects()).toEqual(cohortRows().map((r) => expect.objectContaining(r)));
  });
});

describe('decodeTable on unreadable input', () => {
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  it.each([
    ['an empty file', new Uint8Array(0), /empty/],
    ['only whitespace', enc(' \r\n \n'), /empty/],
    ['a PNG image', png, /neither an Arrow file nor a CSV/],
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
