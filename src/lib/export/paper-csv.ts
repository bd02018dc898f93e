import { PAPER_GROUPS, type PaperRow } from '../paper/paper-row';
import type { CsvCell } from './csv';

/** The on-screen words of each status (the CSV says the same). */
export const STATUS_LABELS: Readonly<Record<PaperRow['status'], string>> = {
  close: 'close',
  differs: 'differs',
  'not-published': 'no number published',
  'not-computable': 'not computable here',
  'no-patient-data': 'not computable from patient data',
};

/**
 * The "Paper vs this dataset" table as CSV rows, every column of the screen and more: each row
 * names the dataset (with "SIMULATED" for a simulated cohort, so the file says so), the target,
 * the paper's and the data's value, method, n used / N, status, the numbers compared, missing
 * columns, notes, the §10 findings and the view's link.
 * @example paperCsvRows(rows, { label: 'Demo', simulated: true })[1][0] // 'Demo (SIMULATED)'
 */
export function paperCsvRows(
  rows: readonly PaperRow[],
  dataset: { label: string; simulated: boolean },
): CsvCell[][] {
  const name = dataset.simulated ? `${dataset.label} (SIMULATED)` : dataset.label;
  const group = (id: PaperRow['group']) => PAPER_GROUPS.find((g) => g.id === id)?.label ?? id;
  const header = [
    'dataset',
    'id',
    'group',
    'quantity',
    'paper',
    'this_dataset',
    'method',
    'n_used',
    'n_total',
    'status',
    'compared',
    'missing_columns',
    'reason',
    'notes',
    'paper_inconsistencies',
    'view',
  ];
  return [
    header,
    ...rows.map((r): CsvCell[] => [
      name,
      r.id,
      group(r.group),
      r.label,
      r.published,
      r.value,
      r.method,
      r.nUsed,
      r.nTotal,
      STATUS_LABELS[r.status],
      r.comparisons
        .map(
          (c) =>
            `${c.what}: paper ${c.publishedText}, data ${c.data ?? 'NA'} (${c.close ? 'close' : 'differs'})`,
        )
        .join('; ') || null,
      r.missingColumns.join(' ') || null,
      r.reason,
      r.notes.join(' ') || null,
      r.audit.join(' ') || null,
      r.link,
    ]),
  ];
}
