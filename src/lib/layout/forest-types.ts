import type { ScaleLogarithmic } from 'd3-scale';
import type { Rect, Segment } from './types';

/** One Cox term as the forest plot needs it (a CoxFit term plus a label). */
export interface ForestRowInput {
  label: string;
  hr: number | null;
  lower: number | null;
  upper: number | null;
  p: number | null;
  n?: number;
  events?: number;
  warning?: string;
  /** What one unit means ('per month', 'per year'); a yes/no factor's 'yes vs no' is not shown. */
  unit?: string;
  /** Known only after infusion: marked † with a footnote. */
  postBaseline?: boolean;
  /** The hazard ratio on a second scale (e.g. per 12 months), written beside the row. */
  rescaled?: { unit: string; hr: number; lower: number | null; upper: number | null } | null;
  /** cox.zph's proportional-hazards test of the row's term, when there is one. */
  ph?: { p: number } | null;
  /** 'firth': Firth-penalised estimate (profile CI, penalised LR p), marked ‡ with a footnote. */
  method?: 'cox' | 'firth';
  /** Why Firth's penalty was used, in plain words. */
  firthReason?: string;
  /** A group under the small-group size: the flag in words (marked § with a footnote). */
  small?: string | null;
}

export interface ForestLayoutOptions {
  width: number;
  rowHeight: number;
  labelWidth: number;
  /** Width of the right-hand text columns, "HR (95% CI)" and p (default 180). */
  textWidth?: number;
  /** Height of the column-title row above the first term (default rowHeight). */
  headerHeight?: number;
  /** Height of the axis below the last term (default 32). */
  axisHeight?: number;
  /** Narrow screens: each label on its own line above its interval (the axis spans the width). */
  stacked?: boolean;
  /** The figure's title, wrapped to the width above the plot (font size 15). */
  title?: string;
  /** The small-group size k named in the § footnote (default 5). */
  minCell?: number;
  /** The title's font size (default 15; the Figure options' font + 3, see forest-style.ts). */
  titleSize?: number;
  /** Text size of the axis labels, for dropping labels that would overlap (default 12). */
  fontSize?: number;
}

export interface ForestRowLayout {
  label: string;
  /** The full (capped) label for a tooltip, when the drawn one was truncated. */
  title?: string;
  /** Vertical centre of the row's interval and numbers. */
  y: number;
  /** Baseline of the label: the row's centre, or above it when stacked. */
  labelY: number;
  /** Null when the hazard ratio is unknown or off the axis. */
  pointX: number | null;
  /** Interval clipped to the axis; an arrow flag marks each clipped end. */
  whisker: { x1: number; x2: number; arrowLeft: boolean; arrowRight: boolean } | null;
  hrText: string;
  pText: string;
  /** "events/n" when both are given. */
  countText: string | null;
  /** Shown instead of (or beside) the point, e.g. the engine's warning for an infinite coefficient. */
  note: string | null;
  /** Whether the note is a warning (drawn in red) rather than the HR on a second scale. */
  noteIsWarning: boolean;
  /** Where the note starts: beside the axis, or (stacked, not a warning) under the HR text. */
  noteX: number;
  noteY: number;
  /** "PH p = 0.41" under the hazard ratio (cox.zph), or null without a test. */
  phText: string | null;
  /** p < 0.05: hazards may not be proportional. */
  phWarn: boolean;
  /** Firth-penalised row: the tooltip saying so and why (drawn hollow, marked ‡); else null. */
  firth: string | null;
  /** A row resting on a small group: its flag, for a tooltip (marked §); else null. */
  small: string | null;
}

export interface ForestLayout {
  width: number;
  height: number;
  /** Area of the hazard-ratio axis. */
  plot: Rect;
  scale: ScaleLogarithmic<number, number>;
  axis: {
    y: number;
    domain: [number, number];
    ticks: { value: number; x: number; label: string }[];
  };
  /** Vertical line at hazard ratio 1. */
  reference: Segment;
  /** x of the text columns: label (anchor start), HR text (start), p (anchor end); header row y. */
  columns: { label: number; hr: number; p: number; headerY: number };
  rows: ForestRowLayout[];
  /** The title's lines (wrapped to the width) and the height they take above the plot. */
  title: { lines: string[]; lineHeight: number; height: number };
  /** Explains the † of post-baseline rows; null when there is none. */
  footnote: { text: string; y: number } | null;
  /** Explains the ‡ of Firth-penalised rows; null when there is none. */
  firthNote: { text: string; y: number } | null;
  /** Explains the § of rows resting on a small group; null when there is none. */
  smallNote: { text: string; y: number } | null;
}
