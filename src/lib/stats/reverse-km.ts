import { kaplanMeier, type KmOptions } from './kaplan-meier';

/** Median follow-up with its confidence limits (null = not reached / NA). */
export interface MedianFollowUp {
  n: number;
  median: number | null;
  lower: number | null;
  upper: number | null;
}

/**
 * Median follow-up by the reverse Kaplan–Meier method: censoring is treated as the event
 * and events as censored, so the estimate is the median potential follow-up time.
 *
 * Reference: Schemper & Smith (1996) doi.org/10.1016/0197-2456(96)00075-x; matches the median
 * and its CI as R prints them, print(survfit(Surv(time, 1 - event) ~ 1)) (summary(fit)$table,
 * the rule of every median the explorer shows). quantile(fit, 0.5) differs only when the reverse
 * curve stays at exactly 0.5 to its last time (see km-print-median.ts).
 *
 * @example
 * medianFollowUp(Float64Array.of(2, 4, 6), Uint8Array.of(1, 0, 0)).median; // 5
 */
export function medianFollowUp(
  time: Float64Array,
  event: Uint8Array,
  options: Omit<KmOptions, 'entry'> = {},
): MedianFollowUp {
  const reversed = new Uint8Array(event.length);
  for (let i = 0; i < event.length; i++) reversed[i] = event[i] === 0 ? 1 : 0;
  const fit = kaplanMeier(time, reversed, options);
  return { n: fit.n, median: fit.median, lower: fit.medianLower, upper: fit.medianUpper };
}
