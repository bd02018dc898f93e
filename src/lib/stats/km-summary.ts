import type { KaplanMeierFit, KmStep } from './kaplan-meier';
import { survivalAt } from './survival-at';

export interface KmSummary {
  n: number;
  events: number;
  median: number | null;
  medianLower: number | null;
  medianUpper: number | null;
  steps: KmStep[];
  /** Survival with its CI at the requested times, as summary(fit, times, extend = TRUE). */
  at: { time: number; surv: number; lower: number | null; upper: number | null }[];
}

/**
 * What the explorer and the CLI report of one Kaplan–Meier fit: counts, the median as R prints
 * it, every step, and survival at the given times.
 * @example kmSummary(kaplanMeier(time, event), [12, 24]).at[0].surv
 */
export function kmSummary(fit: KaplanMeierFit, times: readonly number[]): KmSummary {
  return {
    n: fit.n,
    events: fit.events,
    median: fit.median,
    medianLower: fit.medianLower,
    medianUpper: fit.medianUpper,
    steps: fit.steps,
    at: survivalAt(fit, times).map(({ time, surv, lower, upper }) => ({
      time,
      surv,
      lower,
      upper,
    })),
  };
}
