/**
 * Fill colours of the response-over-time bands, by band id. Depth of response is one ordered
 * sequence of blues, dark to light (ColorBrewer "Blues", Harrower & Brewer 2003,
 * doi.org/10.1179/000870403235002042), so sCR → PR reads by lightness alone, also in greyscale
 * and under every colour-vision deficiency; no response is yellow, progression or death the
 * Okabe–Ito vermillion, and the two states without a response (not yet assessed, follow-up ended)
 * are greys of different lightness from everything else.
 */
export const BAND_COLORS: Readonly<Record<string, string>> = {
  sCR: '#08306B',
  CR: '#2171B5',
  VGPR: '#6BAED6',
  PR: '#C6DBEF',
  'MR/SD': '#F0E442',
  none: '#F2F2F2',
  progressed: '#D55E00',
  ended: '#B3B3B3',
};

/** The line of patients who had ever reached CR or better. */
export const EVER_CR_COLOR = '#000000';

/** Colour of a band (a neutral grey for an id not listed). @example bandColor('CR') // '#2171B5' */
export function bandColor(id: string): string {
  return BAND_COLORS[id] ?? '#999999';
}
