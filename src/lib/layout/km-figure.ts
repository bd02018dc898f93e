import { atRiskRows } from './at-risk-table';
import { kmScales, maxCurveTime } from './km-scales';
import { groupStyle, type GroupStyle } from './palette';
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
  /** The full (capped) legend text for a tooltip, when the label was truncated. */
  title?: string;
  /** Swatch start; the text starts 30 px to the right. */
  x: number;
  y: number;
}

export interface AtRiskLine {
  label: string;
  color: string;
  labelY: number;
  cells: TextMark[];
}

export interface KmFigureLayout {
  width: number;
  height: number;
  fontSize: number;
  title: TextMark[];
  legend: LegendItem[];
  scales: KmScales;
  styles: GroupStyle[];
  test: TextMark | null;
  atRiskHeader: TextMark;
  atRisk: AtRiskLine[];
  simulatedMark: TextMark | null;
}

const FONT = 12;
const TITLE_FONT = 15;
const LINE = 18;
const AT_RISK_ROW = 32;
export const NARROW_WIDTH = 520;

/**
 * The whole Kaplan–Meier figure laid out for one width, so the chart can be drawn — and exported —
 * as one self-contained SVG: title (wrapped), legend (flowing into rows), plot with the named test
 * and its p, time axis, number-at-risk table with cells kept inside the figure, and the simulated
 * mark. Below 520 px the plot is shorter, the margins narrower and the time ticks fewer.
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
  input.curves.forEach((c, i) => {
    const short = shortLabel(c.label);
    const text = legendText(short.text, c);
    const w = 30 + textWidth(text, FONT) + 16;
    if (x > 0 && x + w > width) {
      x = 0;
      y += LINE;
    }
    const title = short.title === undefined ? {} : { title: legendText(short.title, c) };
    legend.push({ label: text, ...title, x, y, ...styles[i] });
    x += w;
  });
  const top = y + 14;

  const plotHeight = input.plotHeight ?? (narrow ? 230 : 320);
  const margin = { top, left: narrow ? 40 : 52, right: narrow ? 14 : 24, bottom: 40 };
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

  const headerY = chartBottom + 14;
  const atRiskHeader: TextMark = {
    text: input.showEvents ? 'Number at risk (cumulative events)' : 'Number at risk',
    x: 0,
    y: headerY,
    anchor: 'start',
  };
  const atRisk = atRiskRows(input.curves, scales.xTicks, scales).map((row, r): AtRiskLine => {
    const labelY = headerY + 18 + r * AT_RISK_ROW;
    return {
      label: row.label,
      color: styles[r].color,
      labelY,
      cells: row.cells.map((cell) => {
        const text = input.showEvents ? `${cell.nRisk} (${cell.cumEvents})` : `${cell.nRisk}`;
        const half = textWidth(text, FONT) / 2;
        // Keep the first and last cells inside the figure (they sit on the axis ends).
        const cx = Math.min(Math.max(cell.x, half + 1), width - half - 1);
        return { text, x: cx, y: labelY + 14, anchor: 'middle' };
      }),
    };
  });
  let height = headerY + 18 + input.curves.length * AT_RISK_ROW - 6;
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
    atRiskHeader,
    atRisk,
    simulatedMark,
  };
}

function legendText(label: string, c: KmCurveInput): string {
  return `${label} (n = ${c.n}, ${c.events} ${c.events === 1 ? 'event' : 'events'})`;
}
