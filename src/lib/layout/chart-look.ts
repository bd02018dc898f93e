import { axisTitles } from './axis-options';
import { DEFAULT_FIGURE, type FigureOptions } from './figure-options';
import { FONT_SIZES } from './palette-options';

/** Bold title glyphs are wider than the average glyph `textWidth` assumes: titles wrap this much narrower. */
export const BOLD_TITLE = 1.1;

/** A one-series chart's texts, sizes and colour under the Figure options. */
export interface ChartLook {
  title: string;
  /** The time axis title (months → years when the unit is years), or the typed one. */
  xLabel: string;
  fontSize: number;
  titleSize: number;
  /** The series colour: the chart's own under Okabe–Ito, black under greys, the first custom colour. */
  ink: string;
}

/**
 * What the Figure options change on a chart of one series (the safety view's ADA and CRS charts;
 * docs/layout.md, "Figure options on every chart"): the typed title and time-axis title, the text
 * size (10 / 12 / 14 px; the title 3 px larger) and the colour of its one series.
 * @example chartLook({ ...DEFAULT_FIGURE, palette: { kind: 'grey' } }, 'ADA', 'Months', '#D55E00').ink // '#000000'
 */
export function chartLook(
  o: Readonly<FigureOptions> = DEFAULT_FIGURE,
  title: string,
  xLabel: string,
  okabeInk: string,
): ChartLook {
  const fontSize = FONT_SIZES[o.font];
  const ink =
    o.palette.kind === 'grey'
      ? '#000000'
      : o.palette.kind === 'custom' && o.palette.colors.length > 0
        ? o.palette.colors[0]
        : okabeInk;
  return {
    title: o.title ?? title,
    xLabel: axisTitles(xLabel, o).x,
    fontSize,
    titleSize: fontSize + 3,
    ink,
  };
}
