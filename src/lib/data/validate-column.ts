import { isTimeColumn, type ColumnSpec } from './columns';
import { emptyReport, plural, quote, rowIssue, type ValidationReport } from './issues';
import { allAllowed, countNaN, finiteNumbers, inRange, onlyZeroOneOrNaN } from './column-scan';
import { isMissing, whereRows } from './values';

/** Values that data exports often use to mean "missing" (0 only when 0 is out of range). */
const SENTINELS = new Set([-1, -9, -99, -999, 0, 9, 99, 999, 9999, 88, 888]);
const MISSING_HINT = '; missing values must be an empty cell or NA, never a code';

function examples(values: ArrayLike<unknown>, rows: readonly number[]): string {
  const found = [...new Set(rows.map((i) => values[i]))].slice(0, 3).map(quote);
  return found.join(', ');
}

function checkBoolean(
  spec: ColumnSpec,
  values: ArrayLike<unknown>,
  report: ValidationReport,
): void {
  if (ArrayBuffer.isView(values) && onlyZeroOneOrNaN(finiteNumbers(values))) return;
  const bad = whereRows(values, (v) => !isMissing(v) && v !== 0 && v !== 1);
  if (bad.length === 0) return;
  const codes = bad.every(
    (i) => typeof values[i] === 'number' && SENTINELS.has(values[i] as number),
  );
  const found = examples(values, bad);
  report.errors.push(
    rowIssue(
      spec.name,
      'not-0-1',
      bad,
      `${plural(bad.length, 'value is', 'values are')} not 0 or 1`,
      `; found ${found}${codes ? ` — this looks like a missing-value code${MISSING_HINT}` : ''}`,
    ),
  );
}

function checkEnum(spec: ColumnSpec, values: ArrayLike<unknown>, report: ValidationReport): void {
  const levels = spec.levels ?? [];
  const allowed = new Set<string>(levels);
  if (allAllowed(values, allowed)) return;
  const bad = whereRows(values, (v) => !isMissing(v) && !allowed.has(String(v)));
  if (bad.length === 0) return;
  const fatal = spec.requirement === 'required';
  const issue = rowIssue(
    spec.name,
    'not-allowed-value',
    bad,
    `${plural(bad.length, 'value is', 'values are')} not one of ${levels.join(', ')}`,
    `; found ${examples(values, bad)}${fatal ? '' : ' — these are treated as missing'}`,
  );
  (fatal ? report.errors : report.warnings).push(issue);
}

