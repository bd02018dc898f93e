import { describe, expect, it } from 'vitest';
import { AnalysisFrame } from '../../../src/lib/frame/analysis-frame';
import { survivalInputs } from '../../../src/lib/frame/survival-inputs';
import { dataTable } from '../../../src/lib/data/data-table';

const frame = new AnalysisFrame(
  dataTable({
    pfs_months: [5, null, 7, 9, 11, 3, 14, 20],
    pfs_event: [1, 1, null, 0, 1, 1, 0, 1],
    prior_asct: [0, 1, 1, null, 1, 0, 1, 1],
    mrd_group: [
      'lost_neg',
      'lost_neg',
      'died_mrd_neg',
      'sustained_neg',
      'sustained_neg',
      'lost_neg',
      'lost_neg',
      'persistent_pos',
    ],
    sex: ['M', 'F', 'M', 'F', 'M', 'F', 'M', 'F'],
    mrd_neg_duration_months: [4, 2, 6, 8, 10, 1, 12, 19],
    mrd_neg_end_status: [1, 1, 2, 0, 0, 1, 1, 2],
    dor_months: [4, 2, 6, 8, 10, 1, 12, 19],
    dor_event: [1, 1, 0, 0, 1, 1, 0, 1],
  }),
);

describe('survivalInputs', () => {
  it('survivalInputs keeps the rows with a time, an event and a group, as na.omit', () => {
    const s = survivalInputs(frame, { endpoint: 'pfs', stratifier: 'prior_asct' });
    expect(Array.from(s.time)).toEqual([5, 11, 3, 14, 20]);
    expect(Array.from(s.event)).toEqual([1, 1, 1, 0, 1]);
    expect(Array.from(s.group)).toEqual([0, 1, 0, 1, 1]);
    expect(s.levels.map((l) => [l.label, l.n])).toEqual([
      ['No prior ASCT', 2],
      ['Prior ASCT', 3],
    ]);
  });

  it('survivalInputs makes the "no" group of a yes/no column the reference, as R does for 0/1', () => {
    const s = survivalInputs(frame, { endpoint: 'pfs', stratifier: 'prior_asct' });
    expect(s.referenceRule).toBe('no-group');
    expect(s.levels[0].value).toBe(0);
  });

  it('survivalInputs makes the largest group the reference of a categorical stratifier', () => {
    const s = survivalInputs(frame, { endpoint: 'pfs', stratifier: 'mrd_group' });
    expect(s.referenceRule).toBe('largest');
    expect(s.levels.map((l) => l.value)).toEqual(['lost_neg', 'persistent_pos', 'sustained_neg']);
  });

  it('survivalInputs moves the chosen reference first and keeps R order for the rest', () => {
    const s = survivalInputs(frame, {
      endpoint: 'pfs',
      stratifier: 'mrd_group',
      reference: 'sustained_neg',
    });
    expect(s.referenceRule).toBe('chosen');
    expect(s.levels.map((l) => l.value)).toEqual(['sustained_neg', 'lost_neg', 'persistent_pos']);
    expect(Array.from(s.group)).toEqual([1, 0, 0, 1, 1, 2]);
  });

  it('survivalInputs leaves excluded groups out', () => {
    const s = survivalInputs(frame, {
      endpoint: 'pfs',
      stratifier: 'mrd_group',
      exclude: ['persistent_pos'],
    });
    expect(s.levels.map((l) => l.value)).toEqual(['lost_neg', 'sustained_neg']);
    expect(s.time.length).toBe(5);
  });

  it('survivalInputs codes the MRD endpoint by the registry: only status 1 is an event', () => {
    const s = survivalInputs(frame, { endpoint: 'mrd', stratifier: null });
    expect(Array.from(s.event)).toEqual([1, 1, 0, 0, 0, 1, 1, 0]);
  });

  it('survivalInputs keeps only patients event-free after a landmark, with time counted from it', () => {
    const s = survivalInputs(frame, { endpoint: 'pfs', stratifier: null, landmark: 6 });
    expect(Array.from(s.time)).toEqual([3, 5, 8, 14]);
  });

  it('survivalInputs refuses a landmark on a clock that does not start at infusion', () => {
    expect(() => survivalInputs(frame, { endpoint: 'dor', stratifier: null, landmark: 6 })).toThrow(
      /applies to PFS and OS/,
    );
  });

  it('survivalInputs restricts a facet to the rows with its value', () => {
    const s = survivalInputs(frame, {
      endpoint: 'pfs',
      stratifier: null,
      subset: { column: 'sex', value: 'M' },
    });
    expect(Array.from(s.time)).toEqual([5, 11, 14]);
  });

  it('survivalInputs refuses a stratifier with more than 12 groups and suggests a cut-point', () => {
    const many = new AnalysisFrame(
      dataTable({
        pfs_months: Array.from({ length: 20 }, (_, i) => i + 1),
        pfs_event: Array.from({ length: 20 }, () => 1),
        age_years: Array.from({ length: 20 }, (_, i) => 40 + i),
      }),
    );
    expect(() => survivalInputs(many, { endpoint: 'pfs', stratifier: 'age_years' })).toThrow(
      '"Age" has 20 different values — too many groups to compare; split it at a cut-point instead.',
    );
    const split = survivalInputs(many, { endpoint: 'pfs', stratifier: 'age_years', cut: 50 });
    expect(split.levels.map((l) => [l.label, l.n])).toEqual([
      ['Age < 50', 10],
      ['Age ≥ 50', 10],
    ]);
  });
});
