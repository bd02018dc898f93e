import type { FontChoice, PaletteChoice } from './figure-options';
import { GROUP_DASHES, groupStyle, type GroupStyle } from './palette';

/** Greys for print, darkest first, each far enough from the next to tell apart on paper. */
export const GREYS = ['#000000', '#555555', '#888888', '#333333', '#777777', '#222222'] as const;

/**
 * Colour and dash of each of `n` groups under a palette choice. Okabe–Ito is `groupStyle` (today's
 * figure); greyscale gives each group a grey and its own dash pattern (solid, dashed, dotted, …) so
 * curves stay apart in black-and-white print; a custom list gives its colours in turn, with the
 * usual dash patterns.
 * @example paletteStyles(2, { kind: 'grey' }) // [{ color: '#000000', dash: '' }, { color: '#555555', dash: '6 3' }]
 */
export function paletteStyles(n: number, palette: PaletteChoice): GroupStyle[] {
  return Array.from({ length: Math.max(0, n) }, (_, i) => {
    const base = groupStyle(i);
    if (palette.kind === 'grey')
      return { color: GREYS[i % GREYS.length], dash: GROUP_DASHES[i % GROUP_DASHES.length] };
    if (palette.kind === 'custom' && palette.colors.length > 0)
      return { color: palette.colors[i % palette.colors.length], dash: base.dash };
    return base;
  });
}

/** Font size in px of the figure's text for a choice (normal = 12 px, today's). */
export const FONT_SIZES: Readonly<Record<FontChoice, number>> = {
  small: 10,
  normal: 12,
  large: 14,
};
