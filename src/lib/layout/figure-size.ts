/**
 * A figure at its printed size. The chart is laid out in user units and exported with
 * width="…mm" height="…mm" over a viewBox in those units. One unit is 2/3 pt, whatever the
 * size, so the figure's normal text (12 units) prints at 8 pt, small text (10) at 6.7 pt, large
 * (14) at 9.3 pt and the title (15) at 10 pt — journals ask for 6–12 pt — and a wider figure gets
 * more room rather than bigger letters (a single column, 85 mm, is laid out 361 units wide: the
 * chart's narrow layout; a double column, 174 mm, 740 units: the desktop layout).
 */

/** Points in one layout unit: the normal 12-unit text prints at 8 pt. */
export const PT_PER_UNIT = 2 / 3;
/** Layout units in one millimetre (72 pt per inch, 25.4 mm per inch). */
export const UNITS_PER_MM = 72 / 25.4 / PT_PER_UNIT;
/** Shortest plot area (units) a height may squeeze the chart to; below it the height grows. */
export const MIN_PLOT_UNITS = 100;

/** Common journal figure widths (mm); the height is free. */
export const JOURNAL_WIDTHS: readonly { label: string; mm: number }[] = [
  { label: 'single column', mm: 85 },
  { label: '1.5 columns', mm: 120 },
  { label: 'double column', mm: 174 },
];

/** The export's frame in layout units: the width, and the height wanted (null = the chart's own). */
export interface ExportFrame {
  width: number;
  height: number | null;
}

/**
 * The layout frame of a figure `widthMm` × `heightMm` (null height: the chart decides) with
 * `reserved` units kept below the chart for the exported caption. The width is whole units (the
 * chart lays out whole pixels); the height uses the same scale, so the export's mm are exact.
 * @example exportFrame(85, 70, 0) // { width: 361, height: 297.29… }
 */
export function exportFrame(widthMm: number, heightMm: number | null, reserved = 0): ExportFrame {
  const width = Math.floor(widthMm * UNITS_PER_MM);
  return { width, height: heightMm === null ? null : (heightMm * width) / widthMm - reserved };
}

/**
 * The plot height that makes a chart `target` units tall, for a layout whose total height is its
 * plot height plus a fixed rest: `restOf` gives that rest (the total at some plot height minus
 * it). Never below MIN_PLOT_UNITS: a height too small for the titles and tables grows instead.
 * @example fitPlotHeight(400, () => 150) // 250 (never below 100)
 */
export function fitPlotHeight(target: number, restOf: () => number): number {
  return Math.max(MIN_PLOT_UNITS, target - restOf());
}

/**
 * PNG pixels of a figure `widthMm` × `heightMm` at `dpi` (25.4 mm per inch).
 * @example pngPixels(85, 70, 300) // { width: 1004, height: 827 }
 */
export function pngPixels(
  widthMm: number,
  heightMm: number,
  dpi: number,
): { width: number; height: number } {
  return {
    width: Math.round((widthMm / 25.4) * dpi),
    height: Math.round((heightMm / 25.4) * dpi),
  };
}

/** Text size in pt at print of a text `units` tall in the layout, to one decimal. */
export function printPt(units: number): number {
  return Math.round(units * PT_PER_UNIT * 10) / 10;
}
