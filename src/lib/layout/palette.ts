/**
 * Group colours and dash patterns for up to 8 curves.
 *
 * Colours are the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"; Wong 2011,
 * Nature Methods, doi.org/10.1038/nmeth.1618), distinguishable under the common colour-vision
 * deficiencies. The order puts the high-contrast colours first and yellow, faint on white, last.
 * Each group also gets its own dash pattern, so curves stay apart in greyscale print.
 */
export const GROUP_COLORS = [
  '#0072B2', // blue
  '#D55E00', // vermillion
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#E69F00', // orange
  '#56B4E9', // sky blue
  '#000000', // black
  '#F0E442', // yellow
] as const;

/** SVG `stroke-dasharray` values; '' is a solid line. */
export const GROUP_DASHES = ['', '6 3', '2 2', '8 3 2 3', '4 4', '10 3', '2 4 6 4', '1 3'] as const;

export interface GroupStyle {
  color: string;
  dash: string;
}

/**
 * Colour and dash pattern of the group at `index` (0-based). Beyond 8 groups the colours repeat
 * with the next dash pattern, so pairs stay distinct up to 64 groups.
 *
 * @example
 * groupStyle(1); // { color: '#D55E00', dash: '6 3' }
 */
export function groupStyle(index: number): GroupStyle {
  const n = GROUP_COLORS.length;
  const i = Math.max(0, Math.floor(index));
  return {
    color: GROUP_COLORS[i % n],
    dash: GROUP_DASHES[(i + Math.floor(i / n)) % GROUP_DASHES.length],
  };
}
