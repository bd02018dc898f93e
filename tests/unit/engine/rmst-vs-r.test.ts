import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/lib/engine/engine';
import type { EndpointId, SurvivalResult } from '../../../src/lib/engine/types';
import fixture from '../../reference/rmst.json';
import { close, type RmstCaseR } from '../stats/rmst-fixture';

const engine = createEngine();
engine.load(new Uint8Array(readFileSync('public/data/demo-cohort.arrow')), 'demo-cohort.arrow');

// tests/reference/r/rmst.R on tests/fixtures/demo-cohort.csv (the same simulated cohort):
// summary(survfit(Surv(time, event) ~ g), rmean = tau)$table per group (stratifiers derived in R,
// reference as the explorer's rule); difference and ratio by survRM2::rmst2's formulas.
describe('the survival view reports RMST equal to R on the demo cohort (≤ 1e-9 relative)', () => {
  const cases = (fixture.cases as RmstCaseR[]).filter((c) => c.data === 'demo');
  it('has demo cases (tests/fixtures/demo-cohort.csv was present when R ran)', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
  });
  it.each(cases.map((c) => [c.label, c] as const))('%s', async (_label, c) => {
    const r = (await engine.run({
      kind: 'survival',
      endpoint: c.endpoint as EndpointId,
      stratifier: c.stratifier!,
      ...(c.tau_default ? {} : { tau: c.tau }),
    })) as SurvivalResult;
    const rm = r.rmst!;
    expect(rm.tauRule).toBe(c.tau_default ? 'default' : 'chosen');
    close(rm.tau, c.tau, 'tau');
    expect(r.groups.map((g) => String(g.value))).toEqual(c.groups.map((g) => g.level));
    c.groups.forEach((want, k) => {
      expect(r.groups[k].n).toBe(want.n);
      close(rm.groups[k].estimate, want.rmst, `${want.level} rmst`);
      close(rm.groups[k].se, want.se, `${want.level} se`);
      close(rm.groups[k].lower, want.lower, `${want.level} lower`);
      close(rm.groups[k].upper, want.upper, `${want.level} upper`);
    });
    expect(rm.comparisons[0]).toBeNull();
    c.contrasts.forEach((want, j) => {
      const got = rm.comparisons[j + 1]!;
      close(got.difference.estimate, want.diff, 'difference');
      close(got.difference.lower, want.diff_lower, 'difference lower');
      close(got.difference.upper, want.diff_upper, 'difference upper');
      close(got.difference.p, want.diff_p, 'difference p');
      close(got.ratio.estimate, want.ratio, 'ratio');
      close(got.ratio.lower, want.ratio_lower, 'ratio lower');
      close(got.ratio.upper, want.ratio_upper, 'ratio upper');
      close(got.ratio.p, want.ratio_p, 'ratio p');
    });
  });

  it('a τ that is not a positive number falls back to the default rule', async () => {
    for (const tau of [0, -5, Number.NaN]) {
      const r = (await engine.run({
        kind: 'survival',
        endpoint: 'pfs',
        stratifier: null,
        tau,
      })) as SurvivalResult;
      expect(r.rmst?.tauRule).toBe('default');
    }
  });

  it('a τ beyond a group’s follow-up is used but flagged (the curve is extended flat)', async () => {
    const r = (await engine.run({
      kind: 'survival',
      endpoint: 'os',
      stratifier: 'triple_refractory',
      tau: 500,
    })) as SurvivalResult;
    expect(r.rmst?.tau).toBe(500);
    expect(r.rmst?.withinFollowUp).toBe(false);
  });
});
