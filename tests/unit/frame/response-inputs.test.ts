import { describe, expect, it } from 'vitest';
import { dataTable } from '../../../src/lib/data/data-table';
import { AnalysisFrame } from '../../../src/lib/frame/analysis-frame';
import { responseInputs, responseSeries } from '../../../src/lib/frame/response-inputs';

const frame = new AnalysisFrame(
  dataTable({
    responder: [1, 0, null],
    cr_or_better: [1, 0, null],
    mrd_ever_neg: [1, 0, 1],
    t_first_response_months: [0.5, null, null],
    t_first_cr_months: [1, null, null],
    mrd_first_neg_months: [0.5, null, 2],
    prior_asct: [0, 1, null],
    pfs_months: [10, 2, 6],
    pfs_event: [0, 1, null],
    response_assessments: [
      [
        { day: -3, response: 'PD', confirmed: 1 },
        { day: 28, response: 'CR', confirmed: 1 },
        { day: 14, response: 'PR', confirmed: 1 },
        { day: 61, response: 'sCR', confirmed: 0 },
      ],
      [
        { day: 14, response: 'SD', confirmed: null },
        { day: 61, response: 'PD', confirmed: 1 },
        { day: 30, response: 'NE', confirmed: 1 },
      ],
      null,
    ],
  }),
);

describe('responseInputs and responseSeries', () => {
  it('responseInputs reads the derived indicators and times with NaN for missing', () => {
    const r = responseInputs(frame, { stratifier: null });
    expect(Array.from(r.responder)).toEqual([1, 0, NaN]);
    expect(Array.from(r.firstCr)).toEqual([1, NaN, NaN]);
    expect(Array.from(r.group)).toEqual([0, 0, 0]);
    expect(r.levels).toEqual([{ value: 'all', label: 'All patients', n: 3 }]);
  });

  it('responseInputs groups by a stratifier with its readable labels, unknown as −1', () => {
    const r = responseInputs(frame, { stratifier: 'prior_asct' });
    expect(Array.from(r.group)).toEqual([0, 1, -1]);
    expect(r.levels.map((l) => l.label)).toEqual(['No prior ASCT', 'Prior ASCT']);
  });

  it('responseSeries keeps confirmed assessments from day 0 on, sorted, in months, with their depth', () => {
    const s = responseSeries(frame, 30)!;
    expect(Array.from(s.offsets)).toEqual([0, 2, 5, 5]);
    // Patient 1: PR at day 14 and CR at day 28; the pre-infusion PD and the unconfirmed sCR are left out.
    expect(Array.from(s.time.slice(0, 2))).toEqual([14 / 30, 28 / 30]);
    expect(Array.from(s.depth.slice(0, 2))).toEqual([3, 1]);
    // Patient 2: SD (confirmation not recorded counts), NE and PD carry no depth (255).
    expect(Array.from(s.depth.slice(2))).toEqual([4, 255, 255]);
  });

  it('responseSeries reads how PFS follow-up ended; an unknown event makes the end unknown', () => {
    const s = responseSeries(frame, 30)!;
    expect(Array.from(s.endTime)).toEqual([10, 2, NaN]);
    expect(Array.from(s.endEvent)).toEqual([0, 1, 0]);
  });

  it('responseSeries is null for a dataset without response assessments', () => {
    const plain = new AnalysisFrame(dataTable({ pfs_months: [1], pfs_event: [0] }));
    expect(responseSeries(plain, 30)).toBeNull();
  });
});
