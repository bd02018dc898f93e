import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { MrdState, SwimmerRow } from '../engine/swimmer-types';
import type { TextMark } from './km-figure';
import type { GroupStyle } from './palette';
import { RESPONSE_SHADES, swimmerLegend, type SwimmerLegendItem } from './swimmer-legend';
import { swimmerRowWords } from './swimmer-words';
import { wrapText } from './text-width';
import { timeAxis } from './axis-options';
import type { FigureOptions } from './figure-options';
import type { Rect } from './types';
import { truncateLabel } from './truncate-label';

export interface SwimmerLayoutInput {
  /** Width available, in pixels; the figure never draws wider. */
  width: number;
  title: string;
  /** A line under the title (how the rows are ordered). */
  subtitle: string;
  /** The MRD groups in order, each with the style of its Kaplan–Meier curve. */
  groups: readonly { label: string; n: number; style: GroupStyle }[];
  /** Grouped and sorted (SwimmerResult.rows). */
  rows: readonly SwimmerRow[];
  xLabel: string;
  simulated: boolean;
  /** Figure options that apply (docs/layout.md): time unit and tick interval, text size in px (default 12). */
  time?: Pick<FigureOptions, 'timeUnit' | 'xBy'>;
  fontSize?: number;
}

export interface SwimmerBar extends Rect {
  state: MrdState;
}

export interface SwimmerRowLayout {
  patientId: string;
  /** The row's band (the whole width): what the pointer and the highlight use. */
  band: Rect;
  /** Vertical centre of the bar. */
  cy: number;
  bars: SwimmerBar[];
  /** One path of short vertical lines, one per MRD test. */
  ticks: string;
  marks: { kind: 'progression' | 'death' | 'alive'; x: number }[];
  /** Best response cell; text only when the row is tall enough. */
  response: (Rect & { fill: string; text: string | null; textFill: string }) | null;
  risk: (Rect & { high: boolean }) | null;
  /** The row's course in words (aria-label). */
  words: string;
}

export interface SwimmerFigure {
  width: number;
  height: number;
  fontSize: number;
  titleSize: number;
  /** Font size of the text in response cells. */
  cellFontSize: number;
  rowHeight: number;
  title: TextMark[];
  subtitle: TextMark[];
  legend: SwimmerLegendItem[];
  legendLeads: TextMark[];
  /** Annotation column headers ("Resp.", "Cyto."), with their full names for tooltips. */
  columns: (TextMark & { full: string })[];
  groups: { lines: TextMark[]; swatch: { x: number; y: number }; style: GroupStyle }[];
  rows: SwimmerRowLayout[];
  plot: Rect;
  x: ScaleLinear<number, number>;
  xTicks: { x: number; text: string }[];
  axisY: number;
  xLabel: TextMark;
  simulatedMark: TextMark | null;
}

const NORMAL_FONT = 12;
const NARROW = 520;
const RESPONSE_W = 34;
const RISK_W = 12;
/** Bold title glyphs are wider than the average glyph textWidth assumes. */
const BOLD = 1.1;
const GROUP_GAP = 8;
/** Rows of the whole cohort fill about this height; each row 3–12 px. */
const ROWS_HEIGHT = 720;

/**
 * The swimmer plot laid out for one width as one self-contained SVG (the paper's Fig. 4): title,
 * legend, annotation columns (best response, cytogenetic risk), one row per patient — MRD status
 * segments, a tick per MRD test, progression, death or an arrow for alive — under a header per MRD
 * group, the time axis and the simulated mark. Rows are 12 px up to 60 patients and thinner
 * beyond (at least 3 px), so a few hundred patients stay on a screen or two.
 * @example swimmerLayout({ width: 390, title, groups, rows, xLabel: 'Months', simulated: true }).rows.length
 */
