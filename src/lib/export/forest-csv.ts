import type { ForestResult } from '../engine/types';
import type { CsvCell } from './csv';

/**
 * A forest plot's rows as CSV: factor, unit, post-baseline flag, hazard ratio with CI and p,
 * events and n, why a number is withheld, the hazard ratio on a second scale (per 12 months); the model's summary for a multivariable model.
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
    'rescaled_unit',
    'rescaled_hr',
    'rescaled_lower',
    'rescaled_upper',
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
    r.rescaled?.unit ?? null,
    r.rescaled?.hr ?? null,
    r.rescaled?.lower ?? null,
    r.rescaled?.upper ?? null,
  ]);
  return [header, ...rows];
}
