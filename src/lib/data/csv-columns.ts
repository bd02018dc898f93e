import type { ColumnType } from './columns';
import { plainIssue, plural, rowIssue, type Issue } from './issues';
import { columnCountProblem } from './limits';
import { MISSING_TOKENS } from './mapping/missing-tokens';
import { parseCsv, sniffDelimiter } from './parse-csv';

/**
 * Cell texts read as missing: an empty cell and the one list of tokens (missing-tokens.ts, shared
 * with the mapping step). 0, -1, 99 and "unknown" are NOT missing (validation flags them).
 */
const MISSING = new Set(['', ...MISSING_TOKENS]);
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A CSV that cannot be read as a table (unclosed quote, too many columns). */
export class CsvError extends Error {
  override name = 'CsvError';
}

export interface CsvColumns {
  names: string[];
  columns: Record<string, unknown[]>;
  issues: Issue[];
}

/** Convert one cell: null for missing; number/0-1 where the column type asks and the text allows. */
export function csvCell(raw: string, type: ColumnType | 'auto'): unknown {
  const s = raw.trim();
  if (MISSING.has(s)) return null;
  if (type === 'string' || type === 'enum') return s;
  if (NUMBER.test(s)) return Number(s);
  if (type === 'boolean' || type === 'auto') {
    const lower = s.toLowerCase();
    if (lower === 'true') return 1;
    if (lower === 'false') return 0;
  }
  return s; // left as text: validation reports it as the wrong type
}

function autoColumn(raw: string[]): unknown[] {
  const cells = raw.map((s) => csvCell(s, 'auto'));
  const allTyped = cells.every((v) => v === null || typeof v === 'number');
  return allTyped ? cells : raw.map((s) => csvCell(s, 'string'));
}

/**
 * Parse CSV text into typed columns. Known columns are typed by `typeOf`; unknown columns become
 * numbers when every cell is numeric (or true/false), text otherwise. Ragged rows and repeated
 * header names are reported as issues, not thrown; an unclosed quote or more than MAX_COLUMNS
 * columns throw a CsvError.
 */
export function csvColumns(
  text: string,
  typeOf: (name: string) => ColumnType | undefined,
  delimiter = sniffDelimiter(text),
): CsvColumns {
  const { rows, unclosedQuoteLine } = parseCsv(text, delimiter);
  if (unclosedQuoteLine !== null) {
    const last = text.split(/\r\n|\r|\n/).filter((l) => l !== '').length;
    throw new CsvError(
      `The CSV has a quote (") opened on line ${unclosedQuoteLine} that is never closed, so ` +
        `lines ${unclosedQuoteLine}–${Math.max(last, unclosedQuoteLine)} were read as one cell. ` +
        'Close the quote or remove it (a quote inside a cell is written twice: "").',
    );
  }
  const issues: Issue[] = [];
  const header = (rows[0] ?? []).map((h) => h.trim());
  const tooMany = columnCountProblem(header.length);
  if (tooMany) throw new CsvError(tooMany);
  const body = rows.slice(1);
  const names: string[] = [];
  const seen = new Set<string>();
  header.forEach((h, j) => {
    const name = h === '' ? `column_${j + 1}` : h;
    if (seen.has(name)) {
      issues.push(
        plainIssue(
          name,
          'duplicate-column',
          `${name}: the column name appears twice; only the first is used`,
        ),
      );
    } else names.push(name);
    seen.add(name);
  });
  const ragged = body.flatMap((r, i) => (r.length !== header.length ? [i] : []));
  if (ragged.length > 0) {
    issues.push(
      rowIssue(
        null,
        'ragged-rows',
        ragged,
        `${plural(ragged.length, 'line')} with a different number of cells than the header`,
        '; missing cells are read as empty, extra cells are ignored',
      ),
    );
  }
  // No prototype: a column named __proto__ or constructor is a column like any other.
  const columns = Object.create(null) as Record<string, unknown[]>;
  for (const name of names) {
    const j = header.indexOf(name);
    const raw = body.map((r) => r[j] ?? '');
    const type = typeOf(name);
    columns[name] = type === undefined ? autoColumn(raw) : raw.map((s) => csvCell(s, type));
  }
  return { names, columns, issues };
}