export function swimmerLayout(input: SwimmerLayoutInput): SwimmerFigure {
  const FONT = input.fontSize ?? NORMAL_FONT;
  const TITLE_FONT = FONT + 3;
  const width = Math.max(280, Math.floor(input.width));
  const narrow = width < NARROW;
  const n = input.rows.length;
  const rowHeight = Math.max(3, Math.min(12, Math.floor(ROWS_HEIGHT / Math.max(1, n))));
  const barHeight = rowHeight >= 6 ? rowHeight - 3 : Math.max(2, rowHeight - 1);
  const cellFontSize = Math.min(10, rowHeight - 2);

  const title = wrapText(input.title, (width - 8) / BOLD, TITLE_FONT).map((text, i): TextMark => ({
    text,
    x: 0,
    y: 16 + i * 20,
    anchor: 'start',
  }));
  const subtitleTop = title[title.length - 1].y + 18;
  const subtitle = wrapText(input.subtitle, width - 8, FONT).map((text, i): TextMark => ({
    text,
    x: 0,
    y: subtitleTop + i * 15,
    anchor: 'start',
  }));
  const legend = swimmerLegend(width, FONT, subtitle[subtitle.length - 1].y + 24);
  const headerY = legend.bottom + 26;
  const riskX = RESPONSE_W + 8;
  const plot0 = riskX + RISK_W + 8;
  const right = narrow ? 14 : 24;
  const columns = [
    { text: 'Resp.', full: 'Best response', x: RESPONSE_W / 2 },
    { text: 'Risk', full: 'Cytogenetic risk', x: riskX + RISK_W / 2 },
  ].map((c) => ({ ...c, y: headerY, anchor: 'middle' as const }));

  const maxTime = Math.max(0, ...input.rows.map((r) => r.followUp));
  const time = input.time ?? { timeUnit: 'months', xBy: null };
  const axis = timeAxis(maxTime, { ...time, xMax: null }, narrow ? 5 : 7);
  const ticks = axis.ticks;
  const x = scaleLinear()
    .domain([0, axis.max])
    .range([plot0, width - right]);

  const groups: SwimmerFigure['groups'] = [];
  const rows: SwimmerRowLayout[] = [];
  let y = headerY + 8;
  const top = y;
  let current = -1;
  for (const row of input.rows) {
    if (row.group !== current) {
      if (current >= 0) y += GROUP_GAP;
      current = row.group;
      const g = input.groups[row.group];
      const lines = wrapText(`${truncateLabel(g.label)} (n = ${g.n})`, width - 32, FONT).map(
        (text, i): TextMark => ({ text, x: 30, y: y + 13 + i * 15, anchor: 'start' }),
      );
      groups.push({ lines, swatch: { x: 0, y: y + 9 }, style: g.style });
      y += 4 + lines.length * 15;
    }
    rows.push(rowLayout(row, input.groups[row.group].label, y));
    y += rowHeight;
  }
  const axisY = y + 4;
  const xTicks = ticks.map((t, i) => ({ x: x(t), text: axis.labels[i] }));
  const xLabel: TextMark = {
    text: input.xLabel,
    x: plot0 + (width - right - plot0) / 2,
    y: axisY + 32,
    anchor: 'middle',
  };
  let height = axisY + 42;
  const simulatedMark: TextMark | null = input.simulated
    ? { text: "Simulated data — not the study's patients", x: width, y: height + 8, anchor: 'end' }
    : null;
  if (simulatedMark) height += 16;

  return {
    width,
    height,
    fontSize: FONT,
    titleSize: TITLE_FONT,
    cellFontSize,
    rowHeight,
    title,
    subtitle,
    legend: legend.items,
    legendLeads: legend.leads.map((l) => ({ ...l, anchor: 'start' })),
    columns,
    groups,
    rows,
    plot: { x: plot0, y: top, width: width - right - plot0, height: axisY - top },
    x,
    xTicks,
    axisY,
    xLabel,
    simulatedMark,
  };

  function rowLayout(row: SwimmerRow, groupLabel: string, top: number): SwimmerRowLayout {
    const cy = top + rowHeight / 2;
    const thin = Math.max(1, Math.round(barHeight * 0.4));
    const bars = row.segments.map((s): SwimmerBar => {
      const h = s.state === 'none' ? thin : barHeight;
      return {
        x: x(s.start),
        y: cy - h / 2,
        width: x(s.end) - x(s.start),
        height: h,
        state: s.state,
      };
    });
    const half = barHeight / 2;
    const ticks = row.tests
      .map((t) => `M${x(t.time).toFixed(1)},${(cy - half).toFixed(1)}v${(2 * half).toFixed(1)}`)
      .join('');
    const marks: SwimmerRowLayout['marks'] = [];
    if (row.progression !== null) marks.push({ kind: 'progression', x: x(row.progression) });
    marks.push(
      row.death !== null
        ? { kind: 'death', x: x(row.death) }
        : { kind: 'alive', x: x(row.followUp) },
    );
    const shade = RESPONSE_SHADES.find((s) => s.values.includes(row.bestResponse ?? ''));
    const cell = { x: 0, y: cy - barHeight / 2, width: RESPONSE_W, height: barHeight };
    const response = shade
      ? {
          ...cell,
          fill: shade.fill,
          text: rowHeight >= 10 ? row.bestResponse : null,
          textFill: ['sCR', 'CR'].includes(shade.label) ? '#ffffff' : '#1d2330',
        }
      : null;
    const side = Math.min(8, barHeight);
    const risk =
      row.highRisk === null
        ? null
        : {
            x: riskX + (RISK_W - side) / 2,
            y: cy - side / 2,
            width: side,
            height: side,
            high: row.highRisk,
          };
    return {
      patientId: row.patientId,
      band: { x: 0, y: top, width, height: rowHeight },
      cy,
      bars,
      ticks,
      marks,
      response,
      risk,
      words: swimmerRowWords(row, groupLabel),
    };
  }
}
