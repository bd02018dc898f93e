import { cumincCaption, cumincRows } from '../export/cuminc-csv';
import { toCsv } from '../export/csv';
import { download } from '../export/download';
import { fileBase } from '../export/file-base';
import { standaloneSvg } from '../export/standalone-svg';
import type { CumincResult } from '../engine/types';
import { cumincCsvTitle } from '../export/csv-unit-titles';
import { grayTestText } from '../layout/cuminc-table';
import type { TimeUnit } from '../layout/figure-options';
import { figureActions, markupOf, type ExportAction, type ExportDataset } from './export-actions';

/**
 * The cumulative-incidence chart: SVG with its caption, PNGs, and its numbers as CSV. The button
 * names the report times in the unit shown (`unit`); the CSV's columns stay `cif_<months>`.
 */
export function cumincExports(
  chart: () => SVGSVGElement | null,
  result: CumincResult,
  dataset: ExportDataset,
  unit: TimeUnit = 'months',
): ExportAction[] {
  const base = fileBase(result.title, dataset.simulated);
  const caption = () => cumincCaption(result, grayTestText(result), dataset.label);
  const svg = () => standaloneSvg(markupOf(chart()), caption());
  return [
    ...figureActions(base, svg, () => chart()?.width.baseVal.value ?? 760),
    {
      id: 'csv',
      label: 'CSV',
      title: cumincCsvTitle(result, unit),
      run: async () =>
        download(toCsv(cumincRows(result, dataset.label)), `${base}.csv`, 'text/csv'),
    },
  ];
}
