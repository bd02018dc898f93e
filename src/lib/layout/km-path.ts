import { curveStepAfter, line } from 'd3-shape';
import type { KmCurveInput, KmScales } from './types';

/** A corner of the survival step function, in data units. */
export interface KmVertex {
  time: number;
  surv: number;
}

/**
 * The vertices of a Kaplan–Meier step function: (0, 1), then one vertex wherever survival
 * changes, then the last step time (events or trailing censorings) so the curve runs to the end
 * of follow-up. Empty when the curve has no steps.
 */
export function kmVertices(curve: Pick<KmCurveInput, 'steps'>): KmVertex[] {
  const { steps } = curve;
  if (steps.length === 0) return [];
  const out: KmVertex[] = [{ time: 0, surv: 1 }];
  for (const s of steps) {
    if (s.surv !== out[out.length - 1].surv) out.push({ time: s.time, surv: s.surv });
  }
  const last = steps[steps.length - 1];
  if (out[out.length - 1].time !== last.time) out.push({ time: last.time, surv: last.surv });
  return out;
}

/**
 * SVG path `d` of a Kaplan–Meier curve: a right-continuous step function (d3 `curveStepAfter`),
 * horizontal until each event time then vertical, extended to the last time including trailing
 * censorings. Coordinates are rounded to 3 decimals. Empty string for a curve without steps.
 *
 * @example
 * kmStepPath(fit, scales); // 'M52,12L90.5,12L90.5,40.1…'
 */
export function kmStepPath(curve: Pick<KmCurveInput, 'steps'>, scales: Pick<KmScales, 'x' | 'y'>) {
  const vertices = kmVertices(curve);
  if (vertices.length === 0) return '';
  const path = line<KmVertex>()
    .x((v) => scales.x(v.time))
    .y((v) => scales.y(v.surv))
    .curve(curveStepAfter)
    .digits(3);
  return path(vertices) ?? '';
}
