import { DEFAULT_MONTH_DAYS, META_KEYS } from './columns';
import type { DataTable } from './data-table';
import { decodeTable } from './decode';
import { deriveColumns, type DeriveOptions } from './derive';
import { emptyReport, mergeReports, plainIssue, type ValidationReport } from './issues';
import { fileSizeProblem } from './limits';
import { joinLongTables, type LongCsv } from './join-long-tables';
import type { ColumnMapping } from './mapping/column-mapping';
import { applyMapping } from './mapping/apply-mapping';
import { mappedTypeOf } from './mapping/mapped-types';
import { reconcileSerial, type SerialOptions } from './reconcile-serial';
import { validateTable } from './validate';
import { parseFlag, parseMonthDays } from './validate-metadata';
import { patientTableProblem } from './patient-table-problem';
import { bin, columnValues } from './values';

export interface DatasetMeta {
  formatVersion: string | null;
  /** Metadata flag OR any is_simulated = 1. */
  simulated: boolean;
  label: string;
  monthDays: number;
  fileName: string;
  format: 'arrow' | 'csv';
}

export interface Dataset {
  /** Input columns plus the derived columns (and summary columns recomputed from serial data). */
  table: DataTable;
  meta: DatasetMeta;
  n: number;
}

export type LoadResult =
  | { ok: true; dataset: Dataset; report: ValidationReport }
  | { ok: false; report: ValidationReport };

export interface LoadOptions {
  derive?: Partial<DeriveOptions>;
  serial?: Partial<SerialOptions>;
  /** Today, for the follow-up plausibility check (default: the clock). */
  now?: Date;
  /** The user's confirmed column mapping, applied after decoding and before validation. */
  mapping?: ColumnMapping;
}

function fail(report: ValidationReport): LoadResult {
  return { ok: false, report };
}

function load(
  bytes: Uint8Array,
  fileName: string,
  serialCsv: LongCsv | undefined,
  options: LoadOptions,
): LoadResult {
  const tooBig = fileSizeProblem(bytes.length, fileName || 'The file');
  if (tooBig) return fail({ errors: [plainIssue(null, 'file-too-large', tooBig)], warnings: [] });
  let decoded;
  try {
    const { mapping } = options;
    decoded = decodeTable(bytes, fileName, mapping ? mappedTypeOf(mapping) : undefined);
  } catch (e) {
    return fail({
      errors: [plainIssue(null, 'unreadable-file', (e as Error).message)],
      warnings: [],
    });
  }
  let report: ValidationReport = { errors: decoded.errors, warnings: decoded.issues };
  let table = decoded.table;
  // Not a table of patients (a web page saved as .csv, one column, data in the first row …):
  // refused as such, so the mapping step never opens on it.
  const notATable = options.mapping ? null : patientTableProblem(table);
  if (notATable) {
    return fail({ errors: [plainIssue(null, 'not-a-patient-table', notATable)], warnings: [] });
  }
  if (options.mapping) {
    const mapped = applyMapping(table, options.mapping);
    table = mapped.table;
    report = mergeReports(report, { errors: mapped.errors, warnings: [] });
  }
  if (serialCsv && Object.values(serialCsv).some((b) => b !== undefined)) {
    const joined = joinLongTables(table, serialCsv);
    table = joined.table;
    report = mergeReports(report, joined.report);
  }
  const { metadata, format } = decoded;
  report = mergeReports(report, validateTable(table, metadata, { format, now: options.now }));
  if (report.errors.length > 0) return fail(report);

  const monthDays =
    parseMonthDays(metadata.get(META_KEYS.monthDays)) ??
    options.derive?.monthDays ??
    DEFAULT_MONTH_DAYS;
  const rule = metadata.get(META_KEYS.mrdCensorRule);
  const fromMetadata: Partial<SerialOptions> =
    rule === 'last_neg_test' || rule === 'last_followup' ? { censorRule: rule } : {};
  const reconciled = reconcileSerial(table, monthDays, { ...fromMetadata, ...options.serial });
  report = mergeReports(report, { errors: [], warnings: reconciled.warnings });
  const derived = deriveColumns(reconciled.table, { ...options.derive, monthDays });
  const simulated =
    parseFlag(metadata.get(META_KEYS.simulated)) === true ||
    columnValues(table, 'is_simulated').some((v) => bin(v) === 1);
  const label =
    metadata.get(META_KEYS.label)?.trim() || fileName.replace(/\.[^.]*$/, '') || 'dataset';
  const meta: DatasetMeta = {
    formatVersion: metadata.get(META_KEYS.formatVersion) ?? null,
    simulated,
    label,
    monthDays,
    fileName,
    format,
  };
  return { ok: true, dataset: { table: derived, meta, n: derived.numRows() }, report };
}

/**
 * Decode, validate and enrich a patient table: Arrow IPC (file or stream) or CSV, optionally
 * with long CSV tables for the serial columns. Returns ok: false with the full validation
 * report when the data cannot be analysed. Never throws: any failure becomes an error issue.
 * @example const res = loadDataset(bytes, 'cohort.arrow'); if (res.ok) res.dataset.table
 */
export function loadDataset(
  bytes: Uint8Array,
  fileName: string,
  serialCsv?: LongCsv,
  options: LoadOptions = {},
): LoadResult {
  try {
    return load(bytes, fileName, serialCsv, options);
  } catch (e) {
    const report = emptyReport();
    report.errors.push(
      plainIssue(null, 'internal', `The file could not be loaded (${(e as Error).message}).`),
    );
    return fail(report);
  }
}
