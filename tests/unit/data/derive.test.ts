import { from, table as aqTable } from 'arquero';
import { describe, expect, it } from 'vitest';
import { DERIVED_COLUMNS } from '../../../src/lib/data/columns';
import { deriveColumns } from '../../../src/lib/data/derive';
import { cohortRows, cohortSerial } from './fixture-cohort';

/** A derived column's values, missing (NaN in a numeric column) read as null. */
const values = (x: unknown) =>
  Array.from(x as ArrayLike<unknown>, (v) => (typeof v === 'number' && Number.isNaN(v) ? null : v));

describe('deriveColumns', () => {
  it('adds every derived column of the contract and keeps the inputs', () => {
    const input = from(cohortRows());
    const out = deriveColumns(input);
    for (const c of DERIVED_COLUMNS) expect(out.columnNames()).toContain(c.name);
    expect(out.array('pfs_months')).toEqual(input.array('pfs_months'));
    expect(input.columnNames()).not.toContain('responder'); // input not mutated
  });

  it('derives the fixture cohort as the rules say', () => {
    const out = deriveColumns(from(cohortRows()));
    const col = (n: string) => values(out.array(n));
    expect(col('mrd_group')).toEqual([
      'sustained_neg',
      'lost_neg',
      'died_mrd_neg',
      'persistent_pos',
      'persistent_pos', // no serial data: an empty first-negative time means never negative
      'sustained_neg',
    ]);
    // P01 negative 23.5 mo and censored: ≥ 12 yes, ≥ 24 undecidable
    expect(col('mrd_neg_ge12')).toEqual([1, 0, 0, 0, 0, 1]);
    expect(col('mrd_neg_ge24')).toEqual([null, 0, 0, 0, 0, 1]);
    expect(col('high_risk_ca')).toEqual([0, 1, null, 0, 0, 0]);
    expect(col('triple_refractory')).toEqual([0, 1, 0, 0, 0, 0]);
    expect(col('penta_refractory')).toEqual([0, 1, 0, 0, 0, 0]);
    expect(col('cr_by_m1')).toEqual([1, 0, 0, 0, 0, 1]);
    expect(col('cr_by_m3')).toEqual([1, 1, 0, 0, 0, 1]);
    expect(col('dor_months')).toEqual([39.5, 13.1, 7, null, 19, 49.5]);
    expect(col('dor_event')).toEqual([0, 1, 1, null, 1, 0]);
    expect(col('car_persist_ge6')).toEqual([0, 0, null, 0, null, 1]);
    expect(col('emd_or_pcl')).toEqual([0, 0, 0, 1, 0, 0]);
    expect(col('bm_burden_high')).toEqual([0, 1, 0, 0, 0, 0]);
    expect(col('crs_high')).toEqual([0, 1, 0, 0, 0, 0]);
  });

  it('treats a patient with an empty MRD list as never tested (null), not never negative', () => {
    const serial = cohortSerial().mrd_assessments;
    const rows = cohortRows().map((r) => ({
      ...r,
      mrd_assessments: serial[r.patient_id as string],
    }));
    const out = deriveColumns(from(rows));
    expect(values(out.array('mrd_ever_neg'))[4]).toBeNull();
    expect(out.array('mrd_group')[4]).toBeNull();
    expect(out.array('mrd_group')[3]).toBe('persistent_pos');
  });

  it.each([
    [{ mrdThresholds: [23.9] }, 'mrd_neg_ge23.9', [null, 0, 0, 0, 0, 1]],
    [
      { mrdThresholds: [23.9], mrdThresholdOrigin: 'infusion' as const },
      'mrd_neg_ge23.9',
      [1, 0, 0, 0, 0, 1],
    ],
    [{ bmBurdenCut: 25 }, 'bm_burden_high', [1, 1, 1, 1, 1, 1]],
    [{ crsHighGrade: 1 }, 'crs_high', [1, 1, 1, 1, 1, 1]],
    [{ visitWindowDays: 0 }, 'cr_by_m1', [1, 0, 0, 0, 0, 1]],
    [{ persistThresholds: [1] }, 'car_persist_ge1', [1, 0, null, 0, null, 1]],
  ])('follows option %j for %s', (options, name, expected) => {
    const out = deriveColumns(from(cohortRows()), options);
    expect(values(out.array(name))).toEqual(expected);
  });

  it('gives null, never a throw, when input columns are missing', () => {
    const out = deriveColumns(aqTable({ patient_id: ['a', 'b'] }));
    for (const c of DERIVED_COLUMNS) {
      if (
        c.name === 'mrd_ever_neg' ||
        c.name === 'mrd_group' ||
        c.name.startsWith('mrd_neg_ge') ||
        c.name.startsWith('mrd_neg_at_m')
      ) {
        continue; // an absent first-negative column reads as "never negative"
      }
      expect(values(out.array(c.name)), c.name).toEqual([null, null]);
    }
  });

  it('replaces a supplied column of the same name with the derived values', () => {
    const out = deriveColumns(from(cohortRows().map((r) => ({ ...r, crs_high: 9 }))));
    expect(Array.from(out.array('crs_high') as ArrayLike<unknown>)).toEqual([0, 1, 0, 0, 0, 0]);
  });

  it('handles an empty table', () => {
    expect(deriveColumns(aqTable({ patient_id: [] })).numRows()).toBe(0);
  });
});
