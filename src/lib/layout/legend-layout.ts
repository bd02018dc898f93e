import type { LegendPosition } from './figure-options';
import type { GroupStyle } from './palette';
import { legendCounts } from './small-cell-legend';
import type { SmallCells } from './small-cells';
import { textWidth } from './text-width';
import type { KmCurveInput } from './types';
import { shortLabel } from './truncate-label';

/** A legend entry before it is placed: its drawn label, tooltip text and width. */
export interface LegendEntry extends GroupStyle {
  label: string;
  small: string | null;
  /** The full (capped) text for a tooltip, when the label was truncated. */
  title?: string;
  /** Swatch (30 px) + text + 16 px gap. */
  width: number;
}

/** A placed legend entry: swatch from x, text baseline at y. */
export interface PlacedLegendEntry extends LegendEntry {
  x: number;
  y: number;
}

export const LEGEND_LINE = 18;

/**
 * The legend's entries: each group's (truncated) label with its n and events, small groups flagged.
 */
export function legendEntries(
  curves: readonly KmCurveInput[],
  styles: readonly GroupStyle[],
  cells: SmallCells,
  width: number,
  font: number,
): LegendEntry[] {
  return curves.map((c, i) => {
    const short = shortLabel(c.label);
    const { text, small } = legendCounts({ ...c, label: short.text }, cells, width - 46);
    const title =
      short.title === undefined
        ? {}
        : { title: legendCounts({ ...c, label: short.title }, cells, Infinity).text };
    return { label: text, small, ...title, ...styles[i], width: 30 + textWidth(text, font) + 16 };
  });
}

/** Entries flowing left to right into rows within `width`, the first baseline at `y`. */
export function flowLegend(
  entries: readonly LegendEntry[],
  width: number,
  y: number,
): { items: PlacedLegendEntry[]; lastY: number } {
  let x = 0;
  const items = entries.map((e) => {
    if (x > 0 && x + e.width > width) {
      x = 0;
      y += LEGEND_LINE;
    }
    const placed = { ...e, x, y };
    x += e.width;
    return placed;
  });
  return { items, lastY: y };
}

/** Entries stacked one per line from (x, y). */
export function stackLegend(
  entries: readonly LegendEntry[],
  x: number,
  y: number,
): PlacedLegendEntry[] {
  return entries.map((e, i) => ({ ...e, x, y: y + i * LEGEND_LINE }));
}

/** Width a stacked legend needs at the right of the plot (widest entry, without the trailing gap). */
export function stackedWidth(entries: readonly LegendEntry[]): number {
  return entries.reduce((w, e) => Math.max(w, e.width - 16), 0);
}

export type { LegendPosition };
