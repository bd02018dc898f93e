import { maxOf, minOf } from '../stats/min-max';
import { scaleLinear, scaleLog } from 'd3-scale';
import type { FigureOptions } from './figure-options';
import type { TextMark } from './km-figure';
import { scatterLook } from './scatter-look';
import { textWidth, wrapText } from './text-width';

/** One axis's measure: its values per patient (null = missing) and which are censored. */
export interface ScatterAxisInput {
  label: string;
  unit: string | null;
  values: readonly (number | null)[];
  censored: readonly boolean[];
}

export interface ScatterFigureInput {
  /** Width available, in pixels; the figure never draws wider. */
  width: number;
  title: string;
  x: ScatterAxisInput;
  y: ScatterAxisInput;
  /** The rank correlation, stated under the title ("Spearman ρ = 0.66, p < 0.001, n = 56"). */
  statLabel: string;
  simulated: boolean;
  /** The Figure options as this chart takes them (palette, font); absent = defaults. */
  options?: Readonly<FigureOptions>;
}

export interface ScatterPoint {
  x: number;
  y: number;
  /** At least one of the two values is censored (drawn hollow). */
  censored: boolean;
  /** The values, for the point's tooltip. */
  xValue: number;
  yValue: number;
}

export interface ScatterTick {
  value: number;
  position: number;
  text: string;
}

export interface ScatterFigureLayout {
  width: number;
  height: number;
  fontSize: number;
  titleSize: number;
  /** Point colours: filled (both observed) and the hollow points' outline. */
  filled: string;
  hollow: string;
  /** Baseline of the x tick labels below the plot's bottom edge. */
  xTickDy: number;
  title: TextMark[];
  stat: TextMark[];
  legend: { x: number; y: number; censored: boolean; text: string }[];
  plot: { x: number; y: number; width: number; height: number };
  xTicks: ScatterTick[];
  yTicks: ScatterTick[];
  xTitle: TextMark[];
  yTitle: TextMark[];
  points: ScatterPoint[];
  simulatedMark: TextMark | null;
}

/**
 * A scatter plot of two measures for one width, as one self-contained SVG: title, the rank
 * correlation, a legend (filled: both values observed; hollow: at least one censored), axes —
 * logarithmic for a measure that is positive and spans two orders of magnitude or more, such as
 * transgene copies — and the simulated mark. Patients missing either value are not drawn.
 * @example scatterFigure({ width: 390, title: 'PFS by persistence', x, y, statLabel: 'ρ = 0.66', simulated: true }).points.length
 */
