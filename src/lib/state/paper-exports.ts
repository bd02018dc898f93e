import { toCsv } from '../export/csv';
import { download } from '../export/download';
import { fileBase } from '../export/file-base';
import { paperCsvRows } from '../export/paper-csv';
import type { PaperRow } from '../engine/types';
import type { ExportAction, ExportDataset } from './export-actions';

/** The exports of the "Paper vs this dataset" table: every row and column as CSV. */
export function paperExports(rows: readonly PaperRow[], dataset: ExportDataset): ExportAction[] {
  const base = fileBase('paper vs this dataset', dataset.simulated);
  return [
    {
      id: 'csv-paper',
      label: 'CSV',
      title:
        'Every target of the paper: the published value, the value on this dataset, method, n used, status, notes and the paper’s inconsistencies',
      run: async () => download(toCsv(paperCsvRows(rows, dataset)), `${base}.csv`, 'text/csv'),
    },
  ];
}
