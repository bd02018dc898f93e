import { describe, expect, it } from 'vitest';
import {
  columnCountProblem,
  fileSizeProblem,
  formatBytes,
  MAX_FILE_BYTES,
  oversizeReport,
} from '../../../src/lib/data/limits';

const MB = 1024 * 1024;

describe('limits said up front', () => {
  it.each([
    [812, '812 bytes'],
    [1536, '1.5 KB'],
    [200 * MB, '200 MB'],
    [300.25 * MB, '300.3 MB'],
  ])('formats %d bytes as %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });

  it.each([
    [MAX_FILE_BYTES, null],
    [MAX_FILE_BYTES + 1, /^“f.csv” is 209,715,201 bytes, larger than the 200 MB/],
    [300 * MB, /^“f.csv” is 300 MB, larger than the 200 MB .* it was not read/],
  ])('a file of %d bytes gives %s', (size, expected) => {
    const message = fileSizeProblem(size, 'f.csv');
    if (expected === null) expect(message).toBeNull();
    else expect(message).toMatch(expected);
  });

  it('reports every chosen file over the limit from its size alone', () => {
    const report = oversizeReport([
      { name: 'a.csv', size: 10 },
      { name: 'mrd.csv', size: 250 * MB },
    ]);
    expect(report?.errors.map((e) => [e.rule, e.message.slice(0, 21)])).toEqual([
      ['file-too-large', '“mrd.csv” is 250 MB, '],
    ]);
    expect(oversizeReport([{ name: 'a.csv', size: 10 }])).toBeNull();
  });

  it.each([
    [500, null],
    [501, /^The table has 501 columns, more than the 500/],
  ])('a table of %d columns gives %s', (n, expected) => {
    const message = columnCountProblem(n);
    if (expected === null) expect(message).toBeNull();
    else expect(message).toMatch(expected);
  });
});
