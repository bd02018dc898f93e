import { scaleLinear } from 'd3-scale';
import type { TextMark } from './km-figure';
import { BOLD_TITLE } from './chart-look';
import { cumincLook } from './cuminc-options';
import type { FigureOptions } from './figure-options';
import { wrapText } from './text-width';
import type { Rect } from './types';
import { truncateLabel } from './truncate-label';

export interface CumincFigureInput {
  width: number;
  title: string;
  /** Per group: its label, n, and each cause's step-function corners (cmprsk::cuminc's time, est). */
  groups: readonly {
    label: string;
    n: number;
    causes: readonly { cause: number; time: readonly number[]; est: readonly number[] }[];
  }[];
  /** Plain-language name of each cause, in the order of the line styles (solid, dashed). */
  causes: readonly { cause: number; label: string }[];
  xLabel: string;
  yLabel: string;
  simulated: boolean;
  plotHeight?: number;
  /** The Figure panel's choices (cuminc-options.ts); default: the usual figure. */
  options?: FigureOptions;
}

export interface CumincLine {
  key: string;
  d: string;
  color: string;
  dash: string;
}

export interface CumincLegendItem {
  /** A short line drawn before the text (colour of the group, or the cause's line style in grey). */
  color: string;
  dash: string;
  text: string;
  x: number;
  y: number;
}

export interface CumincFigureLayout {
  width: number;
  height: number;
  fontSize: number;
  title: TextMark[];
  yLabel: TextMark[];
  plot: Rect;
  xTicks: { x: number; label: TextMark }[];
  yTicks: { y: number; label: TextMark }[];
  xLabel: TextMark;
  lines: CumincLine[];
  legend: CumincLegendItem[];
  simulatedMark: TextMark | null;
  /** Title size (px). */
  titleSize: number;
  /** The plot area the curves are clipped to when a chosen axis end cuts them; else null. */
  clip: Rect | null;
}

/** Line style of each cause, by its position: the event of interest solid, the competing one dashed. */
export const CAUSE_DASHES = ['', '6 4', '2 3'] as const;

/**
 * Cumulative incidence curves (Aalen–Johansen) of each cause in each group, laid out for one
 * width as one self-contained SVG: one colour per group, one line style per cause (the event of
 * interest solid, the competing event dashed), the percentage axis up to the next 10 % (or 25 %)
 * above the highest curve, the months axis, a legend of groups (with n) and of line styles, and
 * the simulated mark. Steps are drawn through cuminc's corners, so they are exact.
 * @example cumincFigure({ width: 390, title: 'T', groups, causes, xLabel: 'Months', yLabel: 'Cumulative incidence', simulated: true }).lines.length
 */
export function cumincFigure(input: CumincFigureInput): CumincFigureLayout {
  const width = Math.max(260, Math.floor(input.width));
  const narrow = width < 520;
  const lastTime = Math.max(1, ...input.groups.flatMap((g) => g.causes.flatMap((c) => c.time)));
  const look = cumincLook({ ...input, lastTime, maxTicks: narrow ? 5 : 7 }, input.options);
  let y0 = 16;
  const title = wrapText(look.title, (width - 8) / BOLD_TITLE, look.titleSize).map(
    (text, i): TextMark => {
      return { text, x: 0, y: y0 + i * 20, anchor: 'start' };
    },
  );
  y0 = title[title.length - 1].y + 22;
  const yLabel = wrapText(look.yLabel, width - 8, look.fontSize - 1).map((text, i): TextMark => {
    return { text, x: 0, y: y0 + i * 14, anchor: 'start' };
  });
  const top = yLabel[yLabel.length - 1].y + 14;
  const plotHeight = input.plotHeight ?? (narrow ? 170 : 220);
  const bottom = top + plotHeight;
  const highest = Math.max(0, ...input.groups.flatMap((g) => g.causes.flatMap((c) => c.est)));
  const step = highest <= 0.5 ? 0.1 : 0.25;
  const max = Math.min(1, Math.max(step, Math.ceil(highest / step - 1e-9) * step));
  const left = 44;
  const plot: Rect = {
    x: left,
    y: top,
    width: Math.max(60, width - left - 16),
    height: plotHeight,
  };
  const ticks = look.axis.ticks;
  const x = scaleLinear()
    .domain([0, look.axis.max])
    .range([plot.x, plot.x + plot.width]);
  const y = scaleLinear().domain([0, max]).range([bottom, top]);
  const round = (v: number) => Math.round(v * 100) / 100;
  const position = new Map(input.causes.map((c, i) => [c.cause, i]));
  const lines = input.groups.flatMap((g, k) =>
    g.causes.map((c) => ({
      key: `${k}-${c.cause}`,
      d: c.time
        .map((t, i) => `${i === 0 ? 'M' : 'L'}${round(x(t))},${round(y(c.est[i]))}`)
        .join(''),
      color: look.colors[k],
      dash: CAUSE_DASHES[(position.get(c.cause) ?? 0) % CAUSE_DASHES.length],
    })),
  );
  const xTicks = ticks.map((t, i) => ({
    x: x(t),
    label: { text: look.axis.labels[i], x: x(t), y: bottom + 18, anchor: 'middle' as const },
  }));
  const xLabel: TextMark = {
    text: look.xLabel,
    x: plot.x + plot.width / 2,
    y: bottom + 34,
    anchor: 'middle',
  };
  const legend: CumincLegendItem[] = [];
  let ly = bottom + 58;
  for (const [k, g] of input.groups.entries()) {
    legend.push({
      color: look.colors[k],
      dash: '',
      text: `${truncateLabel(look.labels[k])} (n = ${g.n})`,
      x: 0,
      y: ly,
    });
    ly += 18;
  }
  for (const [i, c] of input.causes.entries()) {
    legend.push({
      color: '#333',
      dash: CAUSE_DASHES[i % CAUSE_DASHES.length],
      text: c.label,
      x: 0,
      y: ly,
    });
    ly += 18;
  }
  let height = ly;
  const simulatedMark: TextMark | null = input.simulated
    ? { text: "Simulated data — not the study's patients", x: width, y: height + 6, anchor: 'end' }
    : null;
  if (simulatedMark) height += 14;
  return {
    width,
    height,
    fontSize: look.fontSize,
    titleSize: look.titleSize,
    clip: look.axis.max < lastTime ? plot : null,
    title,
    yLabel,
    plot,
    xTicks,
    yTicks: Array.from({ length: Math.round(max / step) + 1 }, (_, i) => i * step).map((v) => ({
      y: y(v),
      label: { text: `${Math.round(v * 100)}%`, x: left - 6, y: y(v) + 4, anchor: 'end' as const },
    })),
    xLabel,
    lines,
    legend,
    simulatedMark,
  };
}
