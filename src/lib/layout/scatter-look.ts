import { DEFAULT_FIGURE, type FigureOptions } from './figure-options';
import { FONT_SIZES } from './palette-options';

/** The scatter plot's own point colours (Okabe–Ito blue and vermillion). */
export const FILLED_COLOR = '#0072B2';
export const HOLLOW_COLOR = '#D55E00';

/** The scatter plot's text sizes and point colours under the Figure options. */
export interface ScatterLook {
  fontSize: number;
  titleSize: number;
  /** Colour of a point with both values observed (drawn filled). */
  filled: string;
  /** Outline of a point with a censored value (drawn hollow). */
  hollow: string;
}

/**
 * What the Figure options change on the scatter plot of two measures (docs/layout.md, "Figure
 * options on every chart"): text size (10 / 12 / 14 px; title 3 px larger) and the point colours —
 * Okabe–Ito keeps blue (observed) and vermillion (censored), greys give black for both (filled
 * versus hollow still tells them apart), a custom list its first two colours.
 * @example scatterLook({ ...DEFAULT_FIGURE, palette: { kind: 'grey' } }).filled // '#000000'
 */
export function scatterLook(o: Readonly<FigureOptions> = DEFAULT_FIGURE): ScatterLook {
  const fontSize = FONT_SIZES[o.font];
  const p = o.palette;
  const [filled, hollow] =
    p.kind === 'grey'
      ? ['#000000', '#000000']
      : p.kind === 'custom' && p.colors.length > 0
        ? [p.colors[0], p.colors[1] ?? p.colors[0]]
        : [FILLED_COLOR, HOLLOW_COLOR];
  return { fontSize, titleSize: fontSize + 3, filled, hollow };
}
