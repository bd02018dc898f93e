import type { FigureOptions } from './figure-options';
import type { TextMark } from './km-figure';
import { EVER_CR_COLOR } from './response-palette';
import { responseLook } from './response-look';
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
  /** The Figure options as this chart takes them (palette, font, title); absent = defaults. */
  options?: Readonly<FigureOptions>;
}

export interface ResponseLegendItem {
  label: string;
  /** The label in plain words (a tooltip). */
  title: string;
  x: number;
  y: number;
  color: string;
  /** Drawn hatched (greys: progression). */
  hatch: boolean;
  /** A filled box (a band) or a dashed line (ever reached CR). */
  kind: 'box' | 'line';
}

export interface ResponseBar extends Rect {
  band: string;
  color: string;
  hatch: boolean;
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
  titleSize: number;
  panelSize: number;
  title: TextMark[];
  legend: ResponseLegendItem[];
  panels: ResponsePanelLayout[];
  xLabel: TextMark;
  /** The month at the right end of the axis (its last tick); month m's bar ends at m. */
  lastMonth: number;
  simulatedMark: TextMark | null;
}

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
  const look = responseLook(
    input.options,
    input.title,
    input.bands.map((b) => b.id),
  );
  // Sizes scale with the font (12 px: today's 15 px title, 13 px headings, 18 px legend rows).
  const FONT = look.fontSize;
  const grow = FONT - 12;
  const LINE = 18 + grow;
  const titleLine = 20 + grow;
  const title = wrapText(look.title, width - 8, look.titleSize).map((text, i): TextMark => ({
    text,
    x: 0,
    y: 16 + grow + i * titleLine,
    anchor: 'start',
  }));
  let y = 16 + grow + (title.length - 1) * titleLine + 10 + LINE - 4;
  const legend: ResponseLegendItem[] = [];
  let x = 0;
  const items = [
    ...input.bands.map((b) => ({
      label: b.label,
      title: b.title ?? b.label,
      ...look.band(b.id),
      kind: 'box' as const,
    })),
    {
      label: EVER_CR_LABEL,
      title: EVER_CR_TITLE,
      color: EVER_CR_COLOR,
      hatch: false,
      kind: 'line' as const,
    },
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

  const left = (narrow ? 50 : 60) + Math.max(0, grow) * 4;
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
    const headLine = 17 + grow;
    const heading = wrapText(
      `${truncateLabel(p.label)} (n = ${p.n})`,
      width - 8,
      look.panelSize,
    ).map((text, i): TextMark => ({
      text,
      x: 0,
      y: y + 14 + grow + i * headLine,
      anchor: 'start',
    }));
    const plot: Rect = {
      x: left,
      y: y + 14 + grow + heading.length * headLine,
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
          ...look.band(b.id),
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
      return { text: String(t), x: cx, y: plot.y + plot.height + 16 + grow, anchor: 'middle' };
    });
    const yLabel: TextMark = {
      text: 'Patients (%)',
      x: 10,
      y: plot.y + plot.height / 2,
      anchor: 'middle',
    };
    y = plot.y + plot.height + 22 + grow;
    return { title: heading, plot, bars, everCr, yTicks, xTicks, yLabel };
  });

  const xLabel: TextMark = {
    text: 'Months since CAR-T infusion',
    x: left + plotWidth / 2,
    y: y + 12 + grow,
    anchor: 'middle',
  };
  let height = y + 20 + grow;
  const simulatedMark: TextMark | null = input.simulated
    ? { text: "Simulated data — not the study's patients", x: width, y: height + 12, anchor: 'end' }
    : null;
  if (simulatedMark) height += 20;
  return {
    width,
    height,
    fontSize: FONT,
    titleSize: look.titleSize,
    panelSize: look.panelSize,
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
