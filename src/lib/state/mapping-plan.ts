import { PATIENT_COLUMNS, type ColumnSpec } from '../data/columns';
import { dataTable } from '../data/data-table';
import type { Issue } from '../data/issues';
import { applyMapping } from '../data/mapping/apply-mapping';
import type { ColumnMapping } from '../data/mapping/column-mapping';
import type { MappingProposal } from '../data/mapping/propose-mapping';

/** The columns a file needs to be analysed at all: an ID, and one endpoint's time and event. */
export const CORE_COLUMNS = ['patient_id', 'pfs_months', 'pfs_event', 'os_months', 'os_event'];

/**
 * The contract columns the mapping step asks about, in two lists: first the core columns and
 * those the file seems to have (a candidate was proposed), then the rest ("More columns").
 * The simulated-row flag is not asked: a user's file is not simulated.
 * @example mappingTargets(proposal).first.map((c) => c.name) // ['patient_id', 'sex', 'pfs_months', …]
 */
export function mappingTargets(proposal: MappingProposal): {
  first: ColumnSpec[];
  more: ColumnSpec[];
} {
  const proposed = new Set(
    proposal.columns.filter((c) => c.candidate !== null).map((c) => c.column),
  );
  const asked = PATIENT_COLUMNS.filter((c) => !c.internal);
  const isFirst = (c: ColumnSpec) => CORE_COLUMNS.includes(c.name) || proposed.has(c.name);
  const first = [
    ...CORE_COLUMNS.map((n) => asked.find((c) => c.name === n)!),
    ...asked.filter((c) => isFirst(c) && !CORE_COLUMNS.includes(c.name)),
  ];
  return { first, more: asked.filter((c) => !isFirst(c)) };
}

/** What a confirmed mapping still lacks before a load can succeed, in plain words (or null). */
export function mappingGap(mapping: ColumnMapping): string | null {
  const has = (c: string) => c in mapping.columns;
  if (!has('patient_id')) return 'Choose the column with the patient pseudonyms (patient_id).';
  const pfs = has('pfs_months') && has('pfs_event');
  const os = has('os_months') && has('os_event');
  if (!pfs && !os) {
    return 'Choose the time and the event of progression-free survival or overall survival.';
  }
  return null;
}

/** The preview: the first rows as the app will read them, column by column, and any problem. */
export interface PreviewTable {
  columns: string[];
  rows: string[][];
  errors: Issue[];
}

const shown = (v: unknown): string => {
  if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) return '—';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toFixed(2);
  return String(v);
};

/**
 * The sample rows mapped (applyMapping: renamed, converted to months, recoded to 1/0), showing
 * only the mapped columns in the contract's order. Pure and cheap: it runs on each change.
 * @example previewTable({ 'PFS (days)': ['61'] }, mapping).rows[0] // ['2.00']
 */
export function previewTable(
  sample: Record<string, unknown[]>,
  mapping: ColumnMapping,
): PreviewTable {
  const { table, errors } = applyMapping(dataTable(sample), mapping);
  const columns = PATIENT_COLUMNS.map((c) => c.name).filter((n) => n in mapping.columns);
  const n = table.numRows();
  const rows = Array.from({ length: n }, (_, i) => columns.map((c) => shown(table.array(c)[i])));
  return { columns, rows, errors };
}
