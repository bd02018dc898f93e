import { describe, expect, it } from 'vitest';
import { reconcileSerial } from '../../../src/lib/data/reconcile-serial';
import { mrdEntries, pkEntries, responseEntries } from '../../../src/lib/data/serial-entries';
import { kinetics } from '../../../src/lib/stats/kinetics';
import { MONTH_DAYS, loadDemoCohort, values } from './demo-cohort-file';

const { table } = loadDemoCohort();
const col = (name: string) => values(table, name);
const RANK: Record<string, number> = { PD: 0, SD: 1, MR: 2, PR: 3, VGPR: 4, CR: 5, sCR: 6 };

describe('the stored summary columns follow from the serial columns (round trip)', () => {
  it('reconcileSerial finds no disagreement with mrd_censor_rule = last_followup (the generator convention)', () => {
    const { warnings } = reconcileSerial(table, MONTH_DAYS, { censorRule: 'last_followup' });
    expect(warnings.map((w) => w.message)).toEqual([]);
  });

  it('Cmax, Tmax and both AUCs equal kinetics() of pk_samples', () => {
    const pk = col('pk_samples');
    pk.forEach((cell, i) => {
      const s = pkEntries(cell);
      const k = kinetics(
        Float64Array.from(s, (e) => e.day),
        Float64Array.from(s, (e) => e.copies_per_ug ?? NaN),
        Uint8Array.from(s, (e) => e.below_lloq ?? 0),
      );
      expect([k.cmax, k.tmax, k.auc0to28, k.auc0toLast]).toEqual([
        col('cmax_copies')[i],
        col('tmax_days')[i],
        col('auc_0_28d')[i],
        col('auc_0_last')[i],
      ]);
    });
  });

  it('best response and the first response and CR times follow from response_assessments', () => {
    col('response_assessments').forEach((cell, i) => {
      const before = responseEntries(cell).filter((e) => e.response !== 'PD' && e.confirmed === 1);
      const best = before.reduce(
        (b, e) => (RANK[e.response] > RANK[b] ? e.response : b),
        'SD' as string,
      );
      const first = (min: number) => before.find((e) => RANK[e.response] >= min)?.day ?? null;
      const months = (d: number | null) => (d === null ? null : d / MONTH_DAYS);
      expect([best, months(first(3)), months(first(5))]).toEqual([
        col('best_response')[i],
        col('t_first_response_months')[i],
        col('t_first_cr_months')[i],
      ]);
    });
  });

  it('MRD is never tested after progression and non-responders are never MRD-negative', () => {
    const type = col('pfs_event_type');
    const pfs = col('pfs_months') as number[];
    col('mrd_assessments').forEach((cell, i) => {
      const days = mrdEntries(cell).map((e) => e.day);
      if (type[i] === 'progression') expect(Math.max(...days)).toBeLessThan(pfs[i] * MONTH_DAYS);
      if (col('best_response')[i] === 'SD')
        expect(mrdEntries(cell).some((e) => e.result === 'neg')).toBe(false);
    });
  });

  it('no patient is clinically impossible (calibration.md §7.4)', () => {
    const [pfs, os, persist, lastPk, firstResp, mrdEnd] = [
      'pfs_months',
      'os_months',
      'car_persist_months',
      'pk_last_sample_day',
      't_first_response_months',
      'mrd_neg_end_months',
    ].map((n) => col(n) as (number | null)[]);
    for (let i = 0; i < table.numRows(); i++) {
      expect(os[i] as number).toBeGreaterThanOrEqual(pfs[i] as number);
      expect((persist[i] as number) * MONTH_DAYS).toBeLessThanOrEqual((lastPk[i] as number) + 1e-9);
      expect(persist[i] as number).toBeLessThanOrEqual(os[i] as number);
      if (firstResp[i] !== null)
        expect(pfs[i] as number).toBeGreaterThanOrEqual(firstResp[i] as number);
      if (mrdEnd[i] !== null && col('pfs_event_type')[i] === 'progression')
        expect(mrdEnd[i] as number).toBeLessThanOrEqual((pfs[i] as number) + 1e-9);
    }
  });
});
