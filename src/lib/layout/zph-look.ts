import { DEFAULT_FIGURE, type FigureOptions } from './figure-options';
import { FONT_SIZES } from './palette-options';

/** How a proportional-hazards (scaled Schoenfeld residual) plot is drawn under the Figure options. */
export interface ZphLook {
  /** Tick labels, the subtitle and the notes (px). */
  fontSize: number;
  /** The plot's own title (px): the covariate. */
  titleSize: number;
  /** Space between stacked text lines (px). */
  lineGap: number;
  /** Plot margins (px): the left one holds the tick labels, the bottom one the ticks and axis title. */
  margin: { left: number; right: number; top: number; bottom: number };
  /** Smallest gap between two time ticks (px) on the 1 − KM axis. */
  tickGap: number;
  /** Outline of each residual point. */
  point: string;
  /** The smooth and its ± 2 SE band. */
  smooth: string;
  /** Band fill opacity (0: outline only) and the dash of its outline ('' : no outline). */
  bandOpacity: number;
  bandDash: string;
  /** The horizontal line at the fitted coefficient and its label. */
  coef: string;
}

/** The plot's own colours (Okabe–Ito view): dark points, a blue smooth, an orange fitted line. */
export const ZPH_POINT = '#333333';
export const ZPH_SMOOTH = '#1f4e8c';
export const ZPH_COEF = '#b35c00';

/**
 * The proportional-hazards plot's look under the forest view's Figure options (docs/layout.md,
 * "Figure options on every chart"): text size 10 / 12 / 14 px (title 3 px larger) with margins
 * and line spacing grown in proportion; greys draw black points and smooth, the ± 2 SE band as
 * two dashed lines (no tint, so it prints), and the fitted line in mid-grey; a custom palette
 * gives its first colours to the smooth, the points and the fitted line in turn. The title is the
 * plot's own (the typed title names the forest plot); time options do not apply (its axis is
 * spaced by 1 − Kaplan–Meier).
 * @example zphLook({ ...DEFAULT_FIGURE, palette: { kind: 'grey' } }).smooth // '#000000'
 */
export function zphLook(o: Readonly<FigureOptions> = DEFAULT_FIGURE): ZphLook {
  const fontSize = FONT_SIZES[o.font];
  const k = fontSize / FONT_SIZES.normal;
  const p = o.palette;
  const custom = p.kind === 'custom' && p.colors.length > 0 ? p.colors : null;
  const colours =
    p.kind === 'grey'
      ? { point: '#555555', smooth: '#000000', coef: '#777777', bandOpacity: 0, bandDash: '4 3' }
      : {
          point: custom?.[1] ?? ZPH_POINT,
          smooth: custom?.[0] ?? ZPH_SMOOTH,
          coef: custom?.[2] ?? ZPH_COEF,
          bandOpacity: 0.12,
          bandDash: '',
        };
  return {
    fontSize,
    titleSize: fontSize + 3,
    lineGap: Math.round(fontSize * 1.3),
    margin: {
      left: Math.round(48 * k),
      right: 12,
      top: 12,
      bottom: Math.round(40 * k),
    },
    tickGap: Math.round(30 * k),
    ...colours,
  };
}
