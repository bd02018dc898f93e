import { bisector } from 'd3-array';
import type { KmCurveInput, KmStepInput } from './types';

const byTime = bisector<KmStepInput, number>((s) => s.time);

/** Index of the last step with time ≤ t (the step whose value holds at t), or -1 before the first. */
export function stepIndexAt(steps: readonly KmStepInput[], t: number): number {
  return byTime.right(steps, t) - 1;
}

/**
 * Number at risk at time t as R's `summary(survfit, times = t)` reports it: those with follow-up
 * ≥ t, i.e. nRisk of the first step at or after t, or those left after the last step.
 */
export function nRiskAt(curve: Pick<KmCurveInput, 'n' | 'steps'>, t: number): number {
  const { steps } = curve;
  const i = byTime.left(steps, t);
  if (i < steps.length) return steps[i].nRisk;
  const last = steps[steps.length - 1];
  return last ? last.nRisk - last.nEvent - last.nCensor : curve.n;
}

/** Events at times ≤ t. */
export function cumulativeEventsAt(curve: Pick<KmCurveInput, 'steps'>, t: number): number {
  let total = 0;
  for (const s of curve.steps) {
    if (s.time > t) break;
    total += s.nEvent;
  }
  return total;
}
