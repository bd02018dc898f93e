import { nRiskAt, stepIndexAt } from './step-lookup';
import type { KmCurveInput, KmScales } from './types';

export interface KmReadout {
  label: string;
  time: number;
  /** Survival at `time`; null past the last step time, where the curve is not drawn. */
  surv: number | null;
  lower: number | null;
  upper: number | null;
  nRisk: number;
}

/**
 * What each curve shows at a time under the cursor: the right-continuous step value (the last
 * step at or before `time`; 1 with limits 1–1 before the first step, as R's
 * `summary(survfit, times)` reports) and the number at risk at that time.
 *
 * @example
 * readoutAt([fit], 12); // [{ label: 'All', time: 12, surv: 0.71, lower: 0.6, upper: 0.84, nRisk: 39 }]
 */
export function readoutAt(
  curves: readonly Pick<KmCurveInput, 'label' | 'n' | 'steps'>[],
  time: number,
): KmReadout[] {
  const t = Math.max(0, time);
  return curves.map((c) => {
    const nRisk = nRiskAt(c, t);
    const last = c.steps[c.steps.length - 1];
    if (!last || t > last.time) {
      return { label: c.label, time: t, surv: null, lower: null, upper: null, nRisk };
    }
    const i = stepIndexAt(c.steps, t);
    if (i < 0) return { label: c.label, time: t, surv: 1, lower: 1, upper: 1, nRisk };
    const s = c.steps[i];
    return { label: c.label, time: t, surv: s.surv, lower: s.lower, upper: s.upper, nRisk };
  });
}

/**
 * The time under a pointer at `pixelX`, clamped to the time axis. With `times` (e.g. the step
 * times of the shown curves), snaps to the nearest of them.
 *
 * @example
 * nearestTime(scales, 300); // 23.8
 */
export function nearestTime(
  scales: Pick<KmScales, 'x'>,
  pixelX: number,
  times?: readonly number[],
): number {
  const [d0, d1] = scales.x.domain();
  const t = Math.min(d1, Math.max(d0, scales.x.invert(pixelX)));
  if (!times || times.length === 0) return t;
  let best = times[0];
  for (const u of times) if (Math.abs(u - t) < Math.abs(best - t)) best = u;
  return best;
}
