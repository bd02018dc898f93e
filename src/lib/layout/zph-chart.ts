import type { PhPlot } from '../engine/forest-ph';
import { DEFAULT_FIGURE, type FigureOptions } from './figure-options';
import { wrapText } from './text-width';
import { zphFigure, type ZphFigure } from './zph-figure';
import { zphLook, type ZphLook } from './zph-look';
import { zphTexts, type ZphTexts } from './zph-texts';

export interface ZphChart {
  look: ZphLook;
  figure: ZphFigure;
  texts: ZphTexts;
  /** The time-axis title, centred on the figure, each line's baseline below the axis (px). */
  xTitle: { text: string; dy: number }[];
}

/** The time axis's title: real months, placed on the transformed axis. */
export const ZPH_X_TITLE = 'Months (axis spaced by 1 − Kaplan–Meier)';

/**
 * A whole proportional-hazards plot for one width under the forest view's Figure options: its
 * look (zph-look.ts), the wrapped time-axis title (the bottom margin grows by a line for each
 * extra line), the residual plot geometry (zph-figure.ts) and the texts around it (zph-texts.ts).
 * The plot area is 62 % as high as wide, at most 320 px.
 * @example zphChart(row.phPlot, { width: 390, title: 'Age', subtitle: 'PFS', note: 'β(t)', coefLabel: 'HR 1.1', simulated: true }).texts.height
 */
export function zphChart(
  plot: PhPlot,
  input: {
    width: number;
    title: string;
    subtitle: string;
    note: string;
    coefLabel: string;
    simulated: boolean;
  },
  options: Readonly<FigureOptions> = DEFAULT_FIGURE,
): ZphChart {
  const look = zphLook(options);
  const lines = wrapText(ZPH_X_TITLE, input.width - 8, look.fontSize);
  const extra = (lines.length - 1) * look.lineGap;
  const figure = zphFigure(plot, {
    width: input.width,
    height: Math.round(Math.min(320, input.width * 0.62)) + extra,
    look: { ...look, margin: { ...look.margin, bottom: look.margin.bottom + extra } },
  });
  const texts = zphTexts({ ...input, plotHeight: figure.height }, look);
  const xTitle = lines.map((text, i) => ({ text, dy: texts.axisTitleDy + i * look.lineGap }));
  return { look, figure, texts, xTitle };
}
