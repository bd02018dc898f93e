import { fitPlotHeight, type ExportFrame } from './figure-size';
import { kmFigure, type KmFigureInput, type KmFigureLayout } from './km-figure';

/**
 * The Kaplan–Meier figure laid out in an export frame (figure-size.ts): `kmFigure` at the frame's
 * width, its plot height chosen so the whole figure is the frame's height (the title, legend, axis
 * and risk table keep their sizes; only the plot stretches). With no height, the chart's own. The
 * same function draws the preview and the export, so they cannot differ.
 * @example kmFigureAtSize(input, exportFrame(85, 70)).width // 361
 */
export function kmFigureAtSize(input: KmFigureInput, frame: ExportFrame): KmFigureLayout {
  const at = { ...input, width: frame.width };
  const first = kmFigure(at);
  if (frame.height === null) return first;
  const plotHeight = fitPlotHeight(frame.height, () => first.height - first.scales.plot.height);
  return kmFigure({ ...at, plotHeight });
}
