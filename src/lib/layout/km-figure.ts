import { axisTitles, survivalAxis, timeAxis } from './axis-options';
import { centreWithin } from './centre-within';
import { DEFAULT_FIGURE, type FigureOptions } from './figure-options';
import { kmScales, maxCurveTime } from './km-scales';
import {
  flowLegend,
  legendEntries,
  stackedWidth,
  stackLegend,
  LEGEND_LINE,
  type PlacedLegendEntry,
} from './legend-layout';
import type { GroupStyle } from './palette';
import { FONT_SIZES, paletteStyles } from './palette-options';
import { placeHrLines } from './hr-annotation';
import { relabel } from './group-labels';
import {
  riskTableLayout,
  riskTableMargin,
  type AtRiskLine,
  type RiskTableMode,
} from './risk-table-layout';
import { NO_SMALL_CELLS, type SmallCells } from './small-cells';
import { wrapText } from './text-width';
import type { KmCurveInput, KmScales } from './types';

export interface KmFigureInput {
  /** Width available, in pixels; the figure never draws wider. */
  width: number;
  title: string;
  curves: readonly KmCurveInput[];
  /** A common end of the time axis for charts shown side by side (facets); default: the data's. */
  maxTime?: number;
  xLabel: string;
  showEvents: boolean;
  simulated: boolean;
  /** The test with its p, drawn inside the plot (e.g. "Log-rank p = 0.003"); null for none. */
  testLabel: string | null;
  /** Height of the plot area; default 320 px, 230 px below the narrow width. */
  plotHeight?: number;
  /** The table under the chart: KMunicate's at risk / events / censored (default) or at risk only. */
  riskTable?: RiskTableMode;
  /** Small groups flagged in the legend, small counts suppressed (default: neither). */
  smallCells?: SmallCells;
  /** The "Figure" panel's choices (axes, unit, palette, font, texts, legend); default: today's figure. */
  options?: FigureOptions;
  /** The hazard ratio lines (hr-annotation.ts), drawn when the options ask for them. */
  hrLines?: readonly string[];
}

