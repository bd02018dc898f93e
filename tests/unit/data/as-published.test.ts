import { from } from 'arquero';
import { describe, expect, it } from 'vitest';
import { asPublishedValues } from '../../../src/lib/data/as-published';
import { deriveColumns } from '../../../src/lib/data/derive';
import { cohortRows } from './fixture-cohort';

describe('asPublishedValues', () => {
  const table = deriveColumns(from(cohortRows()));
  const column = (name: string) => table.array(name) as ArrayLike<unknown>;
  /** Missing (NaN in a numeric column) read as null. */
  const shown = (name: string) =>
    Array.from(column(name), (v) => (typeof v === 'number' && Number.isNaN(v) ? null : v));

  it('asPublishedValues counts a patient censored while MRD-negative before X as below X', () => {
    // P01: negative for 23.5 months and still negative: undecidable for ≥ 24, below as published
    expect(shown('mrd_neg_ge24')).toEqual([null, 0, 0, 0, 0, 1]);
    expect(asPublishedValues(column, 6, 'mrd_neg_ge24')).toEqual([0, 0, 0, 0, 0, 1]);
  });

  it('asPublishedValues counts a patient still detectable at the last sample before X as below X', () => {
    expect(shown('car_persist_ge6')).toEqual([0, 0, null, 0, null, 1]);
    expect(asPublishedValues(column, 6, 'car_persist_ge6')).toEqual([0, 0, 0, 0, null, 1]);
  });

  it('asPublishedValues has no variant for a column that is not a threshold', () => {
    expect(asPublishedValues(column, 6, 'triple_refractory')).toBeNull();
    expect(asPublishedValues(column, 6, 'age_years')).toBeNull();
  });
});