function checkNumber(spec: ColumnSpec, values: ArrayLike<unknown>, report: ValidationReport): void {
  // A typed column holds numbers only.
  const notNum = ArrayBuffer.isView(values)
    ? []
    : whereRows(values, (v) => !isMissing(v) && typeof v !== 'number');
  if (notNum.length > 0) {
    report.errors.push(
      rowIssue(
        spec.name,
        'not-a-number',
        notNum,
        `${plural(notNum.length, 'value is', 'values are')} not numbers`,
        `; found ${examples(values, notNum)}`,
      ),
    );
  }
  // ±Infinity is reported once, by validatePlausible, not again as negative or out of range.
  // Finite numbers, NaN for anything else: the checks below are then plain numeric scans.
  const nums = finiteNumbers(values);
  const time = isTimeColumn(spec);
  const min = spec.min ?? -Infinity;
  const max = spec.max ?? Infinity;
  const zeroMatters = spec.name === 'pfs_months' || spec.name === 'os_months';
  // One scan says whether any check below can find a row; nearly every column passes them all.
  if (
    !spec.codes &&
    inRange(nums, time ? Math.max(0, min) : min, max, spec.type === 'integer', zeroMatters)
  ) {
    return;
  }
  if (spec.codes) {
    const codes = spec.codes;
    const bad = whereRows(nums, (v) => !Number.isNaN(v) && !codes.includes(v));
    if (bad.length > 0) {
      report.errors.push(
        rowIssue(
          spec.name,
          'not-allowed-value',
          bad,
          `${plural(bad.length, 'value is', 'values are')} not one of ${codes.join(', ')}`,
          `; found ${examples(values, bad)}`,
        ),
      );
    }
    return;
  }
  const negative = time ? whereRows(nums, (v) => v < 0) : [];
  if (negative.length > 0) {
    report.errors.push(
      rowIssue(
        spec.name,
        'negative-time',
        negative,
        `${plural(negative.length, 'negative value')}`,
      ),
    );
  }
  const out = whereRows(nums, (v) => (v < min || v > max) && !(time && v < 0));
  const sentinel = out.filter((i) => SENTINELS.has(nums[i]));
  const plainOut = out.filter((i) => !SENTINELS.has(nums[i]));
  if (sentinel.length > 0) {
    report.warnings.push(
      rowIssue(
        spec.name,
        'sentinel-code',
        sentinel,
        `${plural(sentinel.length, 'value looks', 'values look')} like a missing-value code (${examples(values, sentinel)})`,
        `${MISSING_HINT}; they are analysed as numbers unless you fix them`,
      ),
    );
  }
  if (plainOut.length > 0) {
    const range = `${Number.isFinite(min) ? min : '−∞'}–${Number.isFinite(max) ? max : '∞'}`;
    report.warnings.push(
      rowIssue(
        spec.name,
        'out-of-range',
        plainOut,
        `${plural(plainOut.length, 'value')} outside ${range}${spec.unit ? ` ${spec.unit}` : ''}`,
        `; found ${examples(values, plainOut)}`,
      ),
    );
  }
  if (spec.type === 'integer') {
    const frac = whereRows(nums, (v) => !Number.isNaN(v) && !Number.isInteger(v));
    if (frac.length > 0) {
      report.warnings.push(
        rowIssue(
          spec.name,
          'not-integer',
          frac,
          `${plural(frac.length, 'value is', 'values are')} not whole numbers`,
          `; found ${examples(values, frac)}`,
        ),
      );
    }
  }
  if (zeroMatters) {
    const zero = whereRows(nums, (v) => v === 0);
    if (zero.length > 0) {
      report.warnings.push(
        rowIssue(
          spec.name,
          'zero-time',
          zero,
          `${plural(zero.length, 'time is', 'times are')} exactly 0`,
          `; a time of 0 is unusual after infusion — check that it is not a missing-value code`,
        ),
      );
    }
  }
}

/** Type, range, code and missing-value checks for one input column of the patient table. */
export function validateColumn(
  spec: ColumnSpec,
  values: ArrayLike<unknown>,
  /** Rows where an empty value is expected (e.g. FISH results when fish_evaluable = 0). */
  emptyExpected: (row: number) => boolean = () => false,
): ValidationReport {
  const report = emptyReport();
  if (spec.type === 'boolean') checkBoolean(spec, values, report);
  else if (spec.type === 'enum') checkEnum(spec, values, report);
  else if (spec.type === 'number' || spec.type === 'integer') checkNumber(spec, values, report);

  // A typed column's only missing values are NaN: none, nearly always.
  const none = ArrayBuffer.isView(values) && countNaN(finiteNumbers(values)) === 0;
  const missing = none ? [] : whereRows(values, (v, i) => isMissing(v) && !emptyExpected(i));
  if (missing.length > 0 && spec.noMissing) {
    report.errors.push(
      rowIssue(
        spec.name,
        'missing-not-allowed',
        missing,
        `${plural(missing.length, 'empty value')}`,
        ', but this column may never be empty',
      ),
    );
  } else if (missing.length > 0 && spec.requirement === 'required' && !spec.missingMeans) {
    report.warnings.push(
      rowIssue(
        spec.name,
        'missing-values',
        missing,
        `${plural(missing.length, 'empty value')}`,
        `; analyses that use ${spec.name} leave these patients out`,
      ),
    );
  }
  return report;
}
