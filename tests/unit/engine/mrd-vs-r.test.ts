import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/lib/engine/engine';
import { mrdPlan } from '../../../src/lib/state/mrd-plan';
import { DEFAULT_VIEW } from '../../../src/lib/state/view-params';
import fixture from '../../reference/mrd-demo.json';
import { expectAllClose, expectClose } from '../stats/km-close';

type Num = number | null;
interface RNegativity {
  stratifier: string | null;
  n_used: number;
  groups: {
    level: string;
    n: number;
    events: number;
    median: Num;
    lower: Num;
    upper: Num;
    at_surv: Num[];
    at_lower: Num[];
    at_upper: Num[];
  }[];
  logrank_chisq: Num;
  logrank_p: Num;
}
interface RSwimmer {
  patient_id: string;
  start: number[];
  end: number[];
  state: string[];
  tests_after_follow_up: number;
}

const engine = createEngine();
engine.load(new Uint8Array(readFileSync('public/data/demo-cohort.arrow')), 'demo-cohort.arrow');
const columns = engine.run({ kind: 'columns' });

// tests/reference/r/mrd.R: survfit(Surv(mrd_neg_end_months - mrd_first_neg_months,
// mrd_neg_end_status == 1) ~ g), summary(times = c(12, 24), extend = TRUE), survdiff; the
// stratifiers derived in R from the input columns.
describe('the MRD view on the simulated demo cohort equals R (≤ 1e-6 relative)', () => {
  it.each(
    (fixture.negativity as RNegativity[]).map(
      (c) => [c.stratifier ?? 'all ever-negative patients', c] as const,
    ),
  )(
    'remaining MRD-negative by %s, as the MRD tab asks for it: n, events, median, survival at 12/24, log-rank',
    (_, c) => {
      const plan = mrdPlan(
        { ...DEFAULT_VIEW, exclude: [], stratifier: c.stratifier, swimmerSort: 'progression' },
        columns,
      );
      const view = engine.run(plan.negativity!);
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
      expectClose(view.logRank?.p ?? null, c.logrank_p, 'log-rank p');
    },
  );

  it('every swimmer bar equals the one R builds from demo-mrd.csv by the same rule (1e-9 relative)', () => {
    const rows = engine.run({ kind: 'swimmer' }).rows;
    const expected = fixture.swimmer as RSwimmer[];
    expect(rows).toHaveLength(expected.length);
    for (const r of expected) {
      const row = rows.find((x) => x.patientId === r.patient_id);
      expect(row, r.patient_id).toBeDefined();
      expect(row!.segments.map((s) => s.state)).toEqual(r.state);
      row!.segments.forEach((s, k) => {
        expect(Math.abs(s.start - r.start[k])).toBeLessThanOrEqual(1e-9 * Math.max(1, r.start[k]));
        expect(Math.abs(s.end - r.end[k])).toBeLessThanOrEqual(1e-9 * Math.max(1, r.end[k]));
      });
      expect(row!.testsAfterFollowUp).toBe(r.tests_after_follow_up);
    }
  });
});
