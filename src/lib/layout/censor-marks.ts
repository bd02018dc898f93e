import type { KmCurveInput, KmScales } from './types';

export interface CensorMark {
  x: number;
  y: number;
  time: number;
  /** Patients censored at this time (one mark is drawn however many). */
  count: number;
}

/**
 * Positions of the '+' censoring ticks of a Kaplan–Meier curve: one per time with a censoring,
 * at the survival value at that time (after any event at the same time), as survminer's
 * `censor = TRUE` and R's `plot(survfit, mark.time = TRUE)` place them.
 *
 * @example
 * censorMarks(fit, scales); // [{ x: 120.4, y: 88.2, time: 7.1, count: 1 }, …]
 */
export function censorMarks(
  curve: Pick<KmCurveInput, 'steps'>,
  scales: Pick<KmScales, 'x' | 'y'>,
): CensorMark[] {
  return curve.steps
    .filter((s) => s.nCensor > 0)
    .map((s) => ({ x: scales.x(s.time), y: scales.y(s.surv), time: s.time, count: s.nCensor }));
}
