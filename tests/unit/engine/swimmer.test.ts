import { describe, expect, it } from 'vitest';
import { dataTable } from '../../../src/lib/data/data-table';
import { swimmerAnalysis } from '../../../src/lib/engine/analyses/swimmer';
import { swimmerOrder } from '../../../src/lib/engine/analyses/swimmer-order';
import { swimmerSegments } from '../../../src/lib/engine/analyses/swimmer-segments';
import type { SwimmerRow, SwimmerTest } from '../../../src/lib/engine/types';
import { AnalysisFrame } from '../../../src/lib/frame/analysis-frame';
import { swimmerRowWords } from '../../../src/lib/layout/swimmer-words';
import { deepFreeze } from '../layout/curves';

// 30 days per month, so day 30 is month 1 and the expected months can be read off.
const MD = 30;
const tests = (...days: [number, 'neg' | 'pos' | 'ne'][]) =>
  days.map(([day, result]) => ({ day, result }));

/** One patient per edge case; times in months, tests in days (as the data contract has them). */
const CASES = [
  {
    patient_id: 'P-untested',
    mrd_assessments: [],
    os: [10, 0],
    pfs: [10, 0, 'none'],
    mrd_group: null,
  },
  {
    patient_id: 'P-ne-only',
    mrd_assessments: tests([30, 'ne'], [90, 'ne']),
    os: [12, 0],
    pfs: [12, 0, 'none'],
    mrd_group: null,
  },
  {
    patient_id: 'P-lost',
    mrd_assessments: tests([15, 'neg'], [90, 'neg'], [180, 'pos'], [270, 'pos']),
    os: [20, 0],
    pfs: [10, 1, 'progression'],
    mrd_group: 'lost_neg',
    neg: 5.5,
    best: 'VGPR',
    risk: 1,
  },
  {
    patient_id: 'P-died-negative',
    mrd_assessments: tests([30, 'neg'], [180, 'neg']),
    os: [8, 1],
    pfs: [8, 1, 'death'],
    mrd_group: 'died_mrd_neg',
    neg: 7,
    best: 'CR',
    risk: 0,
  },
  {
    patient_id: 'P-ended-before-test',
    mrd_assessments: tests([30, 'pos']),
    os: [0.5, 1],
    pfs: [0.5, 1, 'death'],
    mrd_group: 'persistent_pos',
  },
  {
    patient_id: 'P-sustained',
    mrd_assessments: tests([15, 'neg'], [365, 'neg']),
    os: [24, 0],
    pfs: [24, 0, 'none'],
    mrd_group: 'sustained_neg',
    neg: 11.67,
    best: 'sCR',
    risk: 0,
  },
  {
    patient_id: 'P-sustained-longer',
    mrd_assessments: tests([15, 'neg'], [30, 'ne'], [540, 'neg']),
    os: [20, 0],
    pfs: [20, 0, 'none'],
    mrd_group: 'sustained_neg',
    neg: 17.5,
    best: 'CR',
    risk: null,
  },
  {
    patient_id: 'P-no-time',
    mrd_assessments: tests([15, 'neg']),
    os: [null, 0],
    pfs: [5, 0, 'none'],
    mrd_group: 'sustained_neg',
  },
] as const;

function frameOf(cases: typeof CASES): AnalysisFrame {
  const col = <T>(f: (c: (typeof CASES)[number]) => T) => cases.map(f);
  return new AnalysisFrame(
    dataTable({
      patient_id: col((c) => c.patient_id),
      mrd_assessments: col((c) => c.mrd_assessments),
      os_months: col((c) => c.os[0]),
      os_event: col((c) => c.os[1]),
      pfs_months: col((c) => c.pfs[0]),
      pfs_event: col((c) => c.pfs[1]),
      pfs_event_type: col((c) => c.pfs[2]),
      mrd_group: col((c) => c.mrd_group),
      mrd_neg_duration_months: col((c) => ('neg' in c ? c.neg : null)),
      best_response: col((c) => ('best' in c ? c.best : null)),
      high_risk_ca: col((c) => ('risk' in c ? c.risk : null)),
    }),
  );
}

const context = {
  dataset: {
    label: 'Hand-made cases',
    fileName: 'cases',
    simulated: false,
    n: CASES.length,
    monthDays: MD,
    formatVersion: '1',
  },
};
const frozen = deepFreeze(structuredClone(CASES) as unknown as typeof CASES);
const result = swimmerAnalysis(frameOf(frozen), { kind: 'swimmer' }, context);
const row = (id: string) => {
  const r = result.rows.find((x) => x.patientId === id);
  if (!r) throw new Error(`no row ${id}`);
  return r;
};
const bars = (r: SwimmerRow) => r.segments.map((s) => [s.state, s.start, s.end]);

