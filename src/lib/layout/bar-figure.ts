import { scaleLinear } from 'd3-scale';
import type { TextMark } from './km-figure';
import { GROUP_COLORS } from './palette';
import { BOLD_TITLE, chartLook } from './chart-look';
import type { FigureOptions } from './figure-options';
import { textWidth, wrapText } from './text-width';
import type { Rect, Segment } from './types';

/** One bar: a count out of a total, its proportion and exact CI. */
export interface BarInput {
  label: string;
  n: number;
  total: number;
  proportion: number | null;
  lower: number | null;
  upper: number | null;
}

export interface BarFigureInput {
  width: number;
  title: string;
  bars: readonly BarInput[];
  simulated: boolean;
  plotHeight?: number;
  /** The Figure panel's choices (chart-look.ts: colour, font, title); default: the usual figure. */
  options?: FigureOptions;
}

export interface BarLayout {
  rect: Rect;
  /** The 95 % CI: the vertical line and its two caps. */
  whisker: Segment[];
  value: TextMark;
  label: TextMark[];
}

export interface BarFigureLayout {
  width: number;
  height: number;
  fontSize: number;
  color: string;
  title: TextMark[];
  unitLabel: TextMark;
  plot: Rect;
  yTicks: { y: number; label: TextMark }[];
  bars: BarLayout[];
  key: TextMark[];
  simulatedMark: TextMark | null;
  titleSize: number;
}

/**
 * A bar chart of proportions laid out for one width as one self-contained SVG (the CRS grade
 * distribution): one bar per category with "n (x%)" above it and the exact 95 % CI as a
 * whisker, the percentage axis up to the next 25 % above the highest limit, category labels
 * (wrapped), a key and the simulated mark.
 * @example barFigure({ width: 390, title: 'CRS grade', bars, simulated: true }).bars.length
 */
export function barFigure(input: BarFigureInput): BarFigureLayout {
  const width = Math.max(240, Math.floor(input.width));
  const narrow = width < 420;
  const look = chartLook(input.options, input.title, '', GROUP_COLORS[0]);
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
    text: '% of patients',
    x: 0,
    y: 16 + (title.length - 1) * 20 + 22,
    anchor: 'start',
  };
  const top = unitLabel.y + 22;
  const plotHeight = input.plotHeight ?? (narrow ? 170 : 220);
  const bottom = top + plotHeight;
  const highest = Math.max(
    0.25,
    ...input.bars.map((b) => Math.max(b.upper ?? 0, b.proportion ?? 0)),
  );
  const max = Math.min(1, Math.ceil(highest * 4 - 1e-9) / 4);
  const y = scaleLinear().domain([0, max]).range([bottom, top]);
  const tickValues = Array.from({ length: Math.round(max / 0.25) + 1 }, (_, i) => i * 0.25);
  const left = 44;
  const plot: Rect = { x: left, y: top, width: Math.max(60, width - left - 8), height: plotHeight };
  const band = plot.width / Math.max(1, input.bars.length);
  const barWidth = Math.min(band * 0.6, 64);
  const labelTop = bottom + 16;
  const bars = input.bars.map((b, i): BarLayout => {
    const center = plot.x + band * (i + 0.5);
    const p = b.proportion ?? 0;
    const whisker: Segment[] =
      b.lower !== null && b.upper !== null
        ? [
            { x1: center, x2: center, y1: y(b.lower), y2: y(b.upper) },
            { x1: center - 5, x2: center + 5, y1: y(b.lower), y2: y(b.lower) },
            { x1: center - 5, x2: center + 5, y1: y(b.upper), y2: y(b.upper) },
          ]
        : [];
    const text = `${b.n} (${Math.round(100 * p)}%)`;
    const half = textWidth(text, FONT) / 2;
    return {
      rect: { x: center - barWidth / 2, y: y(p), width: barWidth, height: bottom - y(p) },
      whisker,
      value: {
        text,
        x: Math.min(Math.max(center, half + 1), width - half - 1),
        y: Math.min(y(p), b.upper !== null ? y(b.upper) : y(p)) - 6,
        anchor: 'middle',
      },
      label: wrapText(b.label, Math.max(40, band - 4), FONT).map((t, l) => ({
        text: t,
        x: Math.min(
          Math.max(center, textWidth(t, FONT) / 2 + 1),
          width - textWidth(t, FONT) / 2 - 1,
        ),
        y: labelTop + l * 15,
        anchor: 'middle',
      })),
    };
  });
  const lines = Math.max(1, ...bars.map((b) => b.label.length));
  const total = input.bars[0]?.total ?? 0;
  const key = wrapText(
    `Bars: % of the ${total} patients with a CRS grade; whiskers: exact (Clopper–Pearson) 95% confidence interval.`,
    width - 4,
    11,
  ).map((text, i): TextMark => ({
    text,
    x: 0,
    y: labelTop + lines * 15 + 8 + i * 15,
    anchor: 'start',
  }));
  let height = key[key.length - 1].y + 8;
  const simulatedMark: TextMark | null = input.simulated
    ? { text: "Simulated data — not the study's patients", x: width, y: height + 14, anchor: 'end' }
    : null;
  if (simulatedMark) height += 20;
  return {
    width,
    height,
    fontSize: FONT,
    titleSize: TITLE_FONT,
    color: look.ink,
    title,
    unitLabel,
    plot,
    yTicks: tickValues.map((v) => ({
      y: y(v),
      label: { text: `${Math.round(v * 100)}%`, x: left - 6, y: y(v) + 4, anchor: 'end' },
    })),
    bars,
    key,
    simulatedMark,
  };
}
