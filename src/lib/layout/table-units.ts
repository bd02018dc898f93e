import type { FigureOptions, TimeUnit } from './figure-options';
import { NOT_REACHED } from './format';
import { relabel } from './group-labels';

/** What the numbers table takes from the Figure panel: the time unit shown and the group labels. */
export type TableUnits = Pick<FigureOptions, 'timeUnit' | 'groupLabels'>;

/** The table as before: months and the data's group labels. */
export const MONTHS_TABLE: Readonly<TableUnits> = Object.freeze({
  timeUnit: 'months',
  groupLabels: Object.freeze([]) as unknown as string[],
});

const PER: Readonly<Record<TimeUnit, number>> = { months: 1, years: 12 };
/** Decimals of a time in each unit: 0.1 month; 0.01 year (about 4 days). */
const DIGITS: Readonly<Record<TimeUnit, number>> = { months: 1, years: 2 };
const SHORT: Readonly<Record<TimeUnit, string>> = { months: 'mo', years: 'yr' };

/**
 * A time in months in the unit shown, as a number (null stays null).
 * @example inUnit(18, 'years') // 1.5
 */
export function inUnit(months: number | null, unit: TimeUnit): number | null {
  return months === null || !Number.isFinite(months) ? null : months / PER[unit];
}

/**
 * A report time (months) as a column heading in the unit shown: "12 mo", "1 yr", "1.5 yr".
 * @example timeHeading(24, 'years') // '2 yr'
 */
export function timeHeading(months: number, unit: TimeUnit): string {
  return `${+(months / PER[unit]).toFixed(2)} ${SHORT[unit]}`;
}

/** The CSV column stem of a report time: `surv_12` in months (as before), `surv_1y` in years. */
export function timeColumn(months: number, unit: TimeUnit): string {
  return unit === 'months' ? `surv_${months}` : `surv_${+(months / 12).toFixed(2)}y`;
}

/**
 * A Kaplan–Meier median and its 95% CI in the unit shown, "not reached" where the curve never gets
 * there: 31.6 months → "2.63 (2.04–not reached)" in years.
 * @example formatMedianIn(31.6, 24.5, null, 'years') // '2.63 (2.04–not reached)'
 */
export function formatMedianIn(
  median: number | null,
  lower: number | null,
  upper: number | null,
  unit: TimeUnit,
): string {
  const f = (v: number | null) => {
    const x = inUnit(v, unit);
    return x === null ? NOT_REACHED : x.toFixed(DIGITS[unit]);
  };
  return `${f(median)} (${f(lower)}–${f(upper)})`;
}

/**
 * The groups' names as the chart draws them: the Figure panel's labels in place of the data's.
 * @example groupNames([{ label: '0' }, { label: '1' }], { timeUnit: 'months', groupLabels: ['No'] }) // ['No', '1']
 */
export function groupNames(groups: readonly { label: string }[], t: TableUnits): string[] {
  return relabel(groups, t.groupLabels).map((g) => g.label);
}