describe('swimmerAnalysis on hand-made edge cases', () => {
  it.each([
    ['P-untested', 'no MRD test at all', [['none', 0, 10]]],
    ['P-ne-only', 'only tests without a result', [['none', 0, 12]]],
    [
      'P-lost',
      'a positive test after negatives',
      [
        ['none', 0, 0.5],
        ['neg', 0.5, 6],
        ['pos', 6, 9],
        ['none', 9, 20],
      ],
    ],
    [
      'P-died-negative',
      'death while MRD-negative',
      [
        ['none', 0, 1],
        ['neg', 1, 6],
        ['none', 6, 8],
      ],
    ],
    ['P-ended-before-test', 'follow-up ending before the first test', [['none', 0, 0.5]]],
    [
      'P-sustained-longer',
      'a test without a result between negatives',
      [
        ['none', 0, 0.5],
        ['neg', 0.5, 1],
        ['none', 1, 20],
      ],
    ],
  ])('swimmerAnalysis draws %s (%s) as the expected segments', (id, _what, expected) => {
    const got = bars(row(id)).map(([s, a, b]) => [
      s,
      +(a as number).toFixed(9),
      +(b as number).toFixed(9),
    ]);
    expect(got).toEqual(expected);
  });

  it('swimmerAnalysis marks progression, death and alive from pfs_event_type and os_event', () => {
    expect(row('P-lost')).toMatchObject({ progression: 10, death: null, followUp: 20 });
    expect(row('P-lost').pfs).toEqual({ time: 10, event: true });
    // Death without progression ends PFS too, but it is a death, not a progression.
    expect(row('P-died-negative')).toMatchObject({ progression: null, death: 8 });
    expect(row('P-died-negative').pfs).toEqual({ time: 8, event: true });
    expect(row('P-sustained')).toMatchObject({ progression: null, death: null });
    expect(row('P-sustained').os).toEqual({ time: 24, event: false });
  });

  it('swimmerAnalysis keeps the MRD tests as ticks and counts those after the end of follow-up', () => {
    expect(row('P-lost').tests.map((t) => t.result)).toEqual(['neg', 'neg', 'pos', 'pos']);
    expect(row('P-ne-only').tests).toEqual([
      { time: 1, result: 'ne' },
      { time: 3, result: 'ne' },
    ]);
    expect(row('P-ended-before-test')).toMatchObject({ tests: [], testsAfterFollowUp: 1 });
    expect(row('P-untested')).toMatchObject({ tests: [], testsAfterFollowUp: 0 });
  });

  it('swimmerAnalysis groups by MRD group in the registry order, patients without one last', () => {
    expect(result.groups).toEqual([
      { value: 'sustained_neg', label: 'Sustained MRD-negative', n: 2 },
      { value: 'died_mrd_neg', label: 'Died while MRD-negative', n: 1 },
      { value: 'lost_neg', label: 'Lost MRD negativity', n: 1 },
      { value: 'persistent_pos', label: 'Persistently MRD-positive', n: 1 },
      { value: '(no MRD result)', label: 'No MRD result', n: 2 },
    ]);
    const order = result.rows.map((r) => r.group);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('swimmerAnalysis leaves out a patient without a follow-up time and says so', () => {
    expect(result.nUsed).toBe(7);
    expect(result.nTotal).toBe(8);
    expect(result.leftOut).toEqual(['1 patient without a follow-up or progression-free time']);
    expect(result.rows.map((r) => r.patientId)).not.toContain('P-no-time');
  });

  it('swimmerAnalysis sorts within groups, longest first, by the chosen time', () => {
    const first = (sort: 'progression' | 'negativity' | 'followup') =>
      swimmerAnalysis(frameOf(CASES), { kind: 'swimmer', sort }, context).rows[0].patientId;
    expect(first('progression')).toBe('P-sustained');
    expect(first('negativity')).toBe('P-sustained-longer');
    expect(first('followup')).toBe('P-sustained');
    expect(result.sortLabel).toBe('time to progression or death, longest first');
  });

  it('swimmerAnalysis refuses an unknown order and a dataset without MRD tests in plain words', () => {
    expect(() =>
      swimmerAnalysis(frameOf(CASES), { kind: 'swimmer', sort: 'age' as 'followup' }, context),
    ).toThrow('Unknown order "age"');
    const noTests = new AnalysisFrame(dataTable({ patient_id: ['A'], os_months: [3] }));
    expect(() => swimmerAnalysis(noTests, { kind: 'swimmer' }, context)).toThrow(
      /needs the serial MRD tests/,
    );
  });

  it('swimmerRowWords tells a patient’s course in words', () => {
    expect(swimmerRowWords(row('P-lost'), 'Lost MRD negativity')).toBe(
      'P-lost, lost MRD negativity. MRD-negative months 0.5–6.0; MRD-positive months 6.0–9.0. Progression at month 10.0. Alive at last follow-up, month 20.0. Best response VGPR; high-risk cytogenetics; 4 MRD tests.',
    );
    expect(swimmerRowWords(row('P-untested'), 'No MRD result')).toContain('Never MRD-tested.');
    expect(swimmerRowWords(row('P-ne-only'), 'No MRD result')).toContain(
      'No MRD test with a result.',
    );
    expect(swimmerRowWords(row('P-died-negative'), 'Died while MRD-negative')).toContain(
      'Died at month 8.0.',
    );
  });
});

describe('swimmerSegments', () => {
  const t = (time: number, result: SwimmerTest['result']): SwimmerTest => ({ time, result });
  it.each([
    ['no tests', [], 5, [['none', 0, 5]]],
    ['a test on day 0', [t(0, 'neg')], 5, [['none', 0, 5]]],
    [
      'two negatives then the end',
      [t(1, 'neg'), t(2, 'neg')],
      5,
      [
        ['none', 0, 1],
        ['neg', 1, 2],
        ['none', 2, 5],
      ],
    ],
    [
      'a test on the last day',
      [t(1, 'pos'), t(5, 'pos')],
      5,
      [
        ['none', 0, 1],
        ['pos', 1, 5],
      ],
    ],
    // The last test within follow-up is at month 1: nothing is carried beyond it.
    ['a test after the end', [t(1, 'neg'), t(7, 'pos')], 5, [['none', 0, 5]]],
    ['zero follow-up', [t(1, 'neg')], 0, []],
  ])('swimmerSegments handles %s', (_what, input, end, expected) => {
    const got = swimmerSegments(deepFreeze(input), end).map((s) => [s.state, s.start, s.end]);
    expect(got).toEqual(expected);
  });

  it('swimmerOrder does not change the rows it sorts', () => {
    const rows = deepFreeze(structuredClone(result.rows));
    expect(swimmerOrder(rows, 'followup')).toHaveLength(rows.length);
  });
});
