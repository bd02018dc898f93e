import { describe, expect, it } from 'vitest';
import { kaplanMeier, type ConfType } from '../../../src/lib/stats/kaplan-meier';
import { survivalAt } from '../../../src/lib/stats/survival-at';
import { rmst } from '../../../src/lib/stats/rmst';
import { medianFollowUp } from '../../../src/lib/stats/reverse-km';
import fixtures from '../../reference/km-demo.json';
import { column, expectAllClose, expectClose } from './km-close';

type Num = number | null;
interface RCase {
  name: string;
  conf_level: number;
  time: Num[];
  status: Num[];
  fits: Record<
    ConfType,
    {
      n: number;
      surv: Num[];
      std_err: Num[];
      lower: Num[];
      upper: Num[];
      n_risk: Num[];
      quantile: { q: Num[]; lower: Num[]; upper: Num[] };
      /** print(fit) / summary(fit)$table: median and its limits (survmean's rule). */
      table: { median: Num[]; lower: Num[]; upper: Num[] };
      at: { times: number[]; surv: Num[]; lower: Num[]; upper: Num[] };
      rmean: { tau: number; estimate: number; se: number };
    }
  >;
  reverse: { median: Num; lower: Num; upper: Num };
}

// The simulated demo cohort (tests/fixtures/demo-cohort.csv) through R's survfit; every
// number within 1e-6 relative (1e-12 absolute where R gives 0), NA ↔ null.
describe.each(fixtures as unknown as RCase[])('kaplanMeier on the "$name"', (c) => {
  it.each(['log', 'log-log', 'plain'] as ConfType[])(
    'matches survfit(conf.type = "%s"): steps, quartiles, landmarks, RMST within 1e-6 relative',
    (ct) => {
      const r = c.fits[ct];
      const time = column(c.time);
      const event = Uint8Array.from(c.status, (s) => (s ? 1 : 0));
      const fit = kaplanMeier(time, event, { confType: ct });
      expect(fit.n).toBe(r.n);
      expectAllClose(
        fit.steps.map((s) => s.nRisk),
        r.n_risk,
        'n.risk',
      );
      expectAllClose(
        fit.steps.map((s) => s.surv),
        r.surv,
        'surv',
      );
      expectAllClose(
        fit.steps.map((s) => s.stdErr),
        r.std_err,
        'std.err',
      );
      expectAllClose(
        fit.steps.map((s) => s.lower),
        r.lower,
        'lower',
      );
      expectAllClose(
        fit.steps.map((s) => s.upper),
        r.upper,
        'upper',
      );
      expectAllClose(
        fit.quantiles.map((q) => q.time),
        r.quantile.q,
        'quantile',
      );
      expectAllClose(
        fit.quantiles.map((q) => q.lower),
        r.quantile.lower,
        'quantile lower',
      );
      expectAllClose(
        fit.quantiles.map((q) => q.upper),
        r.quantile.upper,
        'quantile upper',
      );
      expectClose(fit.median, r.table.median[0], 'median (print)');
      expectClose(fit.medianLower, r.table.lower[0], 'median lower (print)');
      expectClose(fit.medianUpper, r.table.upper[0], 'median upper (print)');
      const at = survivalAt(fit, r.at.times);
      expectAllClose(
        at.map((a) => a.surv),
        r.at.surv,
        'at surv',
      );
      expectAllClose(
        at.map((a) => a.lower),
        r.at.lower,
        'at lower',
      );
      expectAllClose(
        at.map((a) => a.upper),
        r.at.upper,
        'at upper',
      );
      const m = rmst(fit, r.rmean.tau);
      expectClose(m.estimate, r.rmean.estimate, 'rmean');
      expectClose(m.se, r.rmean.se, 'se(rmean)');
    },
  );

  it('median follow-up matches quantile(survfit(Surv(time, 1 - status) ~ 1), 0.5) within 1e-6 relative', () => {
    const f = medianFollowUp(
      column(c.time),
      Uint8Array.from(c.status, (s) => (s ? 1 : 0)),
    );
    expectClose(f.median, c.reverse.median, 'median');
    expectClose(f.lower, c.reverse.lower, 'lower');
    expectClose(f.upper, c.reverse.upper, 'upper');
  });
});
