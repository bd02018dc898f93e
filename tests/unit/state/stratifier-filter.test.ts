import { describe, expect, it } from 'vitest';
import { filterStratifiers } from '../../../src/lib/state/stratifier-filter';
import type { StratifierOption } from '../../../src/lib/state/stratifier-options';

const option = (column: string, label: string, group: string): StratifierOption => ({
  column,
  label,
  group,
  postBaseline: false,
});
const PAPER = [
  option('triple_refractory', 'Triple-class refractory', 'Baseline'),
  option('mrd_neg_ge12', 'MRD-negative ≥ 12 months', 'Response and MRD'),
  option('mrd_group', 'MRD group', 'Response and MRD'),
];
const MANY = Array.from({ length: 5000 }, (_, i) => option(`col_${i}`, `Column ${i}`, 'Other'));

describe('filterStratifiers', () => {
  it('without a query keeps every group and option in order', () => {
    expect(
      filterStratifiers(PAPER, '', null).map((g) => [g.group, g.shown.length, g.hidden]),
    ).toEqual([
      ['Baseline', 1, 0],
      ['Response and MRD', 2, 0],
    ]);
  });

  it('matches every word of the query in the label or the column name, ignoring case', () => {
    const names = (q: string) =>
      filterStratifiers(PAPER, q, null).flatMap((g) => g.shown.map((o) => o.column));
    expect(names('mrd')).toEqual(['mrd_neg_ge12', 'mrd_group']);
    expect(names('MRD 12')).toEqual(['mrd_neg_ge12']);
    expect(names('triple_ref')).toEqual(['triple_refractory']);
    expect(names('nothing like it')).toEqual([]);
  });

  it('draws at most the cap per group from 5,000 columns and counts the rest', () => {
    const [g] = filterStratifiers(MANY, '', null);
    expect(g.shown).toHaveLength(24);
    expect(g.hidden).toBe(5000 - 24);
  });

  it('always draws the active column, even past the cap', () => {
    const [g] = filterStratifiers(MANY, '', 'col_4999');
    expect(g.shown).toHaveLength(24);
    expect(g.shown.at(-1)!.column).toBe('col_4999');
    expect(g.hidden).toBe(5000 - 24);
  });

  it('a search narrows thousands of columns to the few that match', () => {
    const [g] = filterStratifiers(MANY, 'column 4999', null);
    expect(g.shown.map((o) => o.column)).toEqual(['col_4999']);
  });
});
