import { DEFAULT_MONTH_DAYS, META_KEYS, PATIENT_COLUMNS } from './columns';
import { describeRows, emptyReport, MAX_EXAMPLE_ROWS, type ValidationReport } from './issues';
import { finiteNumbers } from './column-scan';
import { num } from './values';
import { selectKth } from '../stats/select-kth';

/** The patient-table columns the contract gives in months since infusion. */
const MONTH_COLUMNS = PATIENT_COLUMNS.filter((c) => c.unit === 'months').map((c) => c.name);

/** Largest plausible median and maximum of a time column in months (10 and 30 years). */
export const MONTHS_MEDIAN_MAX = 120;
export const MONTHS_MAX = 360;
/** 365.25 / 7 / 12: weeks per month. */
export const WEEKS_PER_MONTH = 4.348;

const RULE = `times must be months since CAR-T infusion: median ≤ ${MONTHS_MEDIAN_MAX} and maximum ≤ ${MONTHS_MAX}`;

export interface TimeUnitOptions {
  /** Days per month (schema metadata cart_explorer.month_days); 30.4375 if absent. */
  monthDays?: number;
  /** Schema metadata cart_explorer.times_in_months_confirmed = true: warn instead of refusing. */
  confirmed?: boolean;
}

interface Offender {
  column: string;
  median: number;
  max: number;
  /** 1-based rows of the largest values, largest first. */
  rows: number[];
}

const fmt = (x: number) => String(Math.round(x * 10) / 10);
const fits = (o: Offender, per: number) =>
  o.median / per <= MONTHS_MEDIAN_MAX && o.max / per <= MONTHS_MAX;
const converted = (o: Offender, per: number) =>
  `divided by ${per}: median ${fmt(o.median / per)}, maximum ${fmt(o.max / per)} months`;
/** True when the bulk of the column is too large, not just a few values. */
const shifted = (o: Offender, monthDays: number) =>
  o.median > MONTHS_MEDIAN_MAX && fits(o, monthDays);

/** Median and maximum of the finite values, or null if they pass the months rule. */
function offender(column: string, values: ArrayLike<unknown>): Offender | null {
  // Typed arrays and selection, not sorting: this runs on every load, 10^5 rows included.
  const all = finiteNumbers(values);
  const present = new Float64Array(all.length);
  let n = 0;
  let max = -Infinity;
  for (let i = 0; i < all.length; i++) {
    const x = all[i];
    if (x !== x) continue;
    present[n++] = x;
    if (x > max) max = x;
  }
  // The median is at most the maximum: a column whose maximum passes the median rule passes.
  if (n === 0 || max <= MONTHS_MEDIAN_MAX) return null;
  const x = present.subarray(0, n);
  const low = selectKth(x, Math.floor((n - 1) / 2));
  // After selecting the lower middle, the upper middle is the smallest value above it.
  let high = low;
  if (n % 2 === 0) {
    high = Infinity;
    for (let i = Math.floor((n - 1) / 2) + 1; i < n; i++) if (x[i] < high) high = x[i];
  }
  const median = (low + high) / 2;
  if (median <= MONTHS_MEDIAN_MAX && max <= MONTHS_MAX) return null;
  // Rows of the largest values, largest first (ties in row order), only for an offending column.
  const sorted = x.sort();
  const cut = sorted[Math.max(0, n - MAX_EXAMPLE_ROWS)];
  const rows = Array.from(values, (v, i) => ({ v: num(v), i }))
    .filter((x): x is { v: number; i: number } => x.v !== null && x.v >= cut)
    .sort((a, b) => b.v - a.v || a.i - b.i)
    .slice(0, MAX_EXAMPLE_ROWS)
    .map((x) => x.i + 1);
  return { column, median, max, rows };
}

/**
 * The likely unit of a column that failed the months rule. Days when the whole column is shifted
 * (the median is too large as well) and dividing by days per month brings it within the rule, or
 * when only its largest values are too large but another column of the file is shifted that way.
 * Whatever dividing by weeks per month fixes, dividing by days per month fixes too, so a column
 * that either would fix is named "days or weeks". Otherwise the values are "not months".
 */
function likelyUnit(o: Offender, monthDays: number, inDays: Offender | undefined): string {
  const notMonths = 'these are probably not months (nor days or weeks): check the largest values';
  if (!fits(o, monthDays)) return notMonths;
  const byDays = converted(o, monthDays);
  if (o.median <= MONTHS_MEDIAN_MAX) {
    return inDays ? `these look like days, as in ${inDays.column} (${byDays})` : notMonths;
  }
  if (!fits(o, WEEKS_PER_MONTH)) return `these look like days (${byDays})`;
  return `these look like days (${byDays}) or weeks (${converted(o, WEEKS_PER_MONTH)})`;
}

/**
 * Unit sanity check of the patient table: every column with unit 'months' in the contract whose
 * finite values have a median > 120 or a maximum > 360 is reported, one issue per column, with
 * the median and maximum found, the likely unit (days, days or weeks, or "not months") and the
 * rows of the largest values. These are errors (a file in days would otherwise give a median PFS
 * of 490 "months"), or warnings when the producer confirmed the times are months.
 * @example
 * validateTimeUnits((c) => (c === 'pfs_months' ? [700, 2047, 30] : []));
 * // errors[0].message starts "pfs_months: median 700 and maximum 2047 (largest in rows 2, 1, 3)"
 */
export function validateTimeUnits(
  get: (name: string) => ArrayLike<unknown>,
  { monthDays = DEFAULT_MONTH_DAYS, confirmed = false }: TimeUnitOptions = {},
): ValidationReport {
  const report = emptyReport();
  const offenders = MONTH_COLUMNS.map((c) => offender(c, get(c))).filter((o) => o !== null);
  const inDays = offenders.find((o) => shifted(o, monthDays));
  const tail = confirmed
    ? `; kept as months because ${META_KEYS.timesInMonthsConfirmed} = true`
    : `; if they really are months, set the Arrow schema metadata key ${META_KEYS.timesInMonthsConfirmed} to true (CSV cannot)`;
  for (const o of offenders) {
    const largest = `(largest in ${describeRows(o.rows).slice(1)}`;
    (confirmed ? report.warnings : report.errors).push({
      column: o.column,
      rule: 'time-not-months',
      message: `${o.column}: median ${fmt(o.median)} and maximum ${fmt(o.max)} ${largest}; ${RULE} — ${likelyUnit(o, monthDays, inDays)}${tail}`,
      rows: o.rows,
      count: 1,
    });
  }
  return report;
}
