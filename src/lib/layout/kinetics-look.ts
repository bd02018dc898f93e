import { DEFAULT_FIGURE, type FigureOptions } from './figure-options';
import { type GroupStyle } from './palette';
import { FONT_SIZES, paletteStyles } from './palette-options';

/** The kinetics charts' texts, sizes and group colours under the Figure options. */
export interface KineticsLook {
  /** Text of ticks, legend, group labels and counts (px). */
  fontSize: number;
  /** Secondary text: the axis unit, the key, the simulated mark (px; 11 at the normal size). */
  smallSize: number;
  /** How much larger than the normal 12 px the text is (0, 2 or −2): titles and line pitches grow by it. */
  grow: number;
  /** Colour and dash of each group, in order. */
  styles: GroupStyle[];
  /** Title of the chart (the typed one, else the explorer's). */
  title: string;
}

/**
 * What the Figure options change on the CAR-T kinetics charts (the transgene chart over time and
 * the dot-and-box plots; docs/layout.md, "Figure options on every chart"): the text size (10 / 12 /
 * 14 px; titles, secondary text and line pitches move with it), the typed title, and the group
 * colours — Okabe–Ito keeps `groupStyle`, greys give each group a grey from black with its own dash
 * pattern (`paletteStyles`, as the survival curves), a custom list its colours in group order.
 * Their axes are a log concentration and days on a compressed scale, not survival or months, so
 * time-axis and survival-axis choices do not reach them.
 * @example kineticsLook({ ...DEFAULT_FIGURE, palette: { kind: 'grey' } }, 'T', 2).styles[0].color // '#000000'
 */
export function kineticsLook(
  o: Readonly<FigureOptions> = DEFAULT_FIGURE,
  title: string,
  groups: number,
): KineticsLook {
  const fontSize = FONT_SIZES[o.font];
  const grow = fontSize - FONT_SIZES.normal;
  return {
    fontSize,
    smallSize: fontSize - 1,
    grow,
    styles: paletteStyles(groups, o.palette),
    title: o.title ?? title,
  };
}
