import { coxph } from '../../src/lib/stats/cox';
import { kaplanMeier } from '../../src/lib/stats/kaplan-meier';
import { logRank } from '../../src/lib/stats/log-rank';
import type { BenchData } from './simulate';

/** Seconds per call (best of `repeats`) and a few results to check against R. */
export interface Timings {
  km: number;
  logRank: number;
  cox: number;
  chisq: number;
  coef: number[];
}

function best<T>(repeats: number, f: () => T): { seconds: number; value: T } {
  let seconds = Infinity;
  let value!: T;
  for (let r = 0; r < repeats; r++) {
    const start = performance.now();
    value = f();
    seconds = Math.min(seconds, (performance.now() - start) / 1000);
  }
  return { seconds, value };
}

/**
 * Times the engine's calls that mirror survfit(Surv(time, event) ~ group) (split by group,
 * one kaplanMeier per group), survdiff(… ~ group) and coxph(… ~ x1 + … + x5, ties = "efron").
 */
export function timeNode(data: BenchData, repeats: number): Timings {
  const { time, event, group, x } = data;
  const km = best(repeats, () =>
    [0, 1].map((g) => {
      let m = 0;
      for (let i = 0; i < data.n; i++) if (group[i] === g) m++;
      const t = new Float64Array(m);
      const e = new Uint8Array(m);
      for (let i = 0, j = 0; i < data.n; i++) {
        if (group[i] === g) {
          t[j] = time[i];
          e[j++] = event[i];
        }
      }
      return kaplanMeier(t, e).median;
    }),
  );
  const lr = best(repeats, () => logRank(time, event, group));
  const names = x.map((_, k) => `x${k + 1}`);
  const cox = best(repeats, () => coxph({ time, event, x, names, ties: 'efron' }));
  return {
    km: km.seconds,
    logRank: lr.seconds,
    cox: cox.seconds,
    chisq: lr.value.chisq,
    coef: cox.value.terms.map((t) => t.coef ?? NaN),
  };
}
