import { from } from 'arquero';
import { describe, expect, it } from 'vitest';
import { mrdFromAssessments, type MrdContext } from '../../../src/lib/data/mrd-from-assessments';
import { pkFromSamples } from '../../../src/lib/data/pk-from-samples';
import { reconcileSerial } from '../../../src/lib/data/reconcile-serial';
import type { MrdEntry, PkEntry } from '../../../src/lib/data/serial-entries';
import { cohortRows, cohortSerial } from './fixture-cohort';

const neg = (day: number): MrdEntry => ({ day, result: 'neg' });
const pos = (day: number): MrdEntry => ({ day, result: 'pos' });
const ne = (day: number): MrdEntry => ({ day, result: 'ne' });
const ctx = (p: Partial<MrdContext> = {}): MrdContext => ({
  pdDay: null,
  deathWithoutPdDay: null,
  lastFollowupDay: 1000,
  ...p,
});
const DEF = { lossRule: 'first_pos_or_pd', censorRule: 'last_neg_test' } as const;

describe('mrdFromAssessments (schema §2.4)', () => {
  // [case, entries, context, rules, expected]
  it.each([
    ['never negative', [pos(14), pos(90)], ctx(), DEF, null],
    ['only not-evaluable tests', [ne(14)], ctx(), DEF, null],
    [
      'lost at the first positive',
      [pos(14), neg(28), neg(90), pos(365)],
      ctx(),
      DEF,
      { firstNegDay: 28, endDay: 365, status: 1, lastNegBeforeLossDay: 90 },
    ],
    [
      'PD before the next positive ends negativity',
      [neg(14), neg(90), pos(365)],
      ctx({ pdDay: 200 }),
      DEF,
      { firstNegDay: 14, endDay: 200, status: 1, lastNegBeforeLossDay: 90 },
    ],
    [
      'PD ignored under first_pos',
      [neg(14), neg(90), pos(365)],
      ctx({ pdDay: 200 }),
      { ...DEF, lossRule: 'first_pos' as const },
      { firstNegDay: 14, endDay: 365, status: 1, lastNegBeforeLossDay: 90 },
    ],
    [
      'died while negative',
      [neg(14), neg(90)],
      ctx({ deathWithoutPdDay: 150 }),
      DEF,
      { firstNegDay: 14, endDay: 150, status: 2, lastNegBeforeLossDay: null },
    ],
    [
      'censored at the last negative test',
      [neg(14), ne(30), neg(365)],
      ctx(),
      DEF,
      { firstNegDay: 14, endDay: 365, status: 0, lastNegBeforeLossDay: null },
    ],
    [
      'censored at last follow-up',
      [neg(14), neg(365)],
      ctx({ lastFollowupDay: 400 }),
      { ...DEF, censorRule: 'last_followup' as const },
      { firstNegDay: 14, endDay: 400, status: 0, lastNegBeforeLossDay: null },
    ],
    [
      'pre-infusion results ignored',
      [neg(-3), pos(14), neg(28)],
      ctx(),
      DEF,
      { firstNegDay: 28, endDay: 28, status: 0, lastNegBeforeLossDay: null },
    ],
  ])('%s', (_c, entries, c, rules, expected) => {
    expect(mrdFromAssessments(entries, c, rules)).toEqual(expected);
  });
});

describe('pkFromSamples (schema §2.5, §2.9)', () => {
  const s = (day: number, copies: number | null, blq: 0 | 1 | null): PkEntry => ({
    day,
    copies_per_ug: copies,
    below_lloq: blq,
  });
  const rules = { lossSamples: 1 as const, cmaxWindowDays: 28 };
  it.each([
    ['no samples', [], rules, null],
    [
      'loss after one BLQ sample',
      [s(7, 100, 0), s(14, 900, 0), s(90, 0, 1)],
      rules,
      { lastDetectableDay: 14, event: 1, lastSampleDay: 90, cmax: 900, tmaxDay: 14 },
    ],
    [
      'still detectable at the last sample',
      [s(7, 100, 0), s(180, 5, 0)],
      rules,
      { lastDetectableDay: 180, event: 0, lastSampleDay: 180, cmax: 100, tmaxDay: 7 },
    ],
    [
      'loss needs two BLQ samples',
      [s(7, 100, 0), s(90, 0, 1)],
      { ...rules, lossSamples: 2 as const },
      { lastDetectableDay: 7, event: 0, lastSampleDay: 90, cmax: 100, tmaxDay: 7 },
    ],
    [
      'never detectable',
      [s(7, null, 1), s(14, null, 1)],
      rules,
      { lastDetectableDay: 0, event: 1, lastSampleDay: 14, cmax: 0, tmaxDay: null },
    ],
    [
      'Cmax over the whole follow-up',
      [s(7, 100, 0), s(60, 500, 0)],
      { ...rules, cmaxWindowDays: null },
      { lastDetectableDay: 60, event: 0, lastSampleDay: 60, cmax: 500, tmaxDay: 60 },
    ],
    [
      'detectability from copies when below_lloq is empty',
      [s(7, 10, null), s(14, 0, null)],
      rules,
      { lastDetectableDay: 7, event: 1, lastSampleDay: 14, cmax: 10, tmaxDay: 7 },
    ],
  ])('%s', (_c, entries, r, expected) => {
    expect(pkFromSamples(entries, r)).toEqual(expected);
  });
});

describe('reconcileSerial', () => {
  const withSerial = (edit: (r: Record<string, unknown>) => void = () => {}) => {
    const serial = cohortSerial();
    return cohortRows().map((r) => {
      const out = {
        ...r,
        mrd_assessments: serial.mrd_assessments[r.patient_id as string],
        pk_samples: serial.pk_samples[r.patient_id as string],
      };
      edit(out);
      return out;
    });
  };

  it('finds no disagreement on the consistent fixture cohort', () => {
    expect(reconcileSerial(from(withSerial()), 30.4375).warnings).toEqual([]);
  });

  it('fills absent summary columns from the serial data', () => {
    const rows = withSerial((r) => {
      delete r.mrd_neg_end_months;
      delete r.car_persist_event;
    });
    const { table, warnings } = reconcileSerial(from(rows), 30.4375);
    expect(warnings).toEqual([]);
    expect(table.array('mrd_neg_end_months')[2]).toBeCloseTo(8, 12);
    expect(Array.from(table.array('car_persist_event') as ArrayLike<unknown>)).toEqual([
      1,
      1,
      0,
      1,
      null,
      0,
    ]);
  });

  it('warns once per column when supplied values disagree, and keeps them', () => {
    const rows = withSerial((r) => {
      if (r.patient_id === 'P02')
        Object.assign(r, { mrd_neg_end_status: 0, car_persist_months: 9 });
    });
    const { table, warnings } = reconcileSerial(from(rows), 30.4375);
    expect(warnings.map((w) => w.message)).toEqual([
      'mrd_neg_end_status: 1 supplied value disagrees with mrd_assessments (row 2); e.g. row 2: supplied 0, recomputed 1. The supplied values are used',
      'car_persist_months: 1 supplied value disagrees with pk_samples (row 2); e.g. row 2: supplied 9, recomputed 0.92. The supplied values are used',
    ]);
    expect(table.array('mrd_neg_end_status')[1]).toBe(0);
  });

  it('applies the censoring option', () => {
    const { warnings } = reconcileSerial(from(withSerial()), 30.4375, {
      censorRule: 'last_followup',
    });
    expect(warnings.map((w) => [w.column, w.rows])).toEqual([['mrd_neg_end_months', [1, 6]]]);
  });
});
