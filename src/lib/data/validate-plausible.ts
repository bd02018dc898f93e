import { META_KEYS, PATIENT_COLUMNS, patientColumn } from './columns';
import { plural, quote, rowIssue, type Issue } from './issues';
import { MAX_TIME_MONTHS } from './limits';
import { finiteNumbers, hasInfinity } from './column-scan';

/** The patient-table columns the contract gives in months since infusion. */
const MONTH_COLUMNS = PATIENT_COLUMNS.filter((c) => c.unit === 'months').map((c) => c.name);

const DATA_CUTOFF_KEY = META_KEYS.dataCutoff;

export interface PlausibleOptions {
  /** Schema metadata (the data cut-off, if given, bounds the follow-up). */
  metadata?: Map<string, string>;
  /** Today, when the file gives no data cut-off. */
  now?: Date;
}

function rowsWhere(values: ArrayLike<unknown>, pred: (v: unknown, i: number) => boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) if (pred(values[i], i)) out.push(i);
  return out;
}

const infinite = (v: unknown) => typeof v === 'number' && !Number.isNaN(v) && !Number.isFinite(v);

function nonFinite(name: string, values: ArrayLike<unknown>): Issue | null {
  // A plain scan first: nearly every column has no infinite value.
  if (!hasInfinity(values)) return null;
  const bad = rowsWhere(values, infinite);
  if (bad.length === 0) return null;
  const found = [
    ...new Set(bad.map((i) => ((values[i] as number) > 0 ? '+Infinity' : '−Infinity'))),
  ];
  const spec = patientColumn(name);
  const time = spec?.unit === 'months' || spec?.unit === 'days';
  return rowIssue(
    name,
    'not-finite',
    bad,
    `${plural(bad.length, 'value is', 'values are')} infinite (${found.join(', ')})`,
    time
      ? '; a time must be a finite number — write an unknown time as an empty cell, and a patient still followed as the last follow-up time with no event'
      : '; write a missing value as an empty cell',
  );
}

/** No time is over MAX_TIME_MONTHS or runs past `year` (missing times and years are NaN). */
function plausibleTimes(times: Float64Array, yearOf: Float64Array, year: number): boolean {
  const withYears = yearOf.length === times.length;
  for (let i = 0; i < times.length; i++) {
    const t = times[i];
    if (t > MAX_TIME_MONTHS || (withYears && yearOf[i] + t / 12 > year)) return false;
  }
  return true;
}

/** The year the follow-up cannot pass: the data cut-off's year (metadata) or today's, plus one. */
function lastYear(options: PlausibleOptions): { year: number; source: string } {
  const cutoff = options.metadata?.get(DATA_CUTOFF_KEY)?.trim();
  const m = cutoff ? /^(\d{4})\b/.exec(cutoff) : null;
  if (m)
    return { year: Number(m[1]) + 1, source: `the data cut-off ${cutoff} (${DATA_CUTOFF_KEY})` };
  const today = options.now ?? new Date();
  return { year: today.getUTCFullYear() + 1, source: `today (${today.getUTCFullYear()})` };
}

/**
 * Values no real cohort can hold, as errors with their rows: ±Infinity in any numeric column
 * (they would silently drop out of every analysis), a time from infusion beyond MAX_TIME_MONTHS
 * (50 years), and a follow-up that runs past the year after the data cut-off (schema metadata
 * cart_explorer.data_cutoff) or, without it, past next year: infusion_year + time / 12 > that
 * year (the year after, because an infusion late in its year can be followed into the next).
 * @example validatePlausible(['pfs_months'], (c) => [12, Infinity], 2)[0].rule // 'not-finite'
 */
export function validatePlausible(
  names: readonly string[],
  get: (name: string) => ArrayLike<unknown>,
  options: PlausibleOptions = {},
): Issue[] {
  const issues: Issue[] = [];
  for (const name of names) {
    const issue = nonFinite(name, get(name));
    if (issue) issues.push(issue);
  }
  const years = get('infusion_year');
  // Missing years (and times) are NaN, so every comparison with them is false.
  const yearOf = finiteNumbers(years);
  const { year, source } = lastYear(options);
  for (const name of MONTH_COLUMNS) {
    if (!names.includes(name)) continue;
    const values = get(name);
    const times = finiteNumbers(values);
    if (plausibleTimes(times, yearOf, year)) continue;
    const long = rowsWhere(times, (t) => (t as number) > MAX_TIME_MONTHS);
    if (long.length > 0) {
      const found = [...new Set(long.map((i) => values[i]))].slice(0, 3).map(quote).join(', ');
      issues.push(
        rowIssue(
          name,
          'time-too-long',
          long,
          `${plural(long.length, 'time is', 'times are')} longer than ${MAX_TIME_MONTHS} months (50 years) after infusion`,
          `; found ${found} — check the unit (months since infusion) and the values`,
        ),
      );
    }
    const past = rowsWhere(times, (t, i) => {
      const y = yearOf[i];
      return (t as number) <= MAX_TIME_MONTHS && y + (t as number) / 12 > year;
    });
    if (past.length > 0) {
      const i = past[0];
      issues.push(
        rowIssue(
          name,
          'follow-up-too-long',
          past,
          `${plural(past.length, 'time runs', 'times run')} past ${year} (infusion year + time)`,
          `; e.g. ${quote(values[i])} months after an infusion in ${quote(years[i])}, but the follow-up cannot go beyond the year after ${source} — check the times and infusion_year`,
        ),
      );
    }
  }
  return issues;
}
