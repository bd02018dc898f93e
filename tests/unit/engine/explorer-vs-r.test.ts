import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/lib/engine/engine';
import type { EndpointId } from '../../../src/lib/engine/types';
import fixture from '../../reference/explorer-demo.json';
import { expectAllClose, expectClose } from '../stats/km-close';

type Num = number | null;
interface RGroup {
  level: string;
  n: number;
  events: number;
  median: Num;
  lower: Num;
  upper: Num;
  at_surv: Num[];
  at_lower: Num[];
  at_upper: Num[];
}
interface RCase {
  endpoint: EndpointId;
  stratifier: string;
  as_published: boolean;
  landmark?: number | null;
  n_used: number;
  groups: RGroup[];
  logrank_chisq: number;
  logrank_df: number;
  logrank_p: number;
  hr: Num | Num[];
  hr_lower: Num | Num[];
  hr_upper: Num | Num[];
  hr_p: Num | Num[];
  cox_warnings: string[];
}

const list = (v: Num | Num[]): Num[] => (Array.isArray(v) ? v : [v]);
const engine = createEngine();
engine.load(new Uint8Array(readFileSync('public/data/demo-cohort.arrow')), 'demo-cohort.arrow');

// tests/reference/r/explorer.R: survfit / summary(times = c(12, 24, 36), extend = TRUE) /
// survdiff / coxph(ties = "efron") per endpoint and stratifier, stratifiers derived in R.
describe('the explorer on the simulated demo cohort equals R (≤ 1e-6 relative)', () => {
  it.each(
    (fixture.cases as RCase[]).map(
      (c) =>
        [
          `${c.endpoint} by ${c.stratifier}` +
            (c.as_published ? ' (as published)' : '') +
            (c.landmark ? ` (landmark at ${c.landmark} months)` : ''),
          c,
        ] as const,
    ),
  )('%s: groups, medians, survival at 12/24/36, log-rank and hazard ratios', (_, c) => {
    const request = {
      kind: 'survival' as const,
      endpoint: c.endpoint,
      stratifier: c.stratifier,
      ...(c.as_published ? { asPublished: true } : {}),
      ...(c.landmark ? { landmark: c.landmark } : {}),
    };
    const view = engine.run(request);
    expect(view.nUsed).toBe(c.n_used);
    expect(view.groups.map((g) => [g.n, g.events])).toEqual(c.groups.map((g) => [g.n, g.events]));
    view.groups.forEach((g, k) => {
      const r = c.groups[k];
      expectClose(g.median, r.median, 'median');
      expectClose(g.medianLower, r.lower, 'median lower');
      expectClose(g.medianUpper, r.upper, 'median upper');
      expectAllClose(
        g.at.map((a) => a.surv),
        r.at_surv,
        'surv at',
      );
      expectAllClose(
        g.at.map((a) => a.lower),
        r.at_lower,
        'lower at',
      );
      expectAllClose(
        g.at.map((a) => a.upper),
        r.at_upper,
        'upper at',
      );
    });
    expectClose(view.logRank?.chisq ?? null, c.logrank_chisq, 'log-rank chisq');
    expect(view.logRank?.df).toBe(c.logrank_df);
    expectClose(view.logRank?.p ?? null, c.logrank_p, 'log-rank p');
    const hazards = engine.run({ ...request, kind: 'hazards' });
    const hr = hazards.ratios.slice(1);
    if (c.cox_warnings.some((w) => /did not converge|Ran out of iterations/.test(w))) {
      // R warns that its fit did not converge: the explorer shows Firth-penalised numbers
      // instead (checked against R in cox-firth.test.ts), with the reason, never coxph's.
      expect(hr.every((h) => h?.method === 'firth' && h.hr !== null)).toBe(true);
      expect(hr[0]?.firthReason).toMatch(/no events|did not converge|monotone/);
      return;
    }
    const firth = hr.some((h) => h?.method === 'firth');
    // Firth is used only when a group had no events or R's fit has no finite answer.
    if (firth)
      expect(view.groups.some((g) => g.events === 0) || list(c.hr_upper).includes(null)).toBe(true);
    list(c.hr).forEach((rHr, m) => {
      const ours = hr[m];
      const rUpper = list(c.hr_upper)[m];
      if (firth) {
        // The whole model is Firth-penalised: no Wald numbers to compare with coxph.
        expect(ours?.method).toBe('firth');
        return;
      }
      if (rUpper === null || list(c.hr_lower)[m] === 0) {
        // R's interval is not finite (separation): the explorer shows no ordinary number.
        expect(ours?.hr ?? null).toBeNull();
        return;
      }
      expectClose(ours?.hr ?? null, rHr, 'HR');
      expectClose(ours?.lower ?? null, list(c.hr_lower)[m], 'HR lower');
      expectClose(ours?.upper ?? null, rUpper, 'HR upper');
      expectClose(ours?.p ?? null, list(c.hr_p)[m], 'HR p');
    });
  });
});
