import type { ForestResult } from '../engine/types';
import type { CsvCell } from './csv';

/**
 * A forest plot's rows as CSV: factor, unit, post-baseline flag, hazard ratio with CI and p,
 * events and n, and why a number is withheld; the model's summary for a multivariable model.
 * @example forestRows(result, 'Simulated cohort')[0] // header
 */
export function forestRows(result: ForestResult, dataset: string): CsvCell[][] {
  const header = [
    'dataset',
    'endpoint',
    'model',
    'ties',
    'as_published',
    'factor',
    'label',
    'unit',
    'post_baseline',
    'hr',
    'hr_lower',
    'hr_upper',
    'p',
    'events',
    'n',
    'note',
  ];
  const rows = result.rows.map((r): CsvCell[] => [
    dataset,
    result.endpointLabel,
    result.mode,
    result.ties,
    result.asPublished ? 1 : 0,
    r.factor,
    r.label,
    r.unit,
    r.postBaseline ? 1 : 0,
    r.hr,
    r.lower,
    r.upper,
    r.p,
    r.events,
    r.n,
    r.warning ?? null,
  ]);
  return [header, ...rows];
}
