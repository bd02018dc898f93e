import { describe, expect, it } from 'vitest';
import {
  countText,
  formatStat,
  medianIqrText,
  table1CellText,
} from '../../../src/lib/layout/table1-text';

describe('Table 1 text', () => {
  it.each([
    [28, 56, '28/56 (50.0%)'],
    [11, 55, '11/55 (20.0%)'],
    [0, 9, '0/9 (0.0%)'],
    [0, 0, '0/0 (—)'],
  ])('countText(%i, %i) shows n/N with the percentage, never a bare percentage', (n, of, text) => {
    expect(countText(n, of)).toBe(text);
  });

  it.each([
    [56, '56'],
    [16.3, '16.3'],
    [51.75, '51.8'],
    [0.456, '0.46'],
    [35400.5, '35401'],
    [null, '—'],
  ])('formatStat(%s) is %s', (v, text) => {
    expect(formatStat(v)).toBe(text);
  });

  it('medianIqrText writes median [Q1–Q3], a dash without values', () => {
    const cell = { n: 56, median: 56, q1: 51, q3: 61, counts: [] };
    expect(medianIqrText(cell)).toBe('56 [51–61]');
    expect(medianIqrText({ ...cell, n: 0, median: null })).toBe('—');
  });

  it('table1CellText takes N from the patients with a value, not from the whole group', () => {
    // 56 patients, one without a FISH result: 11 of the 55 with a value.
    const cell = { n: 55, median: null, q1: null, q3: null, counts: [44, 11] };
    expect(table1CellText(cell, 1)).toBe('11/55 (20.0%)');
    expect(table1CellText(cell, 0)).toBe('44/55 (80.0%)');
  });
});
