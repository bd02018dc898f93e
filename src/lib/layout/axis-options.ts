import type { FigureOptions } from './figure-options';
import { timeTicks } from './time-ticks';

/** A time axis: tick positions in months (the data's unit), their labels in the unit shown. */
export interface TimeAxis {
  /** Tick values in months, the first 0. */
  ticks: number[];
  /** Where the axis ends, in months (the last tick, or the chosen maximum). */
  max: number;
  labels: string[];
  /** The unit's word for the axis title and read-outs. */
  unit: 'months' | 'years';
}

/** A survival axis: its lower end, ticks (proportions) and their labels. */
export interface SurvivalAxis {
  min: number;
  ticks: number[];
  labels: string[];
}

const MONTHS_PER_YEAR = 12;
const YEAR_STEPS = [1, 2, 5, 10, 20];
/** More ticks than this and the chosen interval is ignored (the automatic one is used). */
export const MAX_TIME_TICKS = 25;

const trim = (x: number) => String(Number(x.toFixed(4)));

/**
 * The time axis for the data's largest time (months) and the figure options: with no choices it is
 * `timeTicks(maxTime, { maxTicks })` as before. A chosen maximum (`xMax`, in the unit shown) ends the
 * axis there; a chosen interval (`xBy`) spaces the ticks; in years the automatic interval is 1, 2, 5,
 * 10 or 20 years and the labels are years (0, 1, 2, …) while the ticks stay in months.
 * @example timeAxis(70, { ...DEFAULT_FIGURE, timeUnit: 'years' }, 7).labels // ['0','1',…,'6']
 */
export function timeAxis(
  maxTime: number,
  o: Pick<FigureOptions, 'xMax' | 'xBy' | 'timeUnit'>,
  maxTicks: number,
): TimeAxis {
  const per = o.timeUnit === 'years' ? MONTHS_PER_YEAR : 1;
  const label = (t: number) => trim(t / per);
  const fixedMax = o.xMax === null ? null : o.xMax * per;
  const dataMax = fixedMax ?? (Number.isFinite(maxTime) && maxTime > 0 ? maxTime : 0);
  let step = o.xBy === null ? null : o.xBy * per;
  if (step !== null && dataMax / step + 1 > MAX_TIME_TICKS) step = null;
  if (step === null && o.timeUnit === 'years' && dataMax > 0) {
    const n = Math.max(2, maxTicks);
    step =
      MONTHS_PER_YEAR *
      (YEAR_STEPS.find((s) => Math.ceil(dataMax / (s * MONTHS_PER_YEAR) - 1e-9) + 1 <= n) ?? 50);
  }
  let ticks: number[];
  if (step === null) {
    ticks = timeTicks(dataMax, { unit: 'months', maxTicks });
    if (fixedMax !== null) ticks = ticks.filter((t) => t <= fixedMax + 1e-9);
  } else {
    const n =
      fixedMax === null
        ? Math.max(1, Math.ceil(dataMax / step - 1e-9))
        : Math.floor(fixedMax / step + 1e-9);
    ticks = Array.from({ length: n + 1 }, (_, i) => i * step);
  }
  const max = fixedMax ?? ticks[ticks.length - 1];
  return { ticks, max, labels: ticks.map(label), unit: o.timeUnit };
}

/**
 * The survival axis from its lower end: quarters from 0 (today's axis), tenths above a higher
 * lower end (0.5 → 0.5, 0.6, …, 1); labelled as percentages or as probabilities.
 * @example survivalAxis({ yMin: 0.5, yScale: 'prob' }).labels // ['0.5','0.6','0.7','0.8','0.9','1']
 */
export function survivalAxis(o: Pick<FigureOptions, 'yMin' | 'yScale'>): SurvivalAxis {
  const min = Math.min(0.9, Math.max(0, o.yMin));
  const step = 1 - min > 0.5 ? 0.25 : 0.1;
  const first = Math.ceil(min / step - 1e-9);
  const ticks: number[] = [];
  for (let k = first; k * step <= 1 + 1e-9; k++) ticks.push(Number((k * step).toFixed(4)));
  if (ticks[0] > min + 1e-9) ticks.unshift(min);
  const labels = ticks.map((t) =>
    o.yScale === 'percent' ? `${Math.round(t * 100)}%` : t === 0 || t === 1 ? String(t) : trim(t),
  );
  return { min, ticks, labels };
}

/** The axis titles when the user has not typed their own: the unit follows the choice. */
export function axisTitles(
  xLabel: string,
  o: Pick<FigureOptions, 'timeUnit' | 'yScale' | 'xLabel' | 'yLabel'>,
): { x: string; y: string } {
  const inYears = /\bmonths\b/i.test(xLabel)
    ? xLabel.replace(/\bmonths\b/i, (m) => (m[0] === 'M' ? 'Years' : 'years'))
    : `${xLabel} (years)`;
  const x = o.xLabel ?? (o.timeUnit === 'years' ? inYears : xLabel);
  const y = o.yLabel ?? (o.yScale === 'percent' ? 'Probability (%)' : 'Probability');
  return { x, y };
}
