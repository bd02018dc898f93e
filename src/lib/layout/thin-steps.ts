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
  const out: KmStepInput[] = [];
  let bucket = Math.floor(x(steps[0].time) / minPx);
  let acc: KmStepInput = { ...steps[0] };
  for (let i = 1; i < steps.length; i++) {
    const s = steps[i];
    const b = Math.floor(x(s.time) / minPx);
    if (b === bucket) {
      acc = {
        ...s,
        nRisk: acc.nRisk,
        nEvent: acc.nEvent + s.nEvent,
        nCensor: acc.nCensor + s.nCensor,
      };
    } else {
      out.push(acc);
      acc = { ...s };
      bucket = b;
    }
  }
  out.push(acc);
  return out.length === steps.length ? curve : { ...curve, steps: out };
}
