import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load-dataset';
import { validateTable } from '../../../src/lib/data/validate';
import { dataTable } from '../../../src/lib/data/data-table';

const csv = (text: string) => new TextEncoder().encode(text);
const THREE = 'patient_id,pfs_months,pfs_event\nP01,3.2,1\nP02,10.5,0\nP03,7.1,1\n';

/** A table with these columns, three rows of plausible values. */
function withColumns(names: string[]) {
  const values: Record<string, unknown[]> = {
    patient_id: ['P01', 'P02', 'P03'],
    pfs_months: [3.2, 10.5, 7.1],
    pfs_event: [1, 0, 1],
    os_months: [12.1, 10.5, 20.3],
    os_event: [0, 0, 1],
  };
  return dataTable(Object.fromEntries(names.map((n) => [n, values[n]])));
}

describe('required = needed by the analysis shown', () => {
  it('a file with only patient_id, pfs_months and pfs_event loads, not simulated', () => {
    const r = loadDataset(csv(THREE), 'three.csv');
    expect(r.report.errors).toEqual([]);
    expect(r.ok && r.dataset.meta.simulated).toBe(false);
    expect(r.ok && r.dataset.n).toBe(3);
    const warning = r.report.warnings.find((w) => w.rule === 'missing-columns');
    expect(warning?.message).toMatch(/^\d+ columns of the data format are not in the file: /);
    expect(warning?.message).toContain('age_years');
    // Optional: no view reads it, so its absence is not worth a word.
    expect(warning?.message).not.toContain('fu_potential_months');
    expect(warning?.message).not.toContain('is_simulated');
  });

  // [file's columns, refused columns (rule missing-required-column)]
  it.each<[string[], string[]]>([
    [['patient_id', 'pfs_months', 'pfs_event'], []],
    [['patient_id', 'os_months', 'os_event'], []],
    [['pfs_months', 'pfs_event'], ['patient_id']],
    [['patient_id'], ['pfs_months', 'pfs_event', 'os_months', 'os_event']],
    [['patient_id', 'pfs_months', 'os_months', 'os_event'], ['pfs_event']],
    [['patient_id', 'pfs_event'], ['pfs_months']],
  ])('a file with %j is refused for %j', (names, refused) => {
    const report = validateTable(withColumns(names), new Map(), { format: 'csv' });
    const missing = report.errors.filter((e) => e.rule === 'missing-required-column');
    expect(missing.map((e) => e.column)).toEqual(refused);
  });

  it('half an endpoint says which column is there and that both are needed', () => {
    const report = validateTable(withColumns(['patient_id', 'pfs_event']));
    expect(report.errors[0].message).toBe(
      'pfs_months: required column is missing (pfs_event is there: progression-free survival needs both)',
    );
  });

  it('the docs example of a minimal file is this test’s file', () => {
    const doc = readFileSync(
      join(import.meta.dirname, '..', '..', '..', 'docs', 'data-format.md'),
      'utf8',
    );
    expect(doc).toContain('patient_id,pfs_months,pfs_event');
  });
});
