import type { AdaCumulative, CrsTable } from '../engine/types';
import type { CsvCell } from './csv';

/**
 * The CRS table as CSV rows: each grade and each group of grades as n, N, proportion and its
 * exact 95 % CI; every row names the dataset.
 * @example crsRows(crs, 'Simulated cohort')[1][1] // 'Grade 0 (no CRS)'
 */
export function crsRows(crs: CrsTable, dataset: string): CsvCell[][] {
  const header = ['dataset', 'row', 'grades', 'n', 'total', 'proportion', 'lower_95', 'upper_95'];
  const rows = [...crs.grades, ...crs.groups].map((r): CsvCell[] => [
    dataset,
    r.label,
    r.grades.join(' '),
    r.n,
    r.total,
    r.proportion,
    r.lower,
    r.upper,
  ]);
  return [header, ...rows];
}

/** The cumulative ADA positivity as CSV rows: every step of the curve (1 − S with its CI). */
export function adaRows(ada: AdaCumulative, dataset: string): CsvCell[][] {
  const header = [
    'dataset',
    'months',
    'n_risk',
    'n_event',
    'n_censor',
    'cumulative_ada_positive',
    'lower_95',
    'upper_95',
  ];
  const rows = ada.steps.map((s): CsvCell[] => [
    dataset,
    s.time,
    s.nRisk,
    s.nEvent,
    s.nCensor,
    1 - s.surv,
    s.upper === null ? null : 1 - s.upper,
    s.lower === null ? null : 1 - s.lower,
  ]);
  return [header, ...rows];
}

/** The ADA table as CSV rows: the crude proportion, then the cumulative proportion at each month. */
export function adaTableRows(ada: AdaCumulative, dataset: string): CsvCell[][] {
  const header = [
    'dataset',
    'row',
    'months',
    'n',
    'total',
    'proportion',
    'lower_95',
    'upper_95',
    'n_risk',
  ];
  const c = ada.crude;
  return [
    header,
    [
      dataset,
      'crude: ever ADA-positive after infusion',
      null,
      c.n,
      c.total,
      c.proportion,
      c.lower,
      c.upper,
      null,
    ],
    ...ada.at.map((a): CsvCell[] => [
      dataset,
      'cumulative (1 - Kaplan-Meier)',
      a.time,
      null,
      null,
      a.cumulative,
      a.lower,
      a.upper,
      a.nRisk,
    ]),
  ];
}
