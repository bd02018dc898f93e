import type { KaplanMeierFit } from './kaplan-meier';

/** Survival read off a Kaplan–Meier curve at a chosen time (a landmark). */
export interface SurvivalAtTime {
  time: number;
  surv: number;
  lower: number | null;
  upper: number | null;
  /** Number at risk at the first curve time ≥ `time` (0 beyond the last time), as R reports it. */
  nRisk: number;
}

/**
 * Survival with its confidence limits at given times: the curve's value at the last step
 * ≤ t; before the first step S = 1 with limits 1. Times beyond the last step keep the last
 * value (extend = TRUE). Non-finite times are dropped and the result is sorted by time.
 *
 * Reference: R's summary(survfit(...), times = times, extend = TRUE), which adds the
 * starting row of survfit0() (time min(0, first time), S = 1).
 *
 * @example
 * survivalAt(kaplanMeier(Float64Array.of(1, 2, 3), Uint8Array.of(1, 1, 1)), [2.5]);
 * // [{ time: 2.5, surv: 1 / 3, lower: …, upper: …, nRisk: 1 }]
 */
export function survivalAt(fit: KaplanMeierFit, times: readonly number[]): SurvivalAtTime[] {
  const steps = fit.steps;
  const m = steps.length;
  const start = m > 0 ? Math.min(0, steps[0].time) : 0;
  const hasStartRow = m > 0 && steps[0].time === start;
  return times
    .filter((t) => Number.isFinite(t))
    .sort((a, b) => a - b)
    .map((t) => {
      // last step with time <= t, and first step with time >= t
      let lo = 0;
      let hi = m;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (steps[mid].time <= t) lo = mid + 1;
        else hi = mid;
      }
      const at = lo - 1;
      const next = at >= 0 && steps[at].time === t ? at : at + 1;
      const nRisk = next < m ? steps[next].nRisk : 0;
      const row = at >= 0 ? steps[at] : hasStartRow ? steps[0] : null;
      if (row === null) return { time: t, surv: 1, lower: 1, upper: 1, nRisk };
      return { time: t, surv: row.surv, lower: row.lower, upper: row.upper, nRisk };
    });
}
