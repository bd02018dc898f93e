import { SERIAL_COLUMNS, type ColumnType, type SerialColumnName } from './columns';
import { withColumns, type DataTable } from './data-table';
import { decodeTable } from './decode';
import { emptyReport, plainIssue, plural, quote, rowIssue, type ValidationReport } from './issues';
import { entryProblem } from './serial-entries';
import { columnValues, str } from './values';

export interface LongCsv {
  mrd?: Uint8Array;
  pk?: Uint8Array;
  response?: Uint8Array;
}

const KEYS: Record<keyof LongCsv, SerialColumnName> = {
  mrd: 'mrd_assessments',
  pk: 'pk_samples',
  response: 'response_assessments',
};

function fieldTypes(column: SerialColumnName): Record<string, ColumnType> {
  const fields = SERIAL_COLUMNS[column].fields as Record<string, string>;
  const out: Record<string, ColumnType> = { patient_id: 'string' };
  for (const [k, t] of Object.entries(fields)) out[k] = t as ColumnType;
  return out;
}

/** An issue about lines of a long file: the message starts with the file name, not the column. */
function lineIssue(
  column: SerialColumnName,
  rule: string,
  rows: number[],
  what: string,
  tail: string,
) {
  return { ...rowIssue(null, rule, rows, what, tail), column };
}

/** Read one long CSV and attach its rows to the patient table as a list column. */
function joinOne(
  table: DataTable,
  column: SerialColumnName,
  bytes: Uint8Array,
  report: ValidationReport,
): DataTable {
  const file = SERIAL_COLUMNS[column].csvFile;
  const types = fieldTypes(column);
  let long: DataTable;
  try {
    long = decodeTable(bytes, file, (n) => types[n]).table;
  } catch (e) {
    report.errors.push(
      plainIssue(column, 'long-table-unreadable', `${file}: ${(e as Error).message}`),
    );
    return table;
  }
  const missing = Object.keys(types).filter((c) => !long.columnNames().includes(c));
  if (missing.length > 0) {
    report.errors.push(
      plainIssue(
        column,
        'long-table-missing-column',
        `${file}: ${plural(missing.length, 'required column is', 'required columns are')} missing: ${missing.join(', ')}`,
      ),
    );
    return table;
  }
  const fields = Object.keys(types).filter((k) => k !== 'patient_id');
  const values = Object.fromEntries(fields.map((f) => [f, columnValues(long, f)]));
  const ids = columnValues(long, 'patient_id').map(str);
  const known = new Set(columnValues(table, 'patient_id').map(str));
  const lists = new Map<string, Record<string, unknown>[]>();
  const unknown: number[] = [];
  const problems = new Map<string, number[]>();
  ids.forEach((id, i) => {
    if (id === null || !known.has(id)) return void unknown.push(i);
    const entry = Object.fromEntries(fields.map((f) => [f, values[f][i]]));
    const problem = entryProblem(column, entry);
    if (problem !== null) return void problems.set(problem, [...(problems.get(problem) ?? []), i]);
    if (!lists.has(id)) lists.set(id, []);
    lists.get(id)?.push(entry);
  });
  if (unknown.length > 0) {
    const found = [...new Set(unknown.map((i) => quote(ids[i] ?? '')))].slice(0, 3).join(', ');
    report.warnings.push(
      lineIssue(
        column,
        'long-table-unknown-patient',
        unknown,
        `${file}: ${plural(unknown.length, 'line has a', 'lines have a')} patient_id that is not in the patient table`,
        `; found ${found} — these lines are ignored`,
      ),
    );
  }
  for (const [problem, rows] of problems) {
    report.warnings.push(
      lineIssue(
        column,
        'long-table-bad-line',
        rows,
        `${file}: ${plural(rows.length, 'line')}: ${problem}`,
        '; these lines are ignored',
      ),
    );
  }
  const patientIds = columnValues(table, 'patient_id').map(str);
  return withColumns(table, {
    [column]: patientIds.map((id) => (id === null ? null : (lists.get(id) ?? []))),
  });
}

/**
 * Join the long CSV tables (mrd.csv, pk.csv, response.csv; one row per assessment, keyed by
 * patient_id) into the patient table as list columns. Row numbers in the issues are data lines
 * of the long file (row 1 = first line after its header); entries before infusion (negative day)
 * are kept and reported by validateTable. Never throws.
 */
export function joinLongTables(
  table: DataTable,
  longCsv: LongCsv,
): { table: DataTable; report: ValidationReport } {
  const report = emptyReport();
  let out = table;
  for (const key of Object.keys(KEYS) as (keyof LongCsv)[]) {
    const bytes = longCsv[key];
    if (bytes === undefined) continue;
    const column = KEYS[key];
    if (out.columnNames().includes(column)) {
      report.warnings.push(
        plainIssue(
          column,
          'long-table-replaces-column',
          `${column}: the patient table already has this column; ${SERIAL_COLUMNS[column].csvFile} replaces it`,
        ),
      );
    }
    out = joinOne(out, column, bytes, report);
  }
  return { table: out, report };
}
