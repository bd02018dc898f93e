import type { TimeUnit } from './figure-options';

/** Months per unit shown. */
const PER: Readonly<Record<TimeUnit, number>> = { months: 1, years: 12 };

/**
 * A report time (months, as the data keep it) in words in the unit shown beside the competing-risk
 * chart: "12 months", "1 year", "1.5 years" (at most two decimals).
 * @example cumincTimeWords(24, 'years') // '2 years'
 */
export function cumincTimeWords(months: number, unit: TimeUnit): string {
  const v = +(months / PER[unit]).toFixed(2);
  const word = unit === 'months' ? 'month' : 'year';
  return `${v} ${v === 1 ? word : `${word}s`}`;
}

/**
 * The report times of the numbers table in one phrase: "12 and 24 months", "1 and 2 years",
 * "6, 12 and 24 months" (the unit named once, at the end).
 * @example cumincTimesPhrase([12, 24], 'years') // '1 and 2 years'
 */
export function cumincTimesPhrase(times: readonly number[], unit: TimeUnit): string {
  if (times.length <= 1) return times.length ? cumincTimeWords(times[0], unit) : '';
  const values = times.map((t) => String(+(t / PER[unit]).toFixed(2)));
  return `${values.slice(0, -1).join(', ')} and ${values[values.length - 1]} ${unit}`;
}
