import type { TextMark } from './km-figure';
import { bandColor, EVER_CR_COLOR } from './response-palette';
import { textWidth, wrapText } from './text-width';
import { timeTicks } from './time-ticks';
import type { Rect } from './types';
import { truncateLabel } from './truncate-label';

export interface ResponseFigureInput {
  /** Width available, in pixels; the figure never draws wider. */
  width: number;
  title: string;
  months: readonly number[];
  bands: readonly { id: string; label: string; title?: string }[];
  panels: readonly {
    label: string;
    n: number;
    counts: readonly (readonly number[])[];
    everCr: readonly number[];
  }[];
  simulated: boolean;
}

export interface ResponseLegendItem {
  label: string;
  /** The label in plain words (a tooltip). */
  title: string;
  x: number;
  y: number;
  color: string;
  /** A filled box (a band) or a dashed line (ever reached CR). */
  kind: 'box' | 'line';
}

export interface ResponseBar extends Rect {
  band: string;
  color: string;
  month: number;
}

export interface ResponsePanelLayout {
  title: TextMark[];
  plot: Rect;
  bars: ResponseBar[];
  /** SVG path of the "ever reached CR or better" line through the bar centres. */
  everCr: string;
  yTicks: TextMark[];
  xTicks: TextMark[];
  /** Rotated title of the proportion axis: its centre. */
  yLabel: TextMark;
}

export interface ResponseFigureLayout {
  width: number;
  height: number;
  fontSize: number;
  title: TextMark[];
  legend: ResponseLegendItem[];
  panels: ResponsePanelLayout[];
  xLabel: TextMark;
  /** The month at the right end of the axis (its last tick); month m's bar ends at m. */
  lastMonth: number;
  simulatedMark: TextMark | null;
}

const FONT = 12;
const TITLE_FONT = 15;
const PANEL_FONT = 13;
const LINE = 18;
const NARROW = 520;
export const EVER_CR_LABEL = 'Ever reached CR or better';
const EVER_CR_TITLE =
  'Patients who had reached complete response or better by that month, whatever happened after (the rising line of the paper’s Fig. 2D)';

/**
 * The whole response-over-time figure for one width, as one self-contained SVG: the title, a
 * legend of the bands (and the "ever reached CR" line) flowing into rows, one stacked-bar panel per
 * group (the bars of a month sum to 100 % of the group's patients), shared month ticks, the axis
 * titles and the simulated mark. Below 520 px the panels are shorter and the ticks fewer; with
 * more than two groups each panel is shorter.
 * @example responseFigure({ width: 390, title, months, bands, panels, simulated: true }).panels[0].bars.length
 */
