import { groupStyle } from './palette';
import { stepIndexAt } from './step-lookup';
import type { KmCurveInput, KmScales } from './types';

/** A patient to point out on a Kaplan–Meier chart: their curve, time and whether it was an event. */
export interface KmHighlight {
  /** Index of the patient's curve (group) in the chart. */
  curve: number;
  time: number;
  event: boolean;
  /** Who it is (the patient id), drawn beside the marker when few are highlighted. */
  label: string;
}

export interface KmHighlightMark {
  x: number;
  y: number;
  event: boolean;
  color: string;
  /** The label beside the marker, kept inside the plot; null when too many are highlighted. */
  text: { text: string; x: number; y: number; anchor: 'start' | 'end' } | null;
}

/** Above this many highlighted patients, markers carry no labels (they would overlap). */
export const MAX_LABELLED = 3;

/**
 * Where highlighted patients sit on their group's Kaplan–Meier curve: an event on the vertical
 * drop at its time (half-way down the step), a censoring on the curve after its time (where the +
 * is drawn). A patient whose curve is not in the chart, or whose time lies beyond it, is skipped.
 * @example kmHighlightMarks(curves, scales, [{ curve: 0, time: 9, event: true, label: 'P01' }])[0].event // true
 */
export function kmHighlightMarks(
  curves: readonly Pick<KmCurveInput, 'steps'>[],
  scales: Pick<KmScales, 'x' | 'y' | 'plot'>,
  highlights: readonly KmHighlight[],
): KmHighlightMark[] {
  const labelled = highlights.length <= MAX_LABELLED;
  const out: KmHighlightMark[] = [];
  for (const h of highlights) {
    const steps = curves[h.curve]?.steps;
    if (!steps || steps.length === 0 || h.time > steps[steps.length - 1].time) continue;
    const i = stepIndexAt(steps, h.time);
    const after = i < 0 ? 1 : steps[i].surv;
    const before = i < 1 ? 1 : steps[i - 1].surv;
    const atStep = i >= 0 && steps[i].time === h.time;
    const surv = h.event && atStep ? (before + after) / 2 : after;
    const x = scales.x(h.time);
    const y = scales.y(surv);
    const right = x < scales.plot.x + scales.plot.width / 2;
    out.push({
      x,
      y,
      event: h.event,
      color: groupStyle(h.curve).color,
      text: labelled
        ? {
            text: h.label,
            x: right ? x + 9 : x - 9,
            y: Math.max(scales.plot.y + 10, y - 8 - out.length * 14),
            anchor: right ? 'start' : 'end',
          }
        : null,
    });
  }
  return out;
}
