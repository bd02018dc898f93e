import { DEFAULT_MONTH_DAYS } from '../columns';
import { dataTable, type DataTable } from '../data-table';
import { plainIssue, plural, quote, rowIssue, type Issue } from '../issues';
import type { ColumnMapping } from './column-mapping';
import { cellNumber } from './column-profile';
import { isMissingToken } from './missing-tokens';
import { monthsPer } from './time-unit';

const isMissing = (v: unknown) =>
  v === null ||
  v === undefined ||
  (typeof v === 'number' && Number.isNaN(v)) ||
  (typeof v === 'string' && (v.trim() === '' || isMissingToken(v)));

/**
 * The file's table in the contract's names, units and codes: each mapped column renamed, times
 * converted to months, event values recoded to 1/0 (missing stays missing). Columns the mapping
 * does not use are kept under their own names. Every value the mapping cannot read — text in a
 * time column, an event value it does not list — is an error naming the column and the rows.
 * @example applyMapping(table, { …, columns: { pfs_months: 'PFS_d' }, units: { pfs_months: 'days' } })
 */
export function applyMapping(
  table: DataTable,
  mapping: ColumnMapping,
): { table: DataTable; errors: Issue[] } {
  const names = new Set(table.columnNames());
  const errors: Issue[] = [];
  const out: Record<string, ArrayLike<unknown>> = {};
  const used = new Set(Object.values(mapping.columns));
  const monthDays = mapping.monthDays ?? DEFAULT_MONTH_DAYS;
  for (const [target, source] of Object.entries(mapping.columns)) {
    if (!names.has(source)) {
      errors.push(
        plainIssue(
          target,
          'mapped-column-missing',
          `${target}: the mapping reads it from “${source}”, which this file does not have.`,
        ),
      );
      continue;
    }
    const values = table.array(source);
    const unit = mapping.units[target];
    const codes = mapping.codes[target];
    if (unit) out[target] = converted(target, source, values, monthsPer(unit, monthDays), errors);
    else if (codes) out[target] = recoded(target, source, values, codes, errors);
    else out[target] = values;
  }
  for (const name of names) {
    if (!used.has(name) && !(name in out)) out[name] = table.array(name);
  }
  return { table: dataTable(out), errors };
}

function converted(
  target: string,
  source: string,
  values: ArrayLike<unknown>,
  factor: number,
  errors: Issue[],
): Float64Array {
  const out = new Float64Array(values.length);
  const bad: number[] = [];
  for (let i = 0; i < values.length; i++) {
    if (isMissing(values[i])) out[i] = NaN;
    else {
      const x = cellNumber(values[i]);
      if (!Number.isFinite(x)) bad.push(i);
      out[i] = x * factor;
    }
  }
  if (bad.length) {
    errors.push(
      rowIssue(
        target,
        'mapped-time-not-number',
        bad,
        `${plural(bad.length, 'value')} of “${source}” ${bad.length === 1 ? 'is' : 'are'} not a number`,
      ),
    );
  }
  return out;
}

function recoded(
  target: string,
  source: string,
  values: ArrayLike<unknown>,
  codes: Record<string, 0 | 1>,
  errors: Issue[],
): (number | null)[] {
  const unknown = new Map<string, number[]>();
  const out = Array.from({ length: values.length }, (_, i) => {
    const v = values[i];
    if (isMissing(v)) return null;
    const text = String(v).trim();
    if (Object.hasOwn(codes, text)) return codes[text];
    unknown.set(text, [...(unknown.get(text) ?? []), i]);
    return null;
  });
  for (const [value, rows] of unknown) {
    errors.push(
      rowIssue(
        target,
        'mapped-code-unknown',
        rows,
        `the value ${quote(value)} of “${source}” is not in the mapping`,
        '; say whether it is an event (1) or censored (0).',
      ),
    );
  }
  return out;
}
