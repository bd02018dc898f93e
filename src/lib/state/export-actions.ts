import { forestCaption, survivalFigureCaption } from '../export/captions';
import { toCsv } from '../export/csv';
import { download } from '../export/download';
import { fileBase } from '../export/file-base';
import { forestRows } from '../export/forest-csv';
import { renderPng } from '../export/render-png';
import { standaloneSvg, svgSizeMm } from '../export/standalone-svg';
import { pngPixels } from '../layout/figure-size';
import { curveStepsTitle } from '../export/csv-unit-titles';
import { curveStepRows, survivalTableRows } from '../export/survival-csv';
import type { ForestResult, HazardRatios, RScript, SurvivalResult } from '../engine/types';
import { NO_SMALL_CELLS, type SmallCells } from '../layout/small-cells';
import type { TableUnits } from '../layout/table-units';
import { PRINT_DPI, PRINT_MM, printSize, type PrintSpec } from './print-size.svelte';

/** One export button: what it is called, what it makes, and the action. */
export interface ExportAction {
  id: string;
  label: string;
  title: string;
  run: () => Promise<void>;
}

export interface ExportDataset {
  label: string;
  simulated: boolean;
}

/**
 * A figure's exports: SVG with its caption, PNG at twice screen size, PNG at publication size
 * (by default the Figure panel's width and dpi, `printSize()`).
 */
export function figureActions(
  base: string,
  svg: () => string,
  svgWidth: () => number,
  print: PrintSpec = printSize(),
): ExportAction[] {
  const printPx = Math.round((print.mm / 25.4) * print.dpi);
  return [
    {
      id: 'svg',
      label: 'SVG',
      title: 'The figure as a standalone SVG, with its caption (for slides, papers, Inkscape)',
      run: async () => download(svg(), `${base}.svg`, 'image/svg+xml'),
    },
    {
      id: 'png-2x',
      label: 'PNG 2×',
      title: 'The figure as a PNG at twice the screen size',
      run: async () => download(await renderPng(svg(), 2 * svgWidth()), `${base}-2x.png`),
    },
    {
      id: 'png-print',
      label: `PNG ${print.mm} mm`,
      title: `The figure as a PNG ${print.mm} mm wide at ${print.dpi} dpi (publication size)`,
      run: async () => {
        const text = svg();
        const mm = svgSizeMm(text);
        // A figure sized in mm: both sides from its mm (mm / 25.4 × dpi), not from screen pixels.
        const px = mm ? pngPixels(mm.width, mm.height, print.dpi) : null;
        download(
          await renderPng(text, px?.width ?? printPx, print.dpi, px?.height),
          `${base}-${print.mm}mm-${print.dpi}dpi.png`,
        );
      },
    },
  ];
}

/** Asks the engine for the R script of the view on screen. */
export type ScriptOf = () => Promise<RScript>;

function scriptAction(script: ScriptOf): ExportAction {
  return {
    id: 'r-script',
    label: 'R script',
    title:
      'An R script that reproduces these numbers with the survival package (the data embedded, or in a CSV saved beside it)',
    run: async () => {
      const s = await script();
      download(s.script, s.fileName, 'text/x-r');
      if (s.csv) download(s.csv.text, s.csv.fileName, 'text/csv');
    },
  };
}

/** The markup of the chart's SVG element as drawn now. */
export function markupOf(element: SVGSVGElement | null): string {
  if (!element) throw new Error('The chart is not on screen yet.');
  return new XMLSerializer().serializeToString(element);
}

/**
 * A figure exported at a chosen size (Figure panel): the chart laid out at that size (drawn
 * hidden, or shown as the preview), its width in mm, the PNG resolution, and the table's unit and
 * group labels.
 */
export interface SizedExport {
  chart: (() => SVGSVGElement | null) | null;
  widthMm: number | null;
  dpi: number;
  table?: TableUnits;
}

/**
 * The exports of a survival view: the figure (SVG, PNG 2×, PNG at publication size) with its
 * method caption, the numbers table and the curve steps as CSV. Small counts suppressed on screen
 * are suppressed in the CSVs too (the SVG and PNG are the chart as drawn); the R script holds the
 * patients' rows, so it is not offered while counts are suppressed.
 */
export function survivalExports(
  chart: () => SVGSVGElement | null,
  result: SurvivalResult,
  hazards: HazardRatios | null,
  dataset: ExportDataset,
  script?: ScriptOf,
  cells: SmallCells = NO_SMALL_CELLS,
  sized?: SizedExport,
): ExportAction[] {
  const base = fileBase(result.title, dataset.simulated);
  const caption = survivalFigureCaption(result, hazards, dataset.label, cells);
  const atSize = sized?.chart && sized.widthMm ? { chart: sized.chart, mm: sized.widthMm } : null;
  const svg = atSize
    ? () => standaloneSvg(markupOf(atSize.chart()), caption, atSize.mm)
    : () => standaloneSvg(markupOf(chart()), caption);
  const print = { mm: atSize?.mm ?? PRINT_MM, dpi: sized?.dpi ?? PRINT_DPI };
  return [
    ...figureActions(base, svg, () => chart()?.width.baseVal.value ?? 760, print),
    {
      id: 'csv-table',
      label: 'CSV table',
      title: 'The numbers table: n, events, medians, survival at each time, hazard ratios',
      run: async () =>
        download(
          toCsv(survivalTableRows(result, hazards, dataset.label, cells, sized?.table)),
          `${base}.csv`,
          'text/csv',
        ),
    },
    {
      id: 'csv-steps',
      label: 'CSV curves',
      title: curveStepsTitle(sized?.table?.timeUnit ?? 'months'),
      run: async () =>
        download(
          toCsv(curveStepRows(result, dataset.label, cells)),
          `${base}-curve-steps.csv`,
          'text/csv',
        ),
    },
    // The R script embeds the patients' rows: not offered while small counts are suppressed.
    ...(script && !cells.suppress ? [scriptAction(script)] : []),
  ];
}

/** The exports of a forest plot: the figure with its caption, and its rows as CSV. */
export function forestExports(
  chart: () => SVGSVGElement | null,
  result: ForestResult,
  title: string,
  dataset: ExportDataset,
  script?: ScriptOf,
): ExportAction[] {
  const base = fileBase(title, dataset.simulated);
  const svg = () => standaloneSvg(markupOf(chart()), forestCaption(result, dataset.label));
  return [
    ...figureActions(base, svg, () => chart()?.width.baseVal.value ?? 760),
    {
      id: 'csv-table',
      label: 'CSV',
      title: 'The hazard ratios, intervals, p-values, events and n of every row',
      run: async () =>
        download(toCsv(forestRows(result, dataset.label)), `${base}.csv`, 'text/csv'),
    },
    ...(script ? [scriptAction(script)] : []),
  ];
}