export interface TextMark {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface LegendItem extends GroupStyle {
  /** The group's label as drawn: truncated (truncateLabel) when long. */
  label: string;
  /** A small group's flag, for its tooltip; null otherwise. */
  small?: string | null;
  /** The full (capped) legend text for a tooltip, when the label was truncated. */
  title?: string;
  /** Swatch start; the text starts 30 px to the right. */
  x: number;
  y: number;
}

export type { AtRiskLine, RiskRowLine } from './risk-table-layout';

export interface KmFigureLayout {
  width: number;
  height: number;
  fontSize: number;
  title: TextMark[];
  legend: LegendItem[];
  scales: KmScales;
  styles: GroupStyle[];
  test: TextMark | null;
  /** The hazard ratio annotation, above the test line; empty when off. */
  hr: TextMark[];
  atRiskHeader: TextMark & { title: string };
  atRisk: AtRiskLine[];
  simulatedMark: TextMark | null;
  /** Tick labels in the unit shown, and the axis titles (see axis-options.ts). */
  axes: { xLabels: string[]; yLabels: string[]; xTitle: string; yTitle: string; unit: string };
  /** Centre of the time-axis title: the plot's middle, moved inwards to stay inside the figure. */
  xTitleX: number;
  /** Curves reach beyond the axes (a chosen maximum time or lower end): clip them to the plot. */
  clip: boolean;
  options: FigureOptions;
}

const LINE = LEGEND_LINE;
export const NARROW_WIDTH = 520;

/**
 * The whole Kaplan–Meier figure laid out for one width, so the chart can be drawn — and exported —
 * as one self-contained SVG: title (wrapped), legend (flowing into rows), plot with the named test
 * and its p, time axis, the risk table (KMunicate's at risk / events / censored by default, or at
 * risk only; see risk-table-layout.ts) with cells kept inside the figure, and the simulated mark.
 * Small groups are flagged in the legend and small counts suppressed when asked. Below 520 px the plot is shorter, the margins narrower and the time ticks fewer.
 * @example kmFigure({ width: 390, title: 'PFS', curves, xLabel: 'Months', showEvents: false, simulated: true, testLabel: null }).width // 390
 */
export function kmFigure(input: KmFigureInput): KmFigureLayout {
  const width = Math.max(260, Math.floor(input.width));
  const narrow = width < NARROW_WIDTH;
  const o = input.options ?? DEFAULT_FIGURE;
  const font = FONT_SIZES[o.font];
  const curves = relabel(input.curves, o.groupLabels);
  const styles = paletteStyles(curves.length, o.palette);

  const titleFont = font + 3;
  const title = wrapText(o.title ?? input.title, width - 8, titleFont).map((text, i): TextMark => ({
    text,
    x: 0,
    y: 16 + i * 20,
    anchor: 'start',
  }));
  let y = 16 + (title.length - 1) * 20 + 10;

  const cells = input.smallCells ?? NO_SMALL_CELLS;
  const mode = input.riskTable ?? 'kmunicate';
  const entries = legendEntries(curves, styles, cells, width, font);
  // A stacked legend too wide for the right of the figure goes below it instead.
  const side = stackedWidth(entries) + 12;
  const position = o.legend === 'right' && side > width * 0.4 ? 'below' : o.legend;
  let legend: PlacedLegendEntry[] = [];
  if (position === 'top') {
    const flowed = flowLegend(entries, width, y + LINE - 4);
    legend = flowed.items;
    y = flowed.lastY;
  }
  const top = y + (position === 'top' ? 14 : 10);

  const plotHeight = input.plotHeight ?? (narrow ? 230 : 320);
  const margin = {
    top,
    left: Math.max(narrow ? 40 : 52, riskTableMargin(curves, mode)),
    right: position === 'right' ? side : narrow ? 14 : 24,
    bottom: 40,
  };
  const chartBottom = top + plotHeight + margin.bottom;
  const dataMax = input.maxTime ?? maxCurveTime(input.curves);
  const xAxis = timeAxis(dataMax, o, narrow ? 5 : 7);
  const yAxis = survivalAxis(o);
  const scales = kmScales({
    width,
    height: chartBottom,
    margin,
    maxTime: dataMax,
    xAxis: { ticks: xAxis.ticks, max: xAxis.max },
    yAxis: { min: yAxis.min, ticks: yAxis.ticks },
  });
  const plot = scales.plot;
  if (position === 'right') legend = stackLegend(entries, plot.x + plot.width + 12, plot.y + 10);
  if (position === 'inside') {
    const w = Math.min(stackedWidth(entries), plot.width - 16);
    legend = stackLegend(entries, plot.x + plot.width - w - 8, plot.y + 16);
  }

  const test: TextMark | null =
    input.testLabel && o.testAnnotation
      ? {
          text: input.testLabel,
          x: scales.plot.x + 8,
          y: scales.plot.y + scales.plot.height - 10,
          anchor: 'start',
        }
      : null;

  const hr =
    o.hrAnnotation && input.hrLines?.length
      ? placeHrLines(input.hrLines, plot, font, test ? 10 + font + 3 : 10)
      : [];

  const table = riskTableLayout({
    curves,
    colors: styles.map((st) => st.color),
    dashes: styles.map((st) => st.dash),
    scales,
    width,
    top: chartBottom,
    mode,
    showEvents: input.showEvents,
    cells,
  });
  let height = table.bottom;
  if (position === 'below') {
    const flowed = flowLegend(entries, width, height + LINE);
    legend = flowed.items;
    height = flowed.lastY + 6;
  }
  const simulatedMark: TextMark | null = input.simulated
    ? { text: "Simulated data — not the study's patients", x: width, y: height + 14, anchor: 'end' }
    : null;
  if (simulatedMark) height += 20;

  return {
    width,
    height,
    fontSize: font,
    title,
    legend: legend.map(({ width: _w, ...item }) => item),
    scales,
    styles,
    test,
    hr,
    atRiskHeader: table.header,
    atRisk: table.lines,
    simulatedMark,
    axes: {
      xLabels: xAxis.labels,
      yLabels: yAxis.labels,
      ...(({ x, y }) => ({ xTitle: x, yTitle: y }))(axisTitles(input.xLabel, o)),
      unit: xAxis.unit,
    },
    xTitleX: centreWithin(axisTitles(input.xLabel, o).x, plot.x + plot.width / 2, width, font),
    clip: xAxis.max < dataMax - 1e-9 || yAxis.min > 0,
    options: o,
  };
}
