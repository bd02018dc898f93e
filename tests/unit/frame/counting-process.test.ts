import { describe, expect, it } from 'vitest';
import { dataTable } from '../../../src/lib/data/data-table';
import { AnalysisFrame } from '../../../src/lib/frame/analysis-frame';
import { atLandmark, countingProcess } from '../../../src/lib/frame/counting-process';

// 30 days per month, so the split times can be read off the test days.
const MD = 30;
const frame = new AnalysisFrame(
  dataTable({
    patient_id: ['A', 'B', 'C', 'D'],
    pfs_months: [10, 4, null, 0],
    pfs_event: [1, 0, 1, 0],
    pfs_event_type: ['progression', 'none', 'progression', 'none'],
    os_months: [20, 4, 8, 0],
    os_event: [1, 0, 1, 0],
    mrd_assessments: [
      [
        { day: 30, result: 'neg' },
        { day: 180, result: 'pos' },
        { day: 240, result: 'neg' },
      ],
      [{ day: 60, result: 'ne' }],
      [],
      [],
    ],
  }),
);

describe('countingProcess', () => {
  it('splits follow-up at the changes strictly inside it; the event is on the last interval only', () => {
    const cp = countingProcess(frame, { endpoint: 'pfs', covariate: 'mrd_neg' }, MD);
    expect(cp.patients.map((p) => p.id)).toEqual(['A', 'B']);
    expect(Array.from(cp.start)).toEqual([0, 1, 6, 8, 0]);
    expect(Array.from(cp.stop)).toEqual([1, 6, 8, 10, 4]);
    expect(Array.from(cp.z)).toEqual([0, 1, 0, 1, 0]);
    expect(Array.from(cp.event)).toEqual([0, 0, 0, 1, 0]);
    expect(cp.excluded).toEqual([
      { reason: 'no PFS time or event', n: 1 },
      { reason: 'PFS time of 0 months', n: 1 },
    ]);
  });

  it('ends MRD negativity at progression when following OS beyond it', () => {
    const cp = countingProcess(frame, { endpoint: 'os', covariate: 'mrd_neg' }, MD);
    const a = cp.patients.findIndex((p) => p.id === 'A');
    const rows = Array.from(cp.patient).flatMap((k, i) => (k === a ? [i] : []));
    expect(rows.map((i) => [cp.start[i], cp.stop[i], cp.z[i]])).toEqual([
      [0, 1, 0],
      [1, 6, 1],
      [6, 8, 0],
      [8, 10, 1],
      [10, 20, 0],
    ]);
  });

  it('classifies patients at a landmark by what was known then, time from the landmark', () => {
    const cp = countingProcess(frame, { endpoint: 'pfs', covariate: 'mrd_neg' }, MD);
    const lm = atLandmark(cp, 8);
    expect([Array.from(lm.time), Array.from(lm.z), lm.nExcluded]).toEqual([[2], [1], 1]);
  });

  it.each([
    [{ endpoint: 'dor' as const, covariate: 'mrd_neg' as const }, 'applies to PFS and OS'],
    [{ endpoint: 'pfs' as const, covariate: 'car_detectable' as const }, 'pk_samples'],
    [{ endpoint: 'pfs' as const, covariate: 'mrd_neg_sustained' as const }, 'number of months'],
  ])('refuses %o in plain words', (spec, words) => {
    expect(() => countingProcess(frame, spec, MD)).toThrow(words);
  });
});
