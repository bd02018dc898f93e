import { DEFAULT_FIGURE, type FigureOptions } from './figure-options';
import { FONT_SIZES } from './palette-options';
import { bandColor } from './response-palette';

/**
 * Greys of the response bands for print, darkest (deepest response) first, so depth still reads by
 * lightness on paper; "progressed or died" is white with black hatching (`hatch`), apart from
 * every grey.
 */
export const BAND_GREYS: Readonly<Record<string, string>> = {
  sCR: '#000000',
  CR: '#3a3a3a',
  VGPR: '#686868',
  PR: '#969696',
  'MR/SD': '#c2c2c2',
  none: '#f2f2f2',
  progressed: '#ffffff',
  ended: '#dcdcdc',
};

/** Band drawn hatched under greys. */
export const HATCHED_BAND = 'progressed';

/** The response chart's texts, sizes and colours under the Figure options. */
export interface ResponseLook {
  fontSize: number;
  titleSize: number;
  /** Size of a group panel's heading. */
  panelSize: number;
  /** Fill of a band (by id) and whether it is hatched (greys: progression). */
  band: (id: string) => { color: string; hatch: boolean };
  /** Title of the chart (the typed one, else the explorer's). */
  title: string;
}

/**
 * What the Figure options change on the response-over-time chart (docs/layout.md, "Figure options
 * on every chart"): text size (10 / 12 / 14 px; title 3 px, panel headings 1 px larger), the typed
 * title, and the band colours — Okabe–Ito keeps the chart's own sequential blues, greys give
 * `BAND_GREYS` (progression hatched), a custom list replaces the bands' colours in band order
 * (bands beyond the list keep their own). The "ever reached CR" line stays black and dashed.
 * @example responseLook({ ...DEFAULT_FIGURE, palette: { kind: 'grey' } }, 'T').band('sCR').color // '#000000'
 */
export function responseLook(
  o: Readonly<FigureOptions> = DEFAULT_FIGURE,
  title: string,
  bandOrder: readonly string[] = [],
): ResponseLook {
  const fontSize = FONT_SIZES[o.font];
  const p = o.palette;
  const band = (id: string) => {
    if (p.kind === 'grey')
      return { color: BAND_GREYS[id] ?? '#999999', hatch: id === HATCHED_BAND };
    const i = bandOrder.indexOf(id);
    if (p.kind === 'custom' && i >= 0 && i < p.colors.length)
      return { color: p.colors[i], hatch: false };
    return { color: bandColor(id), hatch: false };
  };
  return {
    fontSize,
    titleSize: fontSize + 3,
    panelSize: fontSize + 1,
    band,
    title: o.title ?? title,
  };
}
