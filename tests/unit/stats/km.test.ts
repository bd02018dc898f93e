import { describe, expect, it } from 'vitest';
import { kaplanMeier, type ConfType } from '../../../src/lib/stats/kaplan-meier';
import { survivalAt } from '../../../src/lib/stats/survival-at';
import { rmst } from '../../../src/lib/stats/rmst';
import { medianFollowUp } from '../../../src/lib/stats/reverse-km';
import fixtures from '../../reference/km.json';
import demoFixtures from '../../reference/km-demo.json';
import { column, expectAllClose, expectClose, snapshot } from './km-close';

type Num = number | null;
interface RFit {
  n: number;
  events: number;
  time: Num[];
  n_risk: Num[];
  n_event: Num[];
  n_censor: Num[];
  surv: Num[];
  std_err: Num[];
  lower: Num[];
  upper: Num[];
  quantile: { p: Num[]; q: Num[]; lower: Num[]; upper: Num[] };
  /** print(fit) / summary(fit)$table: median and its limits (survmean's rule). */
  table: { median: Num[]; lower: Num[]; upper: Num[] };
  at: { times: Num[]; time: Num[]; surv: Num[]; lower: Num[]; upper: Num[]; n_risk: Num[] };
  rmean: { tau: number; estimate: number; se: number } | null;
}
interface RCase {
  name: string;
  conf_level: number;
  time: Num[];
  status: Num[];
  entry?: Num[] | null;
  fits: Record<ConfType, RFit>;
  reverse: { median: Num; lower: Num; upper: Num };
}
// survival's datasets and edge cases (km.json) and the simulated demo cohort (km-demo.json).
const cases = [...fixtures, ...demoFixtures] as unknown as RCase[];
const confTypes: ConfType[] = ['log', 'log-log', 'plain'];

function input(c: RCase) {
  return {
    time: column(c.time),
    event: Uint8Array.from(c.status, (s) => (s ? 1 : 0)),
    entry: c.entry ? column(c.entry) : undefined,
  };
}

// Every comparison: |ours − R| ≤ 1e-6 · |R| (1e-12 absolute when R gives 0); NA ↔ null.
describe.each(cases)('kaplanMeier on "$name" matches R survfit within 1e-6 relative', (c) => {
  it.each(confTypes)(
    'steps, quartiles, landmarks and RMST match survfit(conf.type = "%s", conf.int = conf_level)',
    (ct) => {
      const r = c.fits[ct];
      const { time, event, entry } = input(c);
      const before = [snapshot(time), snapshot(event)];
      const fit = kaplanMeier(time, event, { confType: ct, confLevel: c.conf_level, entry });
      expect([snapshot(time), snapshot(event)]).toEqual(before);
      expect(fit.n).toBe(r.n);
      expect(fit.events).toBe(r.events);
      const s = fit.steps;
      expectAllClose(
        s.map((x) => x.time),
        r.time,
        'time',
      );
      expectAllClose(
        s.map((x) => x.nRisk),
        r.n_risk,
        'n.risk',
      );
      expectAllClose(
        s.map((x) => x.nEvent),
        r.n_event,
        'n.event',
      );
      expectAllClose(
        s.map((x) => x.nCensor),
        r.n_censor,
        'n.censor',
      );
      expectAllClose(
        s.map((x) => x.surv),
        r.surv,
        'surv',
      );
      expectAllClose(
        s.map((x) => x.stdErr),
        r.std_err,
        'std.err',
      );
      expectAllClose(
        s.map((x) => x.lower),
        r.lower,
        'lower',
      );
      expectAllClose(
        s.map((x) => x.upper),
        r.upper,
        'upper',
      );
      // quantile(fit, probs = c(0.25, 0.5, 0.75))
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
      // The median is reported as print(fit) reports it (summary(fit)$table).
      expectClose(fit.median, r.table.median[0], 'median');
      expectClose(fit.medianLower, r.table.lower[0], 'median lower');
      expectClose(fit.medianUpper, r.table.upper[0], 'median upper');
      // summary(fit, times = times, extend = TRUE)
      const at = survivalAt(fit, r.at.times as number[]);
      expectAllClose(
        at.map((a) => a.time),
        r.at.time,
        'at time',
      );
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
      expectAllClose(
        at.map((a) => a.nRisk),
        r.at.n_risk,
        'at n.risk',
      );
      // summary(fit, rmean = tau)$table
      if (r.rmean) {
        const m = rmst(fit, r.rmean.tau);
        expectClose(m.estimate, r.rmean.estimate, 'rmean');
        expectClose(m.se, r.rmean.se, 'se(rmean)');
      }
    },
  );

  it('median follow-up matches print(survfit(Surv(time, 1 - status) ~ 1)): median and 95% CI (entry ignored)', () => {
    const { time, event } = input(c);
    const f = medianFollowUp(time, event);
    expectClose(f.median, c.reverse.median, 'median');
    expectClose(f.lower, c.reverse.lower, 'lower');
    expectClose(f.upper, c.reverse.upper, 'upper');
  });
});
