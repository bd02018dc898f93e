import { toCsv, type CsvCell } from '../export/csv';
import { download } from '../export/download';
import { fileBase } from '../export/file-base';
import { standaloneSvg } from '../export/standalone-svg';
import { figureActions, markupOf, type ExportAction, type ExportDataset } from './export-actions';

/**
 * The exports of one chart of the kinetics and safety tabs: the figure as SVG with its method
 * caption, PNG 2× and PNG at publication size; the file name says the title (and
 * "simulated-data" for a simulated cohort).
 * @example chartExports(() => svg, 'Cmax by CRS grade', ['n used 56 of 56.'], dataset)[0].label // 'SVG'
 */
export function chartExports(
  chart: () => SVGSVGElement | null,
  title: string,
  caption: () => string[],
  dataset: ExportDataset,
): ExportAction[] {
  const base = fileBase(title, dataset.simulated);
  const svg = () => standaloneSvg(markupOf(chart()), caption());
  return figureActions(base, svg, () => chart()?.width.baseVal.value ?? 760);
}

/** A CSV export of a table (its rows built when clicked). */
export function csvExport(
  id: string,
  label: string,
  title: string,
  fileName: string,
  simulated: boolean,
  rows: () => CsvCell[][],
): ExportAction {
  return {
    id,
    label,
    title,
    run: async () => download(toCsv(rows()), `${fileBase(fileName, simulated)}.csv`, 'text/csv'),
  };
}
