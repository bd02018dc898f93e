import type { KmCurveInput, KmStepInput } from './types';

/**
 * Merges the steps of a curve that fall within the same `minPx`-wide pixel column, for drawing
 * only: each merged step keeps the time, survival and limits of its last step (so the drawn
 * curve is unchanged at pixel resolution), the number at risk of its first step, and the summed
 * events and censorings. Number-at-risk tables and read-outs must use the full curve.
 *
 * @example
 * thinSteps(curve, (t) => t * 10, 1).steps.length; // ≤ one step per pixel
 */
export function thinSteps<C extends Pick<KmCurveInput, 'steps'>>(
  curve: C,
  x: (time: number) => number,
  minPx = 1,
): C {
  const steps = curve.steps;
  if (steps.length < 2) return curve;
  // One object per drawn step (not one per step merged: at 10^5 patients a curve has ~10^5
  // steps and a handful of hundreds of pixel columns).
  const out: KmStepInput[] = [];
  let first = 0;
  let events = steps[0].nEvent;
  let censored = steps[0].nCensor;
  let bucket = Math.floor(x(steps[0].time) / minPx);
  const close = (last: number) =>
    out.push({ ...steps[last], nRisk: steps[first].nRisk, nEvent: events, nCensor: censored });
  for (let i = 1; i < steps.length; i++) {
    const s = steps[i];
    const b = Math.floor(x(s.time) / minPx);
    if (b === bucket) {
      events += s.nEvent;
      censored += s.nCensor;
    } else {
      close(i - 1);
      first = i;
      events = s.nEvent;
      censored = s.nCensor;
      bucket = b;
    }
  }
  close(steps.length - 1);
  return out.length === steps.length ? curve : { ...curve, steps: out };
}
