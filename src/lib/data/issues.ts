/**
 * Validation issues: one per (column, rule), with a plain-language message and example rows.
 * Row numbers are 1-based data rows (row 1 = first patient, the line after a CSV header).
 */

export interface Issue {
  /** The column at fault, or null for table-level problems. */
  column: string | null;
  /** Stable rule id, e.g. 'negative-time', 'missing-required-column'. */
  rule: string;
  /** Plain-language message naming the column, what is wrong and example rows. */
  message: string;
  /** Up to MAX_EXAMPLE_ROWS example rows, 1-based. */
  rows: number[];
  /** How many rows (or values) are affected in total (1 for column-level problems). */
  count: number;
}

export interface ValidationReport {
  /** Problems that stop the analysis. */
  errors: Issue[];
  /** Problems the analysis can live with; each says what it means. */
  warnings: Issue[];
}

export const MAX_EXAMPLE_ROWS = 5;

export function emptyReport(): ValidationReport {
  return { errors: [], warnings: [] };
}

export function mergeReports(...reports: ValidationReport[]): ValidationReport {
  return {
    errors: reports.flatMap((r) => r.errors),
    warnings: reports.flatMap((r) => r.warnings),
  };
}

/** "1 value" / "3 values". */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** "(row 4)", "(rows 4, 17, 30)" or "(rows 4, 17, 30, 41, 52 and 6 more)". */
export function describeRows(rows: readonly number[], count = rows.length): string {
  if (rows.length === 0) return '';
  const shown = rows.slice(0, MAX_EXAMPLE_ROWS).join(', ');
  const more = count - Math.min(rows.length, MAX_EXAMPLE_ROWS);
  return `(${rows.length === 1 && count === 1 ? 'row' : 'rows'} ${shown}${more > 0 ? ` and ${more} more` : ''})`;
}

/**
 * Build an issue from 0-based row indices: the message is `${column}: ${what} (rows …)${tail}`.
 * `what` should already contain the count, e.g. "3 negative values".
 */
export function rowIssue(
  column: string | null,
  rule: string,
  rowIndices: readonly number[],
  what: string,
  tail = '',
): Issue {
  const rows = rowIndices.slice(0, MAX_EXAMPLE_ROWS).map((i) => i + 1);
  const prefix = column === null ? '' : `${column}: `;
  const where = describeRows(rows, rowIndices.length);
  return {
    column,
    rule,
    message: `${prefix}${what}${where ? ` ${where}` : ''}${tail}`,
    rows,
    count: rowIndices.length,
  };
}

/** A column- or table-level issue with no example rows. */
export function plainIssue(column: string | null, rule: string, message: string, count = 1): Issue {
  return { column, rule, message, rows: [], count };
}

/** Quote a user value for a message, shortened. */
export function quote(value: unknown): string {
  if (typeof value === 'number') return String(value);
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  return `"${s !== undefined && s.length > 30 ? `${s.slice(0, 27)}…` : s}"`;
}
