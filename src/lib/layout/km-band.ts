import { area, curveStepAfter } from 'd3-shape';
import type { KmCurveInput, KmScales } from './types';

/** A corner of the confidence band, in data units. */
export interface KmBandVertex {
  time: number;
  lower: number;
  upper: number;
}

/**
 * Runs of the confidence band where both limits are known. The band starts at (0, 1, 1); a step
 * with a null limit (e.g. survival 0 under a log-type interval, as R's survfit gives NA) breaks it.
 * A run holds its last value until the next step's time, because the curve is right-continuous.
 * Runs where the band has no width (upper = lower throughout) are dropped.
 */
export function kmBandRuns(curve: Pick<KmCurveInput, 'steps'>): KmBandVertex[][] {
  const runs: KmBandVertex[][] = [];
  let run: KmBandVertex[] = [{ time: 0, lower: 1, upper: 1 }];
  // Close a run at `end`: hold its last limits until then (right-continuous).
  const close = (end: number) => {
    const prev = run[run.length - 1];
    if (prev && prev.time < end) run.push({ time: end, lower: prev.lower, upper: prev.upper });
    if (run.length > 1 && run.some((v) => v.upper !== v.lower)) runs.push(run);
    run = [];
  };
  for (const s of curve.steps) {
    if (s.lower === null || s.upper === null) {
      close(s.time);
      continue;
    }
    const prev = run[run.length - 1];
    // Unchanged limits (censor-only steps) add no corner; close() restores the end time.
    if (!prev || prev.lower !== s.lower || prev.upper !== s.upper) {
      run.push({ time: s.time, lower: s.lower, upper: s.upper });
    }
  }
  const last = curve.steps[curve.steps.length - 1];
  if (last) close(last.time);
  return runs;
}

/**
 * SVG path `d` of a Kaplan–Meier confidence band: one closed polygon per run of known limits,
 * the upper limit drawn forward and the lower limit backward, both as right-continuous steps
 * (d3 `area` with `curveStepAfter`). Empty string when there is no band.
 *
 * @example
 * kmBandPath(fit, scales); // 'M52,12L90.5,12L90.5,30…Z'
 */
export function kmBandPath(curve: Pick<KmCurveInput, 'steps'>, scales: Pick<KmScales, 'x' | 'y'>) {
  const polygon = area<KmBandVertex>()
    .x((v) => scales.x(v.time))
    .y0((v) => scales.y(v.lower))
    .y1((v) => scales.y(v.upper))
    .curve(curveStepAfter)
    .digits(3);
  return kmBandRuns(curve)
    .map((run) => polygon(run) ?? '')
    .join('');
}
