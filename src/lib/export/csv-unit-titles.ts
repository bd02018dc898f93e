import type { CumincResult } from '../engine/types';
import { cumincTimesPhrase } from '../layout/cuminc-times';
import type { TimeUnit } from '../layout/figure-options';

/**
 * The curve-steps CSV button's tooltip: its `time` column is in months whatever the chart shows
 * (its header is a contract other tools read), and in years it says how to convert.
 * @example curveStepsTitle('years') // '… time in months (the chart shows years: divide by 12)'
 */
export function curveStepsTitle(unit: TimeUnit): string {
  return `Every step of every Kaplan–Meier curve (as R survfit), time in months${
    unit === 'years' ? ' (the chart shows years: divide by 12)' : ''
  }`;
}

/**
 * The competing-risk CSV button's tooltip: the report times in the unit shown beside the chart,
 * and, in years, the month names of the CSV's columns (`cif_12`, which stay as they are).
 * @example cumincCsvTitle(result, 'years') // '… at 1 and 2 years, Gray’s test (columns named in months: cif_12, cif_24)'
 */
export function cumincCsvTitle(result: Pick<CumincResult, 'times'>, unit: TimeUnit): string {
  const columns =
    unit === 'months'
      ? ''
      : ` (columns named in months: ${result.times.map((t) => `cif_${t}`).join(', ')})`;
  return `Every group and outcome: n, events, cumulative incidence and its standard error at ${cumincTimesPhrase(result.times, unit)}, Gray’s test${columns}`;
}
