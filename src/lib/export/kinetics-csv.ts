import type { KineticsComparison } from '../engine/types';
import type { CsvCell } from './csv';

/**
 * The kinetics summaries as CSV rows: per measurement and group n, median, quartiles (R type 7),
 * minimum and maximum, with the test, its statistic, df and p; every row names the dataset and
 * the view, so a simulated cohort stays marked.
 * @example kineticsSummaryRows(result, 'Simulated cohort')[0][0] // 'dataset'
 */
export function kineticsSummaryRows(result: KineticsComparison, dataset: string): CsvCell[][] {
  const header = [
    'dataset',
    'view',
    'measure',
    'unit',
    'group',
    'n',
    'median',
    'q1',
    'q3',
    'min',
    'max',
    'test',
    'statistic_name',
    'statistic',
    'df',
    'p',
    'auc_method',
    'n_used',
    'n_total',
  ];
  const rows = result.metrics.flatMap((m) =>
    m.groups.map((q, k): CsvCell[] => [
      dataset,
      result.title,
      m.label,
      m.unit,
      result.groups[k].label,
      q.n,
      q.median,
      q.q1,
      q.q3,
      q.min,
      q.max,
      m.test?.method ?? m.note,
      m.test?.statistic?.name ?? null,
      m.test?.statistic?.value ?? null,
      m.test?.df.join(' ') || null,
      m.test?.p ?? null,
      result.auc,
      m.nUsed,
      result.nTotal,
    ]),
  );
  return [header, ...rows];
}

/** Every patient's kinetics as CSV rows (one row per patient). */
export function kineticsPatientRows(result: KineticsComparison, dataset: string): CsvCell[][] {
  const header = [
    'dataset',
    'view',
    'patient',
    'group',
    'cmax_copies',
    'tmax_days',
    'auc_0_28d',
    'auc_0_last',
    'auc_method',
    'persistence_months',
    'still_detectable_at_last_sample',
    'last_sample_day',
  ];
  const rows = result.patients.map((p): CsvCell[] => [
    dataset,
    result.title,
    p.id,
    result.groups[p.group].label,
    p.cmax,
    p.tmax,
    p.auc28,
    p.aucLast,
    result.auc,
    p.persistence,
    p.persistenceCensored === null ? null : p.persistenceCensored ? 1 : 0,
    p.lastSampleDay,
  ]);
  return [header, ...rows];
}

/** The transgene chart's data: every sample, then the median of each group at each visit. */
export function transgeneRows(result: KineticsComparison, dataset: string): CsvCell[][] {
  const header = ['dataset', 'view', 'series', 'group', 'day', 'copies_per_ug', 'below_lloq', 'n'];
  const samples = result.patients.flatMap((p) =>
    p.samples.map((s): CsvCell[] => [
      dataset,
      result.title,
      p.id,
      result.groups[p.group].label,
      s.day,
      s.copies,
      s.blq ? 1 : 0,
      null,
    ]),
  );
  const medians = result.curves.flatMap((c, k) =>
    c.map((v): CsvCell[] => [
      dataset,
      result.title,
      'median',
      result.groups[k].label,
      v.day,
      v.median,
      null,
      v.n,
    ]),
  );
  return [header, ...samples, ...medians];
}