export function responseFigure(input: ResponseFigureInput): ResponseFigureLayout {
  const width = Math.max(260, Math.floor(input.width));
  const narrow = width < NARROW;
  const title = wrapText(input.title, width - 8, TITLE_FONT).map((text, i): TextMark => ({
    text,
    x: 0,
    y: 16 + i * 20,
    anchor: 'start',
  }));
  let y = 16 + (title.length - 1) * 20 + 10 + LINE - 4;
  const legend: ResponseLegendItem[] = [];
  let x = 0;
  const items = [
    ...input.bands.map((b) => ({
      label: b.label,
      title: b.title ?? b.label,
      color: bandColor(b.id),
      kind: 'box' as const,
    })),
    { label: EVER_CR_LABEL, title: EVER_CR_TITLE, color: EVER_CR_COLOR, kind: 'line' as const },
  ];
  for (const item of items) {
    const w = 20 + textWidth(item.label, FONT) + 14;
    if (x > 0 && x + w > width) {
      x = 0;
      y += LINE;
    }
    legend.push({ ...item, x, y });
    x += w;
  }
  y += 16;

  const left = narrow ? 50 : 60;
  const right = narrow ? 8 : 16;
  const many = input.panels.length > 2;
  const plotHeight = narrow ? (many ? 120 : 170) : many ? 150 : 220;
  const lastMonth = Math.max(1, input.months.at(-1) ?? 1);
  const ticks = timeTicks(lastMonth, { unit: 'months', maxTicks: narrow ? 5 : 9 });
  const axisEnd = ticks.at(-1)!;
  const plotWidth = width - left - right;
  const xOf = (m: number) => left + (m / axisEnd) * plotWidth;
  const slot = plotWidth / axisEnd;
  const gap = slot > 4 ? 1 : 0;

  const panels = input.panels.map((p): ResponsePanelLayout => {
    const heading = wrapText(`${truncateLabel(p.label)} (n = ${p.n})`, width - 8, PANEL_FONT).map(
      (text, i): TextMark => ({ text, x: 0, y: y + 14 + i * 17, anchor: 'start' }),
    );
    const plot: Rect = {
      x: left,
      y: y + 14 + heading.length * 17,
      width: plotWidth,
      height: plotHeight,
    };
    const yOf = (share: number) => plot.y + plot.height * (1 - share);
    const bars: ResponseBar[] = [];
    input.months.forEach((m, j) => {
      let below = 0;
      input.bands.forEach((b, k) => {
        const count = p.counts[k]?.[j] ?? 0;
        if (count === 0 || p.n === 0) return;
        const top = yOf((below + count) / p.n);
        bars.push({
          x: xOf(m - 1) + gap / 2,
          y: top,
          width: Math.max(0.5, slot - gap),
          height: yOf(below / p.n) - top,
          band: b.id,
          color: bandColor(b.id),
          month: m,
        });
        below += count;
      });
    });
    const everCr =
      p.n === 0
        ? ''
        : input.months
            .map(
              (m, j) =>
                `${j === 0 ? 'M' : 'L'}${r2(xOf(m - 0.5))} ${r2(yOf((p.everCr[j] ?? 0) / p.n))}`,
            )
            .join(' ');
    const yTicks = [0, 0.25, 0.5, 0.75, 1].map((t): TextMark => ({
      text: `${t * 100}%`,
      x: plot.x - 6,
      y: yOf(t),
      anchor: 'end',
    }));
    const xTicks = ticks.map((t): TextMark => {
      const half = textWidth(String(t), FONT) / 2;
      const cx = Math.min(Math.max(xOf(t), half + 1), width - half - 1);
      return { text: String(t), x: cx, y: plot.y + plot.height + 16, anchor: 'middle' };
    });
    const yLabel: TextMark = {
      text: 'Patients (%)',
      x: 10,
      y: plot.y + plot.height / 2,
      anchor: 'middle',
    };
    y = plot.y + plot.height + 22;
    return { title: heading, plot, bars, everCr, yTicks, xTicks, yLabel };
  });

  const xLabel: TextMark = {
    text: 'Months since CAR-T infusion',
    x: left + plotWidth / 2,
    y: y + 12,
    anchor: 'middle',
  };
  let height = y + 20;
  const simulatedMark: TextMark | null = input.simulated
    ? { text: "Simulated data — not the study's patients", x: width, y: height + 12, anchor: 'end' }
    : null;
  if (simulatedMark) height += 20;
  return {
    width,
    height,
    fontSize: FONT,
    title,
    legend,
    panels,
    xLabel,
    lastMonth: axisEnd,
    simulatedMark,
  };
}

/**
 * The month under a pointer at x (pixels from the figure's left edge), or null outside the bars.
 * @example responseMonthAt(figure, months, 120) // 7
 */
export function responseMonthAt(
  figure: ResponseFigureLayout,
  months: readonly number[],
  x: number,
): number | null {
  const plot = figure.panels[0]?.plot;
  if (!plot || x < plot.x || x > plot.x + plot.width) return null;
  const m = Math.ceil(((x - plot.x) / plot.width) * figure.lastMonth);
  return months.includes(m) ? m : null;
}

const r2 = (v: number) => Math.round(v * 100) / 100;
