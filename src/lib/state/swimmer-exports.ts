import type { SwimmerResult } from '../engine/types';
import { toCsv } from '../export/csv';
import { download } from '../export/download';
import { fileBase } from '../export/file-base';
import { standaloneSvg } from '../export/standalone-svg';
import { swimmerCaption, swimmerCsvRows } from '../export/swimmer-csv';
import { figureActions, markupOf, type ExportAction, type ExportDataset } from './export-actions';

/**
 * The exports of the swimmer plot: the figure (SVG, PNG 2×, PNG at publication size) with its
 * method caption, and its rows (one line per bar segment) as CSV.
 */
export function swimmerExports(
  chart: () => SVGSVGElement | null,
  result: SwimmerResult,
  dataset: ExportDataset,
): ExportAction[] {
  const base = fileBase(result.title, dataset.simulated);
  const svg = () => standaloneSvg(markupOf(chart()), swimmerCaption(result, dataset.label));
  return [
    ...figureActions(base, svg, () => chart()?.width.baseVal.value ?? 760),
    {
      id: 'csv-table',
      label: 'CSV rows',
      title:
        'Every row of the swimmer plot, one line per bar segment: patient, MRD group, months, MRD status, progression, death, best response, cytogenetic risk',
      run: async () =>
        download(toCsv(swimmerCsvRows(result, dataset.label)), `${base}.csv`, 'text/csv'),
    },
  ];
}
