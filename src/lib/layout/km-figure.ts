import { kmScales, maxCurveTime } from './km-scales';
import { groupStyle, type GroupStyle } from './palette';
import {
  riskTableLayout,
  riskTableMargin,
  type AtRiskLine,
  type RiskTableMode,
} from './risk-table-layout';
import { legendCounts } from './small-cell-legend';
import { NO_SMALL_CELLS, type SmallCells } from './small-cells';
import { textWidth, wrapText } from './text-width';
import type { KmCurveInput, KmScales } from './types';
import { shortLabel } from './truncate-label';

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
  atRiskHeader: TextMark & { title: string };
  atRisk: AtRiskLine[];
  simulatedMark: TextMark | null;
}

const FONT = 12;
const TITLE_FONT = 15;
const LINE = 18;
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
  const styles = input.curves.map((_, i) => groupStyle(i));

  const title = wrapText(input.title, width - 8, TITLE_FONT).map((text, i): TextMark => ({
    text,
    x: 0,
    y: 16 + i * 20,
    anchor: 'start',
  }));
  let y = 16 + (title.length - 1) * 20 + 10;

  const legend: LegendItem[] = [];
  let x = 0;
  y += LINE - 4;
  const cells = input.smallCells ?? NO_SMALL_CELLS;
  const mode = input.riskTable ?? 'kmunicate';
  input.curves.forEach((c, i) => {
    const short = shortLabel(c.label);
    const { text, small } = legendCounts({ ...c, label: short.text }, cells, width - 46);
    const w = 30 + textWidth(text, FONT) + 16;
    if (x > 0 && x + w > width) {
      x = 0;
      y += LINE;
    }
    const title =
      short.title === undefined
        ? {}
        : { title: legendCounts({ ...c, label: short.title }, cells, Infinity).text };
    legend.push({ label: text, small, ...title, x, y, ...styles[i] });
    x += w;
  });
  const top = y + 14;

  const plotHeight = input.plotHeight ?? (narrow ? 230 : 320);
  const margin = {
    top,
    left: Math.max(narrow ? 40 : 52, riskTableMargin(input.curves, mode)),
    right: narrow ? 14 : 24,
    bottom: 40,
  };
  const chartBottom = top + plotHeight + margin.bottom;
  const scales = kmScales({
    width,
    height: chartBottom,
    margin,
    maxTime: input.maxTime ?? maxCurveTime(input.curves),
    ticks: { unit: 'months', maxTicks: narrow ? 5 : 7 },
  });

  const test: TextMark | null = input.testLabel
    ? {
        text: input.testLabel,
        x: scales.plot.x + 8,
        y: scales.plot.y + scales.plot.height - 10,
        anchor: 'start',
      }
    : null;

  const table = riskTableLayout({
    curves: input.curves,
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
  const simulatedMark: TextMark | null = input.simulated
    ? { text: "Simulated data — not the study's patients", x: width, y: height + 14, anchor: 'end' }
    : null;
  if (simulatedMark) height += 20;

  return {
    width,
    height,
    fontSize: FONT,
    title,
    legend,
    scales,
    styles,
    test,
    atRiskHeader: table.header,
    atRisk: table.lines,
    simulatedMark,
  };
}
