import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/lib/engine/engine';
import type { ColumnInfo } from '../../../src/lib/engine/types';
import { viewNeeds } from '../../../src/lib/state/view-needs';
import { readFileSync } from 'node:fs';

const columnsOf = (csv: string): ColumnInfo[] => {
  const e = createEngine();
  const r = e.load(new TextEncoder().encode(csv), 'x.csv');
  if (!r.ok) throw new Error(r.report.errors.map((x) => x.message).join('; '));
  return e.run({ kind: 'columns' });
};
const THREE = 'patient_id,pfs_months,pfs_event\nP01,3.2,1\nP02,10.5,0\nP03,7.1,1\n';

describe('required = needed by the view shown', () => {
  it('a file with only the PFS columns shows PFS; every other endpoint and view says what it needs', () => {
    const needs = viewNeeds(columnsOf(THREE));
    expect(needs.endpoints).toEqual({
      pfs: null,
      os: 'needs os_months and os_event',
      dor: 'needs best_response and t_first_response_months',
      mrd: 'needs mrd_first_neg_months and mrd_neg_end_months and mrd_neg_end_status',
    });
    expect(needs.tabs).toMatchObject({
      mrd: 'needs mrd_first_neg_months',
      response: 'needs best_response',
      safety: 'needs crs_grade',
    });
    expect(needs.tabs.cohort).toMatch(/^needs one of age_years, /);
    expect(needs.tabs.forest).toBe('needs one of age_years, prior_cart, prior_asct, …');
    expect(needs.tabs.kinetics).toBe('needs one of cmax_copies, car_persist_months');
  });

  it('the columns a three-column file offers are its own, not columns computed from absent ones', () => {
    const names = columnsOf(THREE).map((c) => c.name);
    expect(names.sort()).toEqual(['patient_id', 'pfs_event', 'pfs_months']);
  });

  it('the demo cohort can show every endpoint and view', () => {
    const csv = readFileSync('tests/fixtures/demo-cohort.csv', 'utf8');
    const needs = viewNeeds(columnsOf(csv));
    expect(Object.values(needs.endpoints).every((v) => v === null)).toBe(true);
    expect(Object.values(needs.tabs).every((v) => v === null)).toBe(true);
  });

  it('before the columns are known, nothing is shown unavailable', () => {
    const needs = viewNeeds([]);
    expect(Object.values(needs.endpoints).every((v) => v === null)).toBe(true);
  });
});
