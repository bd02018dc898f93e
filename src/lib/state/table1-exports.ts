import { toCsv } from '../export/csv';
import { download } from '../export/download';
import { fileBase } from '../export/file-base';
import { table1Rows } from '../export/table1-csv';
import type { Table1Result } from '../engine/types';
import type { ExportAction, ExportDataset } from './export-actions';

/** The export of Table 1: the table as CSV (a simulated cohort says so in its name and rows). */
export function table1Exports(result: Table1Result, dataset: ExportDataset): ExportAction[] {
  const base = fileBase(result.title, dataset.simulated);
  return [
    {
      id: 'csv-table',
      label: 'CSV table',
      title:
        'Table 1: every characteristic overall and per group (n/N, median and quartiles, missing), with the test and p of each row',
      run: async () =>
        download(toCsv(table1Rows(result, dataset.label)), `${base}.csv`, 'text/csv'),
    },
  ];
}
