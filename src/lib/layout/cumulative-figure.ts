import { scaleLinear } from 'd3-scale';
import { area, curveStepAfter, line } from 'd3-shape';
import type { TextMark } from './km-figure';
import { GROUP_COLORS } from './palette';
import { nRiskAt } from './step-lookup';
import { textWidth, wrapText } from './text-width';
import { timeAxis } from './axis-options';
import { BOLD_TITLE, chartLook } from './chart-look';
import { DEFAULT_FIGURE, type FigureOptions } from './figure-options';
import type { KmStepInput, Rect } from './types';

export interface CumulativeFigureInput {
  width: number;
  title: string;
  /** Kaplan–Meier steps of the time to the event (S, not 1 − S). */
  steps: readonly KmStepInput[];
  n: number;
  xLabel: string;
  simulated: boolean;
  plotHeight?: number;
  /** The Figure panel's choices (chart-look.ts, axis-options.ts); default: the usual figure. */
  options?: FigureOptions;
}

export interface CumulativeFigureLayout {
  width: number;
  height: number;
  fontSize: number;
  color: string;
  title: TextMark[];
  unitLabel: TextMark;
  plot: Rect;
  xTicks: { x: number; label: TextMark }[];
  yTicks: { y: number; label: TextMark }[];
  xLabel: TextMark;
  /** The step curve of 1 − S and its 95 % CI band. */
  curve: string;
  band: string;
  atRiskHeader: TextMark;
  atRisk: TextMark[];
  simulatedMark: TextMark | null;
  titleSize: number;
  /** The plot area the curve is clipped to when a chosen axis end cuts it; else null. */
  clip: Rect | null;
}

/**
 * A cumulative-proportion chart (1 − Kaplan–Meier, rising from 0) laid out for one width as one
 * self-contained SVG: the step curve with its 95 % CI band (1 − upper to 1 − lower), the
 * percentage axis up to the next 25 % above the highest limit, the months axis, the number at
 * risk under it, and the simulated mark. For the cumulative proportion of patients ADA-positive.
 * @example cumulativeFigure({ width: 390, title: 'ADA', steps: fit.steps, n: 56, xLabel: 'Months', simulated: true }).curve
 */
export function cumulativeFigure(input: CumulativeFigureInput): CumulativeFigureLayout {
  const width = Math.max(260, Math.floor(input.width));
  const narrow = width < 520;
  const look = chartLook(input.options, input.title, input.xLabel, GROUP_COLORS[1]);
  const FONT = look.fontSize;
  const TITLE_FONT = look.titleSize;
  const title = wrapText(look.title, (width - 8) / BOLD_TITLE, TITLE_FONT).map(
    (text, i): TextMark => ({
      text,
      x: 0,
      y: 16 + i * 20,
      anchor: 'start',
    }),
  );
  const unitLabel: TextMark = {
    text: 'Cumulative % of patients',
    x: 0,
    y: 16 + (title.length - 1) * 20 + 22,
    anchor: 'start',
  };
  const top = unitLabel.y + 14;
  const plotHeight = input.plotHeight ?? (narrow ? 170 : 220);
  const bottom = top + plotHeight;
  const rise = (v: number | null) => (v === null ? null : 1 - v);
  const highest = Math.max(
    0.25,
    ...input.steps.map((s) => Math.max(rise(s.lower) ?? 0, 1 - s.surv)),
  );
  const max = Math.min(1, Math.ceil(highest * 4 - 1e-9) / 4);
  const left = 44;
  const plot: Rect = {
    x: left,
    y: top,
    width: Math.max(60, width - left - 16),
    height: plotHeight,
  };
  const lastTime = input.steps[input.steps.length - 1]?.time ?? 1;
  const axis = timeAxis(lastTime, input.options ?? DEFAULT_FIGURE, narrow ? 5 : 7);
  const ticks = axis.ticks;
  const x = scaleLinear()
    .domain([0, axis.max])
    .range([plot.x, plot.x + plot.width]);
  const y = scaleLinear().domain([0, max]).range([bottom, top]);

  const points = [
    { time: 0, value: 0, lo: 0, hi: 0 },
    ...input.steps.map((s) => ({
      time: s.time,
      value: 1 - s.surv,
      lo: rise(s.upper) ?? 1 - s.surv,
      hi: rise(s.lower) ?? max,
    })),
  ];
  const curve =
    line<(typeof points)[number]>()
      .x((p) => x(p.time))
      .y((p) => y(p.value))
      .curve(curveStepAfter)
      .digits(2)(points) ?? '';
  const band =
    area<(typeof points)[number]>()
      .x((p) => x(p.time))
      .y0((p) => y(p.lo))
      .y1((p) => y(Math.min(p.hi, max)))
      .curve(curveStepAfter)
      .digits(2)(points) ?? '';
  const xTicks = ticks.map((t, i) => ({
    x: x(t),
    label: { text: axis.labels[i], x: x(t), y: bottom + 18, anchor: 'middle' as const },
  }));
  const xLabel: TextMark = {
    text: look.xLabel,
    x: plot.x + plot.width / 2,
    y: bottom + 34,
    anchor: 'middle',
  };
  const atRiskHeader: TextMark = { text: 'Number at risk', x: 0, y: bottom + 56, anchor: 'start' };
  const curveInput = { steps: input.steps, n: input.n };
  const atRisk = ticks.map((t): TextMark => {
    const text = String(nRiskAt(curveInput, t));
    const half = textWidth(text, FONT) / 2;
    return {
      text,
      x: Math.min(Math.max(x(t), half + 1), width - half - 1),
      y: bottom + 74,
      anchor: 'middle',
    };
  });
  let height = bottom + 82;
  const simulatedMark: TextMark | null = input.simulated
    ? { text: "Simulated data — not the study's patients", x: width, y: height + 14, anchor: 'end' }
    : null;
  if (simulatedMark) height += 20;
  return {
    width,
    height,
    fontSize: FONT,
    titleSize: TITLE_FONT,
    clip: axis.max < lastTime - 1e-9 ? plot : null,
    color: look.ink,
    title,
    unitLabel,
    plot,
    xTicks,
    yTicks: Array.from({ length: Math.round(max / 0.25) + 1 }, (_, i) => i * 0.25).map((v) => ({
      y: y(v),
      label: { text: `${Math.round(v * 100)}%`, x: left - 6, y: y(v) + 4, anchor: 'end' as const },
    })),
    xLabel,
    curve,
    band,
    atRiskHeader,
    atRisk,
    simulatedMark,
  };
}