export function scatterFigure(input: ScatterFigureInput): ScatterFigureLayout {
  const width = Math.max(260, Math.floor(input.width));
  const narrow = width < 520;
  const look = scatterLook(input.options);
  // Sizes and line steps grow with the font (12 px: today's figure).
  const FONT = look.fontSize;
  const grow = FONT - 12;
  const title = wrapText(input.title, (width - 8) / 1.12, look.titleSize).map(
    (text, i): TextMark => {
      return { text, x: 0, y: 16 + grow + i * (20 + grow), anchor: 'start' };
    },
  );
  let y = title.at(-1)!.y + 18 + grow;
  const stat = wrapText(input.statLabel, width - 8, FONT).map((text, i): TextMark => {
    return { text, x: 0, y: y + i * (16 + grow), anchor: 'start' };
  });
  y = stat.at(-1)!.y + 18 + grow;

  const pairs: { x: number; y: number; censored: boolean }[] = [];
  input.x.values.forEach((xv, i) => {
    const yv = input.y.values[i];
    if (xv === null || yv === null || !Number.isFinite(xv) || !Number.isFinite(yv)) return;
    pairs.push({ x: xv, y: yv, censored: input.x.censored[i] || input.y.censored[i] });
  });
  const legend: ScatterFigureLayout['legend'] = [];
  const items = [
    { censored: false, text: 'both values observed' },
    ...(pairs.some((p) => p.censored)
      ? [{ censored: true, text: 'at least one value censored' }]
      : []),
  ];
  let lx = 0;
  for (const item of items) {
    const w = 14 + textWidth(item.text, FONT) + 16;
    if (lx > 0 && lx + w > width) {
      lx = 0;
      y += 16 + grow;
    }
    legend.push({ ...item, x: lx, y });
    lx += w;
  }
  y += 14 + grow;

  const xAxis = axisOf(
    input.x,
    pairs.map((p) => p.x),
  );
  const yAxis = axisOf(
    input.y,
    pairs.map((p) => p.y),
  );
  const yTickWidth = Math.max(0, ...yAxis.ticks.map((t) => textWidth(t, FONT)));
  const yTitleLines = wrapText(yAxis.title, 0.6 * width, FONT);
  const left = Math.ceil(yTickWidth) + 10;
  const plotTop = y + yTitleLines.length * (15 + grow) + 4;
  const yTitle = yTitleLines.map((text, i): TextMark => {
    return { text, x: 0, y: y + i * (15 + grow) + 10 + grow, anchor: 'start' };
  });
  const plotHeight = narrow ? 240 : Math.min(360, Math.round(width * 0.55));
  // The last x tick is centred on the plot's right edge: leave room for half its label.
  const right = Math.max(
    12,
    Math.ceil(Math.max(...xAxis.ticks.map((t) => textWidth(t, FONT))) / 2) + 4,
  );
  const plot = { x: left, y: plotTop, width: width - left - right, height: plotHeight };
  const sx = xAxis.scale.range([plot.x, plot.x + plot.width]);
  const sy = yAxis.scale.range([plot.y + plot.height, plot.y]);
  const xTicks = xAxis.scale.ticks(narrow ? 4 : 7);
  const tickText = (v: number) => formatTick(v);
  const xTickMarks = (xAxis.log ? xAxis.logTicks : xTicks).map((value) => ({
    value,
    position: sx(value),
    text: tickText(value),
  }));
  const yTickMarks = (yAxis.log ? yAxis.logTicks : yAxis.scale.ticks(narrow ? 5 : 6)).map(
    (value) => ({ value, position: sy(value), text: tickText(value) }),
  );
  const xTickDy = 16 + grow;
  const xTitleY = plot.y + plot.height + 36 + 2 * grow;
  const xTitle = wrapText(xAxis.title, width - 4, FONT).map((text, i): TextMark => {
    // Centred under the plot, but kept inside the figure.
    const half = textWidth(text, FONT) / 2;
    const x = Math.min(Math.max(plot.x + plot.width / 2, half + 1), width - half - 1);
    return { text, x, y: xTitleY + i * (15 + grow), anchor: 'middle' };
  });
  let height = xTitle.at(-1)!.y + 10;
  const simulatedMark: TextMark | null = input.simulated
    ? { text: "Simulated data — not the study's patients", x: width, y: height + 14, anchor: 'end' }
    : null;
  if (simulatedMark) height += 20;
  return {
    width,
    height,
    fontSize: FONT,
    titleSize: look.titleSize,
    filled: look.filled,
    hollow: look.hollow,
    xTickDy,
    title,
    stat,
    legend,
    plot,
    xTicks: xTickMarks,
    yTicks: yTickMarks,
    xTitle,
    yTitle,
    points: pairs.map((p) => ({
      x: sx(p.x),
      y: sy(p.y),
      censored: p.censored,
      xValue: p.x,
      yValue: p.y,
    })),
    simulatedMark,
  };
}

interface Axis {
  scale: ReturnType<typeof scaleLinear<number>>;
  log: boolean;
  logTicks: number[];
  ticks: string[];
  title: string;
}

function axisOf(a: ScatterAxisInput, values: number[]): Axis {
  const min = minOf(values);
  const max = maxOf(values);
  // Decided on every value of the measure, so a measure keeps its axis in every pair.
  const all = a.values.filter((v): v is number => v !== null && Number.isFinite(v));
  const log = values.length > 0 && minOf(all) > 0 && maxOf(all) / minOf(all) >= 100;
  const title = `${a.label}${a.unit ? ` (${a.unit}${log ? ', log scale' : ''})` : log ? ' (log scale)' : ''}`;
  if (log) {
    const lo = Math.floor(Math.log10(min));
    const hi = Math.ceil(Math.log10(max));
    const logTicks = Array.from({ length: hi - lo + 1 }, (_, i) => 10 ** (lo + i));
    const scale = scaleLog().domain([10 ** lo, 10 ** hi]) as unknown as Axis['scale'];
    return { scale, log, logTicks, ticks: logTicks.map(formatTick), title };
  }
  const scale = scaleLinear()
    .domain(values.length ? [Math.min(0, min), max > min ? max : min + 1] : [0, 1])
    .nice();
  return { scale, log, logTicks: [], ticks: scale.ticks(6).map(formatTick), title };
}

/** A tick label: 1000 → "1k", 1e6 → "1M", 2.5 → "2.5". */
export function formatTick(v: number): string {
  const a = Math.abs(v);
  if (a >= 1e6) return `${+(v / 1e6).toPrecision(3)}M`;
  if (a >= 1e3) return `${+(v / 1e3).toPrecision(3)}k`;
  return `${+v.toPrecision(3)}`;
}
