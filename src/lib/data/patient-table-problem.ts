import { PATIENT_COLUMNS } from './columns';
import type { DataTable } from './data-table';

const CONTRACT = new Set(PATIENT_COLUMNS.map((c) => c.name));
/** A header cell that is a value: a number or a date (3.2, -1, 2021-03-02, 02/03/2021). */
const VALUE = /^[+-]?(\d+[.,]?\d*|[.,]\d+)([eE][+-]?\d+)?$|^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$/;
/** At most this many different values: an event column's codes (0/1, dead/alive, 1/2 …). */
const EVENT_CODES = 10;

const EXPECTED =
  'Expected a table with one row per patient and a first row naming its columns, at least a ' +
  'patient ID, a follow-up time and an event (as in the template: patient_id, pfs_months, pfs_event).';

/** What text that is not a table appears to be, from its first cell. */
function whatText(first: string): string | null {
  if (/^<\?xml/i.test(first)) return 'an XML file';
  if (/^<svg/i.test(first)) return 'an SVG image';
  if (/^</.test(first)) return 'a web page (HTML), perhaps saved from the browser';
  if (/^\{\\rtf/i.test(first)) return 'a Rich Text document (save it as CSV instead)';
  if (/^[[{]/.test(first)) return 'a JSON file';
  return null;
}

/** Distinct non-empty values of a column, counted up to `cap + 1`. */
function distinct(values: ArrayLike<unknown>, cap: number): number {
  const seen = new Set<unknown>();
  for (let i = 0; i < values.length && seen.size <= cap; i++) {
    if (values[i] !== null && values[i] !== undefined) seen.add(values[i]);
  }
  return seen.size;
}

function holds(values: ArrayLike<unknown>, text: string): boolean {
  for (let i = 0; i < values.length; i++) if (String(values[i]) === text) return true;
  return false;
}

function isNumeric(values: ArrayLike<unknown>): boolean {
  let numbers = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v === 'number') numbers++;
    else if (v !== null && v !== undefined) return false;
  }
  return numbers > 0;
}

/**
 * Why a file with none of the data format's column names is not a table of patients that the
 * mapping step could help with — a web page or JSON saved as .csv, a text with one or two
 * columns, a CSV whose first row is data rather than names, a table with no numbers (no
 * follow-up time) or no column with a few codes (no event) — or null when it looks like one
 * (several columns, some candidate for a time and an event) whose names simply differ. A file
 * that uses any contract name is left to the column checks, which say exactly what is missing.
 * @example patientTableProblem(dataTable({ '<!doctype html>': [] })) // 'The file is not … web page (HTML) …'
 */
export function patientTableProblem(table: DataTable): string | null {
  const names = table.columnNames();
  const first = (names[0] ?? '').replace(/^\uFEFF/, '').trim();
  const not = (why: string) => `The file is not a table of patients: ${why}. ${EXPECTED}`;
  const what = whatText(first);
  if (what) return not(`it looks like ${what}`);
  if (names.some((n) => CONTRACT.has(n))) return null;
  if (names.length < 3) {
    const n = names.length === 1 ? 'one column' : `only ${names.length} columns`;
    return not(`it has ${n} (no commas, semicolons or tabs separate more)`);
  }
  const columns = names.map((n) => table.array(n));
  // A first row of data: numbers over numeric columns, or a value the column holds again below.
  const values = names.filter((n, j) =>
    VALUE.test(n) ? isNumeric(columns[j]) || table.numRows() === 0 : holds(columns[j], n),
  );
  if (values.length * 2 >= names.length) {
    return not(
      `its first row looks like data (${values
        .slice(0, 3)
        .map((v) => `“${v}”`)
        .join(', ')}), not column names — add a first row naming the columns`,
    );
  }
  if (table.numRows() === 0) return not('it has a first row but no rows of patients under it');
  if (!columns.some(isNumeric)) {
    return not('none of its columns holds numbers only, so none can be a follow-up time');
  }
  const codes = (c: ArrayLike<unknown>) => {
    const k = distinct(c, EVENT_CODES);
    return k >= 1 && k <= EVENT_CODES;
  };
  if (!columns.some(codes)) {
    return not(
      `every column has more than ${EVENT_CODES} different values, so none can be an event (0/1, dead/alive …)`,
    );
  }
  return null;
}
