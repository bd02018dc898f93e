import { DEFAULT_FIGURE, type FigureOptions } from './figure-options';
import { FONT_SIZES } from './palette-options';

/** How a forest plot is drawn under the Figure options: sizes, spacing and ink. */
export interface ForestStyle {
  /** Text of the rows and columns (px). */
  fontSize: number;
  /** Secondary text: counts, notes, footnotes (px). */
  smallSize: number;
  /** The title (px). */
  titleSize: number;
  /** Row pitch (px): the default 26 (36 with a proportional-hazards line) scaled with the font. */
  rowHeight: number;
  /** Width of the right-hand "HR (95% CI)" and p columns (px), scaled with the font. */
  textWidth: number;
  /** How far below the row's centre its "PH p = …" line sits (px). */
  phOffset: number;
  /** Colour of the hazard-ratio points and intervals. */
  ink: string;
  /** The title drawn: the typed one, else the chart's own. */
  title: string;
}

/** The forest plot's colour under Okabe–Ito (today's blue), greys (black) and custom (the first). */
const OKABE_INK = '#1f4e8c';

/**
 * The forest plot's look under the Figure options (docs/layout.md, "Figure options on every
 * chart"): the text size follows the font choice (10 / 12 / 14 px) and the rows, the right-hand
 * columns and the title grow with it; greys draw the points and intervals in black (one series,
 * so no dash pattern is needed), custom colours use the first colour; a typed title replaces the
 * chart's. Time, survival-axis, legend and group-label options do not apply (rows are factors).
 * @example forestStyle({ ...DEFAULT_FIGURE, font: 'large' }, false, 'PFS', false).rowHeight // 30
 */
export function forestStyle(
  o: Readonly<FigureOptions> = DEFAULT_FIGURE,
  hasPh: boolean,
  title: string,
  stacked: boolean,
): ForestStyle {
  const fontSize = FONT_SIZES[o.font];
  const k = fontSize / FONT_SIZES.normal;
  const ink =
    o.palette.kind === 'grey'
      ? '#000000'
      : o.palette.kind === 'custom' && o.palette.colors.length > 0
        ? o.palette.colors[0]
        : OKABE_INK;
  return {
    fontSize,
    smallSize: fontSize - 1,
    titleSize: fontSize + 3,
    rowHeight: Math.round((hasPh ? 36 : 26) * k),
    textWidth: Math.round((stacked ? 150 : 180) * k),
    phOffset: fontSize + 3,
    ink,
    title: o.title ?? title,
  };
}
