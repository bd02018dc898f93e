import { coxph } from '../../src/lib/stats/cox';
import { kaplanMeier } from '../../src/lib/stats/kaplan-meier';
import { logRank } from '../../src/lib/stats/log-rank';
import { medianFollowUp } from '../../src/lib/stats/reverse-km';
import { spearman } from '../../src/lib/stats/spearman';
import { survivalAt } from '../../src/lib/stats/survival-at';

/** Thin wrappers over the explorer's own engine (src/lib/stats) for the paper's naive analyses. */

function subset(
  time: Float64Array,
  event: Uint8Array,
  keep: (i: number) => boolean,
): [Float64Array, Uint8Array] {
  const idx: number[] = [];
  for (let i = 0; i < time.length; i++) if (keep(i) && !Number.isNaN(time[i])) idx.push(i);
  return [Float64Array.from(idx, (i) => time[i]), Uint8Array.from(idx, (i) => event[i])];
}

/** Kaplan–Meier median (null = not reached) among rows where group equals level (all rows if no group). */
export function kmMedian(
  time: Float64Array,
  event: Uint8Array,
  group?: Float64Array,
  level = 1,
): number | null {
  const [t, e] = subset(time, event, (i) => group === undefined || group[i] === level);
  return t.length ? kaplanMeier(t, e).median : null;
}

/** Kaplan–Meier survival at time x in one group. */
export function kmAt(
  time: Float64Array,
  event: Uint8Array,
  x: number,
  group?: Float64Array,
  level = 1,
): number {
  const [t, e] = subset(time, event, (i) => group === undefined || group[i] === level);
  return survivalAt(kaplanMeier(t, e), [x])[0].surv;
}

/** Lowest value of the Kaplan–Meier curve (its value after the last event). */
export function kmFloor(time: Float64Array, event: Uint8Array): number {
  const steps = kaplanMeier(time, event).steps;
  return steps.length ? steps[steps.length - 1].surv : 1;
}

/** Reverse Kaplan–Meier median follow-up. */
export function followUpMedian(time: Float64Array, event: Uint8Array): number | null {
  return medianFollowUp(time, event).median;
}

/** Univariable Cox model, Breslow ties (as SPSS): HR, 95% CI and Wald p; rows with NaN dropped. */
export function coxUnivariable(time: Float64Array, event: Uint8Array, x: Float64Array) {
  const fit = coxph({ time, event, x: [x], names: ['x'], ties: 'breslow' });
  const term = fit.terms[0];
  return { hr: term.hr, lower: term.lower, upper: term.upper, p: term.p };
}

/** Log-rank p comparing groups coded 0..k−1 (NaN or negative = left out). */
export function logRankP(
  time: Float64Array,
  event: Uint8Array,
  group: Float64Array | Int32Array,
): number | null {
  const codes = Int32Array.from(group, (g) => (Number.isNaN(g) || g < 0 ? -1 : g));
  try {
    return logRank(time, event, codes).p;
  } catch {
    return null;
  }
}

/** Log-rank p among rows where `among` is 1. */
export function logRankPAmong(
  time: Float64Array,
  event: Uint8Array,
  group: Float64Array,
  among: Float64Array,
): number | null {
  return logRankP(
    time,
    event,
    Float64Array.from(group, (g, i) => (among[i] === 1 ? g : NaN)),
  );
}

export function spearmanRho(x: Float64Array, y: Float64Array): number | null {
  return spearman(x, y).rho;
}
