import { scaleLinear } from 'd3-scale';

/**
 * ColorBrewer's 11-class RdBu, red (−1) through near-white (0) to blue (+1): a diverging scheme
 * that ColorBrewer rates safe for colour-blind readers (Harrower & Brewer 2003,
 * doi:10.1179/000870403235002042). Positive correlations are blue, negative red.
 */
export const RDBU = [
  '#67001f',
  '#b2182b',
  '#d6604d',
  '#f4a582',
  '#fddbc7',
  '#f7f7f7',
  '#d1e5f0',
  '#92c5de',
  '#4393c3',
  '#2166ac',
  '#053061',
] as const;

/** Fill of a cell with no correlation (too few pairs, or a constant measure). */
export const NO_VALUE_COLOR = '#e6e6e6';

const scale = scaleLinear<string>()
  .domain(RDBU.map((_, i) => -1 + (2 * i) / (RDBU.length - 1)))
  .range([...RDBU])
  .clamp(true);

/** The colour of a correlation in [−1, 1]: correlationColor(0) → near-white; null → grey. */
export function correlationColor(rho: number | null): string {
  return rho === null || !Number.isFinite(rho) ? NO_VALUE_COLOR : scale(rho);
}

/**
 * Dark or white text, whichever reads better on a fill (WCAG relative luminance above or below
 * 0.18): textColorOn('#053061') → '#ffffff'.
 */
export function textColorOn(fill: string): string {
  const rgb = /rgb\((\d+),\s*(\d+),\s*(\d+)\)/.exec(fill);
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(fill);
  const parts = rgb
    ? rgb.slice(1).map(Number)
    : hex
      ? hex.slice(1).map((h) => parseInt(h, 16))
      : [255, 255, 255];
  const [r, g, b] = parts.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.18 ? '#ffffff' : '#1d2330';
}
