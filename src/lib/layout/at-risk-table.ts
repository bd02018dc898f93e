import { cumulativeEventsAt, nRiskAt } from './step-lookup';
import type { KmCurveInput, KmScales } from './types';

export interface AtRiskCell {
  time: number;
  /** Centre of the cell, aligned with the chart's time axis. */
  x: number;
  nRisk: number;
  /** Events at times ≤ time. */
  cumEvents: number;
}

export interface AtRiskRow {
  label: string;
  cells: AtRiskCell[];
}

/**
 * The number-at-risk table under a Kaplan–Meier chart, one row per curve and one cell per time
 * tick. The number at risk at t counts patients with follow-up ≥ t, as R's
 * `summary(survfit, times = t)$n.risk` and survminer's `risk.table` do; cumulative events count
 * events at times ≤ t (`cumsum(n.event)` of the same summary).
 *
 * @example
 * atRiskRows([fit], [0, 12, 24], scales); // [{ label: 'All', cells: [{ time: 0, x: 52, nRisk: 56, cumEvents: 0 }, …] }]
 */
export function atRiskRows(
  curves: readonly Pick<KmCurveInput, 'label' | 'n' | 'steps'>[],
  tickTimes: readonly number[],
  scales: Pick<KmScales, 'x'>,
): AtRiskRow[] {
  return curves.map((c) => ({
    label: c.label,
    cells: tickTimes.map((time) => ({
      time,
      x: scales.x(time),
      nRisk: nRiskAt(c, time),
      cumEvents: cumulativeEventsAt(c, time),
    })),
  }));
}
