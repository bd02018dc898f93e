import type { CorrelationsResult } from '../engine/types';
import type { CsvCell } from './csv';

/**
 * The correlation matrix as CSV rows: one row per pair of measures with Spearman's ρ, p, the
 * patients with both values and how many of them have a censored value; every row names the
 * dataset and the method.
 * @example correlationRows(result, 'Simulated cohort')[1].slice(1, 3) // ['Cmax', 'AUC day 0–28']
 */
export function correlationRows(result: CorrelationsResult, dataset: string): CsvCell[][] {
  const label = (column: string) => result.variables.find((v) => v.column === column)!;
  const header: CsvCell[] = [
    'dataset',
    'x',
    'y',
    'x_column',
    'y_column',
    'rho',
    'p',
    'n',
    'n_with_a_censored_value',
    'method',
  ];
  return [
    header,
    ...result.pairs.map((p): CsvCell[] => [
      dataset,
      label(p.x).label,
      label(p.y).label,
      p.x,
      p.y,
      p.rho,
      p.p,
      p.n,
      p.nCensored,
      result.method,
    ]),
  ];
}
