import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/lib/export/csv';

describe('toCsv', () => {
  it.each([
    { name: 'plain cells', rows: [['a', 1, null]], csv: 'a,1,\r\n' },
    { name: 'a comma', rows: [['a,b']], csv: '"a,b"\r\n' },
    { name: 'a quote', rows: [['say "hi"']], csv: '"say ""hi"""\r\n' },
    { name: 'a line break', rows: [['two\nlines']], csv: '"two\nlines"\r\n' },
    { name: 'a formula', rows: [['=HYPERLINK("x")']], csv: '"\'=HYPERLINK(""x"")"\r\n' },
    {
      name: 'a plus, minus and at',
      rows: [['+1', '-cmd', '@SUM(A1)']],
      csv: "'+1,'-cmd,'@SUM(A1)\r\n",
    },
    { name: 'a negative number', rows: [[-0.5]], csv: '-0.5\r\n' },
    { name: 'full precision', rows: [[0.1 + 0.2]], csv: '0.30000000000000004\r\n' },
    { name: 'not a finite number', rows: [[Number.NaN, Infinity]], csv: ',\r\n' },
    { name: 'two rows', rows: [['x'], ['y']], csv: 'x\r\ny\r\n' },
  ])('toCsv writes $name as RFC 4180 without letting a spreadsheet run it', ({ rows, csv }) => {
    expect(toCsv(rows)).toBe(csv);
  });
});
