import type { KmStep } from './kaplan-meier';

const TOLERANCE = Math.sqrt(2.220446049250313e-16);

/**
 * The first time `y` (a survival curve or one of its limits) is at or below 0.5; when it sits at
 * exactly 0.5 and later drops below, the midpoint of that flat stretch. This is `minmin()` inside
 * R's `survival:::survmean`, the rule behind `print(survfit)`, `summary(fit)$table` and
 * survminer's `surv_median()`. It differs from `quantile.survfit` only when a curve stays at
 * exactly 0.5 to its last (censored) time: then print gives the time 0.5 was reached, quantile
 * the midpoint to the last time.
 */
function firstAtHalf(steps: readonly KmStep[], y: (s: KmStep) => number | null): number | null {
  let first = -1;
  for (let i = 0; i < steps.length; i++) {
    const v = y(steps[i]);
    if (v === null || Number.isNaN(v) || !(v < 0.5 + TOLERANCE)) continue;
    if (first < 0) {
      first = i;
      if (Math.abs(v - 0.5) >= TOLERANCE) return steps[i].time;
      continue;
    }
    const v0 = y(steps[first]) as number;
    if (v < v0) return (steps[first].time + steps[i].time) / 2;
  }
  return first < 0 ? null : steps[first].time;
}

/**
 * Median survival and its confidence limits as R prints them (`print(survfit)`; see
 * firstAtHalf). Null where the curve (or limit) never reaches 0.5: "not reached".
 * @example kmPrintMedian(kaplanMeier(time, event).steps) // { median: 23.1, lower: 12.8, upper: null }
 */
export function kmPrintMedian(steps: readonly KmStep[]): {
  median: number | null;
  lower: number | null;
  upper: number | null;
} {
  return {
    median: firstAtHalf(steps, (s) => s.surv),
    lower: firstAtHalf(steps, (s) => s.lower),
    upper: firstAtHalf(steps, (s) => s.upper),
  };
}
