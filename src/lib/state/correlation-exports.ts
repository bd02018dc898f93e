import { matrixCaption, scatterCaption } from '../export/correlation-captions';
import { correlationRows } from '../export/correlation-csv';
import { toCsv } from '../export/csv';
import { download } from '../export/download';
import { fileBase } from '../export/file-base';
import { standaloneSvg } from '../export/standalone-svg';
import type { CorrelationPair, CorrelationsResult } from '../engine/types';
import { figureActions, markupOf, type ExportAction, type ExportDataset } from './export-actions';

/** The exports of the correlation matrix: the figure with its caption, and every pair as CSV. */
export function correlationMatrixExports(
  chart: () => SVGSVGElement | null,
  result: CorrelationsResult,
  title: string,
  dataset: ExportDataset,
): ExportAction[] {
  const base = fileBase(title, dataset.simulated);
  const svg = () => standaloneSvg(markupOf(chart()), matrixCaption(result, dataset.label));
  return [
    ...figureActions(base, svg, () => chart()?.width.baseVal.value ?? 760),
    {
      id: 'csv-table',
      label: 'CSV',
      title: 'Spearman’s ρ, p, n and the censored count of every pair',
      run: async () =>
        download(toCsv(correlationRows(result, dataset.label)), `${base}.csv`, 'text/csv'),
    },
  ];
}

/** The exports of a pair's scatter plot: the figure with its caption. */
export function scatterExports(
  chart: () => SVGSVGElement | null,
  result: CorrelationsResult,
  pair: CorrelationPair,
  title: string,
  dataset: ExportDataset,
): ExportAction[] {
  const base = fileBase(title, dataset.simulated);
  const svg = () => standaloneSvg(markupOf(chart()), scatterCaption(result, pair, dataset.label));
  return figureActions(base, svg, () => chart()?.width.baseVal.value ?? 760);
}
