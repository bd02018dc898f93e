import { PATIENT_COLUMNS, type ColumnSpec } from './columns';
import { toCsv, type CsvCell } from '../export/csv';

/**
 * Two made-up patients whose times agree with each other (progression before the last follow-up,
 * CR after the first response, MRD negativity before it ended): the few values a rule cannot
 * give. Every other cell follows the column's registry entry (its levels, codes, range).
 */
const EXAMPLES: Readonly<Record<string, readonly [CsvCell, CsvCell]>> = {
  patient_id: ['P01', 'P02'],
  is_simulated: [0, 0],
  trial_id: ['TRIAL-1', 'TRIAL-1'],
  infusion_year: [2021, 2022],
  fu_potential_months: [36, 30],
  age_years: [61, 55],
  sex: ['F', 'M'],
  dose_level: [1, 1],
  n_pi_refractory: [0, 1],
  n_imid_refractory: [0, 1],
  bm_pc_pct: [30, 12],
  fish_evaluable: [1, 1],
  ada_post_pos: [0, 0],
  ada_first_pos_months: [null, null],
  best_response: ['CR', 'PR'],
  t_first_response_months: [1, 1],
  t_first_cr_months: [3, null],
  mrd_first_neg_months: [1, null],
  mrd_neg_end_months: [12, null],
  mrd_neg_end_status: [1, null],
  pfs_months: [14, 24],
  pfs_event: [1, 0],
  pfs_event_type: ['progression', 'none'],
  os_months: [30, 24],
  os_event: [0, 0],
  cmax_copies: [52000, 81000],
  tmax_days: [10, 14],
  auc_0_28d: [610000, 900000],
  auc_0_last: [700000, 1100000],
  pk_last_sample_day: [180, 360],
  car_persist_months: [6, 12],
  car_persist_event: [1, 0],
};

function example(spec: ColumnSpec, row: 0 | 1): CsvCell {
  const given = EXAMPLES[spec.name];
  if (given) return given[row];
  if (spec.levels) return spec.levels[row % spec.levels.length];
  if (spec.codes) return spec.codes[row % spec.codes.length];
  if (spec.type === 'boolean') return row;
  if (spec.type === 'string') return `${spec.name}-${row + 1}`;
  const low = spec.min ?? 0;
  const value = Math.max(low, 1) + row;
  return spec.max !== undefined ? Math.min(value, spec.max) : value;
}

/** The columns a template has: every patient column, in the registry's order. */
export const TEMPLATE_COLUMNS: readonly ColumnSpec[] = PATIENT_COLUMNS;

/**
 * A CSV to start from: every column of the data format (columns.ts) and two example rows that
 * load without an error. Generated from the registry, so it never lags behind it.
 * @example templateCsv().split('\r\n')[0].startsWith('patient_id,is_simulated') // true
 */
export function templateCsv(): string {
  return toCsv([
    TEMPLATE_COLUMNS.map((c) => c.name),
    TEMPLATE_COLUMNS.map((c) => example(c, 0)),
    TEMPLATE_COLUMNS.map((c) => example(c, 1)),
  ]);
}
