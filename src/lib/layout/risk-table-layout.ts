import { atRiskRows } from './at-risk-table';
import type { TextMark } from './km-figure';
import { kmunicateCounts } from './kmunicate-table';
import { suppressCount, type SmallCells } from './small-cells';
import { textWidth } from './text-width';
import type { KmCurveInput, KmScales } from './types';

/** The table under a Kaplan–Meier chart: KMunicate's extended table (default) or at risk only. */
export type RiskTableMode = 'kmunicate' | 'classic';

/** One line of counts: its label at the left (empty in the classic table) and a cell per tick. */
export interface RiskRowLine {
  label: string;
  /** What the line counts, for a tooltip. */
  title: string;
  y: number;
  cells: TextMark[];
}

/** One group's block: its name in its colour, then its lines of counts. */
export interface AtRiskLine {
  label: string;
  color: string;
  /** Where the group's name starts (after its swatch, when there is one). */
  labelX: number;
  labelY: number;
  /** KMunicate: a short line in the curve's colour and dash before the name (legible in grey). */
  swatch: { x1: number; x2: number; y: number; dash: string } | null;
  rows: RiskRowLine[];
}

export interface RiskTableLayout {
  header: TextMark & { title: string };
  lines: AtRiskLine[];
  /** y just below the last line. */
  bottom: number;
}

const FONT = 12;
const ROW = 14;
const CLASSIC_BLOCK = 32;
const KMUNICATE_ROWS = [
  { key: 'atRisk', label: 'At risk', title: 'Patients still followed and event-free at this time' },
  { key: 'events', label: 'Events', title: 'Events before this time' },
  {
    key: 'censored',
    label: 'Censored',
    title: 'Patients whose follow-up ended before this time without an event',
  },
] as const;
const LABEL_GAP = 6;
const GROUP_GAP = 4;
const SWATCH = 18;

/**
 * The left margin the table needs: KMunicate's row labels ("Censored") sit left of the first
 * tick's cell, which holds n. The classic table needs none beyond the chart's own.
 * @example riskTableMargin(curves, 'kmunicate') // ≈ 70
 */
export function riskTableMargin(
  curves: readonly Pick<KmCurveInput, 'n'>[],
  mode: RiskTableMode,
): number {
  if (mode === 'classic') return 0;
  const widest = Math.max(1, ...curves.map((c) => String(c.n).length));
  return Math.ceil(textWidth('Censored', FONT) + LABEL_GAP + (widest * FONT * 0.56) / 2 + 2);
}

/**
 * The risk table laid out under a chart whose plot ends at `top`: per group a block with its name
 * and, per time tick, the at-risk count (classic, with the cumulative events in brackets when
 * asked) or KMunicate's three lines, at risk / events / censored, which add up to n. Cells are
 * centred on the ticks and kept inside the figure; counts 1 … k − 1 read "<k" when suppressed.
 * @example riskTableLayout({ curves, colors, scales, width: 760, top: 420, mode: 'kmunicate', showEvents: false, cells }).lines[0].rows.length // 3
 */
export function riskTableLayout(input: {
  curves: readonly Pick<KmCurveInput, 'label' | 'n' | 'steps'>[];
  colors: readonly string[];
  /** The curves' dash patterns, for the KMunicate swatches ('' = solid). */
  dashes?: readonly string[];
  scales: Pick<KmScales, 'x' | 'xTicks'>;
  width: number;
  top: number;
  mode: RiskTableMode;
  showEvents: boolean;
  cells: SmallCells;
}): RiskTableLayout {
  const { curves, scales, width, mode, cells } = input;
  const count = (n: number) => suppressCount(n, cells);
  const cell = (x: number, y: number, text: string): TextMark => {
    const half = textWidth(text, FONT) / 2;
    // Keep the first and last cells inside the figure (they sit on the axis ends).
    return { text, x: Math.min(Math.max(x, half + 1), width - half - 1), y, anchor: 'middle' };
  };
  const headerY = input.top + 14;
  let y = headerY + 18;
  let lines: AtRiskLine[];
  if (mode === 'classic') {
    lines = atRiskRows(curves, scales.xTicks, scales).map((row, r) => {
      const labelY = y + r * CLASSIC_BLOCK;
      const texts = row.cells.map((c) =>
        input.showEvents ? `${count(c.nRisk)} (${count(c.cumEvents)})` : count(c.nRisk),
      );
      return {
        label: row.label,
        color: input.colors[r],
        labelX: 0,
        labelY,
        swatch: null,
        rows: [
          {
            label: '',
            title: '',
            y: labelY + 14,
            cells: row.cells.map((c, i) => cell(c.x, labelY + 14, texts[i])),
          },
        ],
      };
    });
    y += curves.length * CLASSIC_BLOCK - 6;
  } else {
    lines = curves.map((c, r) => {
      const labelY = y;
      const counts = kmunicateCounts(c, scales.xTicks);
      const rows = KMUNICATE_ROWS.map((def, i): RiskRowLine => {
        const rowY = labelY + (i + 1) * ROW;
        return {
          label: def.label,
          title: def.title,
          y: rowY,
          cells: counts.map((k) => cell(scales.x(k.time), rowY, count(k[def.key]))),
        };
      });
      y += (KMUNICATE_ROWS.length + 1) * ROW + GROUP_GAP;
      const swatch = { x1: 0, x2: SWATCH, y: labelY - 4, dash: input.dashes?.[r] ?? '' };
      return {
        label: c.label,
        color: input.colors[r],
        labelX: SWATCH + 6,
        labelY,
        swatch,
        rows,
      };
    });
    y -= GROUP_GAP;
  }
  const header =
    mode === 'classic'
      ? {
          text: input.showEvents ? 'Number at risk (cumulative events)' : 'Number at risk',
          title: 'Patients still followed and event-free at each time (in brackets: events so far)',
        }
      : {
          text: 'Number at risk, events and censored so far',
          title:
            'At each time: patients still at risk, events before it, and patients censored before it; the three add up to the group’s n (KMunicate, Morris et al. 2019)',
        };
  return { header: { ...header, x: 0, y: headerY, anchor: 'start' }, lines, bottom: y };
}
