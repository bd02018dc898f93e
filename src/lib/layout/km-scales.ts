import { scaleLinear } from 'd3-scale';
import { timeTicks, type TimeTickOptions } from './time-ticks';
import type { KmScales, Margin } from './types';

export interface KmScalesOptions {
  width: number;
  height: number;
  margin?: Partial<Margin>;
  /** Largest time to show (months), usually the largest step time over all curves. */
  maxTime: number;
  ticks?: TimeTickOptions;
  /** Chosen time ticks (months) and axis end, replacing `timeTicks(maxTime)` (see axis-options.ts). */
  xAxis?: { ticks: number[]; max: number };
  /** Chosen lower end of the survival axis and its ticks (default 0 and quarters). */
  yAxis?: { min: number; ticks: number[] };
}

export const DEFAULT_KM_MARGIN: Margin = { top: 12, right: 16, bottom: 40, left: 52 };

const SURVIVAL_TICKS = [0, 0.25, 0.5, 0.75, 1];

/**
 * Scales of a Kaplan–Meier chart. x maps months [0, last time tick] onto the plot area; y maps
 * survival probability [0, 1] bottom-to-top (shown as 0–100 %). The plot area is the size minus
 * the margins, never negative.
 *
 * @example
 * const { x, y, plot } = kmScales({ width: 640, height: 360, maxTime: 70 });
 * x(72) === plot.x + plot.width; y(1) === plot.y;
 */
export function kmScales(options: KmScalesOptions): KmScales {
  const m = { ...DEFAULT_KM_MARGIN, ...options.margin };
  const plot = {
    x: m.left,
    y: m.top,
    width: Math.max(0, options.width - m.left - m.right),
    height: Math.max(0, options.height - m.top - m.bottom),
  };
  const xTicks = options.xAxis
    ? [...options.xAxis.ticks]
    : timeTicks(options.maxTime, options.ticks);
  const x = scaleLinear()
    .domain([0, options.xAxis?.max ?? xTicks[xTicks.length - 1]])
    .range([plot.x, plot.x + plot.width]);
  const y = scaleLinear()
    .domain([options.yAxis?.min ?? 0, 1])
    .range([plot.y + plot.height, plot.y]);
  return {
    x,
    y,
    plot,
    xTicks,
    yTicks: options.yAxis ? [...options.yAxis.ticks] : [...SURVIVAL_TICKS],
  };
}

/** Largest step time over all curves (0 when there are none), the usual `maxTime`. */
export function maxCurveTime(curves: readonly { steps: readonly { time: number }[] }[]): number {
  let max = 0;
  for (const c of curves) {
    const last = c.steps[c.steps.length - 1];
    if (last && last.time > max) max = last.time;
  }
  return max;
}
