import { toCsv, type CsvCell } from '../export/csv';
import { download } from '../export/download';
import { fileBase } from '../export/file-base';
import { responseCaption } from '../export/response-caption';
import {
  responseFactorRows,
  responseOverTimeRows,
  responseRateRows,
  responseTimeRows,
} from '../export/response-csv';
import { standaloneSvg } from '../export/standalone-svg';
import type { ResponseResult } from '../engine/types';
import { figureActions, markupOf, type ExportAction, type ExportDataset } from './export-actions';

function csvAction(
  id: string,
  label: string,
  title: string,
  rows: () => CsvCell[][],
  file: string,
): ExportAction {
  return { id, label, title, run: async () => download(toCsv(rows()), file, 'text/csv') };
}

/** The chart of response over time: SVG with its caption, PNGs, and its numbers as CSV. */
export function responseChartExports(
  chart: () => SVGSVGElement | null,
  result: ResponseResult,
  dataset: ExportDataset,
): ExportAction[] {
  const base = fileBase(`${result.title} over time`, dataset.simulated);
  const svg = () => standaloneSvg(markupOf(chart()), responseCaption(result, dataset.label));
  return [
    ...figureActions(base, svg, () => chart()?.width.baseVal.value ?? 760),
    csvAction(
      'csv-months',
      'CSV',
      'Every month and group: patients counted and the count in each band',
      () => responseOverTimeRows(result, dataset.label),
      `${base}.csv`,
    ),
  ];
}

/** The rates table (overall and by group) as CSV. */
export function responseRatesExports(
  result: ResponseResult,
  dataset: ExportDataset,
): ExportAction[] {
  const base = fileBase(`${result.title} rates`, dataset.simulated);
  return [
    csvAction(
      'csv-rates',
      'CSV',
      'Every rate: x, n, proportion, exact 95% CI, Fisher p and odds ratio across groups, denominator',
      () => responseRateRows(result, dataset.label),
      `${base}.csv`,
    ),
  ];
}

/** The triple/penta-refractory 2×2 tables as CSV. */
export function responseFactorExports(
  result: ResponseResult,
  dataset: ExportDataset,
): ExportAction[] {
  const base = fileBase('Response by triple and penta-refractory status', dataset.simulated);
  return [
    csvAction(
      'csv-factors',
      'CSV',
      "The 2×2 counts, rates with exact 95% CI, Fisher's p and odds ratios",
      () => responseFactorRows(result, dataset.label),
      `${base}.csv`,
    ),
  ];
}

/** Times to first response, CR and MRD negativity as CSV. */
export function responseTimesExports(
  result: ResponseResult,
  dataset: ExportDataset,
): ExportAction[] {
  const base = fileBase(`${result.title} time to first response`, dataset.simulated);
  return [
    csvAction(
      'csv-times',
      'CSV',
      'Median and range of the times to first response, CR and MRD negativity',
      () => responseTimeRows(result, dataset.label),
      `${base}.csv`,
    ),
  ];
}
