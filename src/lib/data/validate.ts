import {
  DERIVED_COLUMNS,
  META_KEYS,
  PATIENT_COLUMNS,
  SERIAL_COLUMNS,
  type ColumnSpec,
  type SerialColumnName,
} from './columns';
import type { DataTable } from './data-table';
import { emptyReport, plainIssue, plural, quote, rowIssue, type ValidationReport } from './issues';
import { missingColumns } from './missing-columns';
import { validateColumn } from './validate-column';
import { validateConsistency } from './validate-consistency';
import { parseFlag, parseMonthDays, validateMetadata } from './validate-metadata';
import { validateSerial } from './validate-serial';
import { validateTimeUnits } from './validate-time-units';
import { manyLevels } from './validate-levels';
import { validatePlausible } from './validate-plausible';
import { bin, str } from './values';

export type { Issue, ValidationReport } from './issues';

export interface ValidateOptions {
  /** CSV input has no schema metadata, so metadata checks are skipped. */
  format?: 'arrow' | 'csv';
  /** Today, for the follow-up plausibility check (default: the clock). */
  now?: Date;
}

/** Required columns that a serial column can stand in for (they are recomputed from it). */
const SERIAL_PROVIDES: Record<string, SerialColumnName> = {
  mrd_first_neg_months: 'mrd_assessments',
  mrd_neg_end_months: 'mrd_assessments',
  mrd_neg_end_status: 'mrd_assessments',
  car_persist_months: 'pk_samples',
  car_persist_event: 'pk_samples',
  cmax_copies: 'pk_samples',
  tmax_days: 'pk_samples',
};
const FISH_PARTS = new Set(['del17p', 't_4_14', 't_14_16']);
const KNOWN = new Set([
  ...PATIENT_COLUMNS.map((c) => c.name),
  ...Object.keys(SERIAL_COLUMNS),
  ...DERIVED_COLUMNS.map((c) => c.name),
]);

const NO_VALUES: readonly unknown[] = [];

function missingColumn(spec: ColumnSpec, names: string[], report: ValidationReport): void {
  const near = names.find((n) => n.trim().toLowerCase() === spec.name);
  const hint = near ? `; found ${quote(near)} — column names are lower-case and exact` : '';
  // Required columns: missingColumns (what the analyses shown need).
  if (spec.requirement === 'recommended') {
    report.warnings.push(
      plainIssue(
        spec.name,
        'missing-recommended-column',
        `${spec.name}: recommended column is missing${hint}; analyses that need it are unavailable`,
      ),
    );
  }
}

function duplicateIds(ids: ArrayLike<unknown>, report: ValidationReport): void {
  const seen = new Set<string>();
  const dup: number[] = [];
  for (let i = 0; i < ids.length; i++) {
    const id = str(ids[i]);
    if (id === null) continue;
    if (seen.has(id)) dup.push(i);
    seen.add(id);
  }
  if (dup.length > 0) {
    const found = [...new Set(dup.map((i) => quote(str(ids[i]))))].slice(0, 3).join(', ');
    report.errors.push(
      rowIssue(
        'patient_id',
        'duplicate-id',
        dup,
        `${plural(dup.length, 'repeated ID')}`,
        `; found ${found} — the table must have one row per patient`,
      ),
    );
  }
}

function check(
  table: DataTable,
  metadata: Map<string, string>,
  options: ValidateOptions,
): ValidationReport {
  const report = emptyReport();
  const names = table.columnNames();
  const n = table.numRows();
  if (names.length === 0 || n === 0) {
    report.errors.push(plainIssue(null, 'empty-table', 'The table has no patient rows.'));
  }
  // Columns are read as they are (typed arrays stay typed: no copy, no boxed numbers); an
  // absent column reads as empty.
  const present = new Set(names);
  const get = (name: string): ArrayLike<unknown> =>
    present.has(name) ? table.array(name) : NO_VALUES;
  const fish = get('fish_evaluable');
  const absent: ColumnSpec[] = [];
  for (const spec of PATIENT_COLUMNS) {
    if (!names.includes(spec.name)) {
      const serial = SERIAL_PROVIDES[spec.name];
      if (!(serial && names.includes(serial))) {
        absent.push(spec);
        missingColumn(spec, names, report);
      }
      continue;
    }
    const expectEmpty = FISH_PARTS.has(spec.name) ? (i: number) => fish[i] === 0 : undefined;
    const r = validateColumn(spec, get(spec.name), expectEmpty);
    report.errors.push(...r.errors);
    report.warnings.push(...r.warnings);
  }
  missingColumns(names, absent, report);
  if (names.includes('patient_id')) duplicateIds(get('patient_id'), report);
  // CSV has no schema metadata: its times cannot be confirmed and use the default month length.
  const meta = options.format === 'csv' ? new Map<string, string>() : metadata;
  const units = validateTimeUnits(get, {
    monthDays: parseMonthDays(meta.get(META_KEYS.monthDays)) ?? undefined,
    confirmed: parseFlag(meta.get(META_KEYS.timesInMonthsConfirmed)) === true,
  });
  report.errors.push(...units.errors);
  report.errors.push(...validatePlausible(names, get, { metadata: meta, now: options.now }));
  report.warnings.push(
    ...manyLevels(
      table,
      names.filter((c) => !KNOWN.has(c)),
    ),
  );
  report.warnings.push(...units.warnings);
  report.warnings.push(...validateConsistency(get, n));
  for (const column of Object.keys(SERIAL_COLUMNS) as SerialColumnName[]) {
    if (names.includes(column))
      report.warnings.push(...validateSerial(column, Array.from(get(column))));
  }
  const replaced = DERIVED_COLUMNS.filter((c) => names.includes(c.name)).map((c) => c.name);
  if (replaced.length > 0) {
    report.warnings.push(
      plainIssue(
        null,
        'derived-column-supplied',
        `${plural(replaced.length, 'column is', 'columns are')} computed by the explorer and the supplied values are replaced: ${replaced.join(', ')}`,
        replaced.length,
      ),
    );
  }
  const extra = names.filter((c) => !KNOWN.has(c));
  if (extra.length > 0) {
    report.warnings.push(
      plainIssue(
        null,
        'extra-columns',
        `${plural(extra.length, 'extra column is', 'extra columns are')} not part of the data format: ${extra.join(', ')}. They are kept and offered as stratifiers`,
        extra.length,
      ),
    );
  }
  if (options.format !== 'csv') {
    const sim = Array.from(get('is_simulated'), bin);
    const simulatedRows = sim.length === 0 ? null : sim.includes(1);
    report.warnings.push(...validateMetadata(metadata, simulatedRows));
  }
  return report;
}

/**
 * Check a decoded patient table against the data contract (columns.ts) and report every
 * problem at once. Errors mean the data cannot be analysed; warnings mean it can, with the
 * caveat the message states. Never throws: an internal failure becomes an error issue.
 */
export function validateTable(
  table: DataTable,
  metadata: Map<string, string> = new Map(),
  options: ValidateOptions = {},
): ValidationReport {
  try {
    return check(table, metadata, options);
  } catch (e) {
    return {
      errors: [
        plainIssue(null, 'internal', `The table could not be checked (${(e as Error).message}).`),
      ],
      warnings: [],
    };
  }
}
