import type { ValidationReport } from '../data/issues';

/** Rules that mean the file's columns are not named as the data format names them. */
const COLUMN_RULES = new Set(['missing-required-column']);

/**
 * Whether a refused load should open the mapping step: contract columns are missing (a file
 * with other names, units or codes), as opposed to a file whose columns are right but whose
 * values are not.
 * @example needsMapping({ errors: [{ rule: 'missing-required-column', … }], warnings: [] }) // true
 */
export function needsMapping(report: ValidationReport): boolean {
  return report.errors.some((e) => COLUMN_RULES.has(e.rule));
}

/** Refusals no mapping can mend: the file is not a table, or could not be read at all. */
const NOT_MAPPABLE = new Set(['not-a-patient-table', 'unreadable-file', 'file-too-large']);

/**
 * Whether "Map columns…" is offered for a refused file: not for a file that is not a table of
 * patients (a web page, one column …) or could not be read — mapping its columns cannot help.
 * @example canMap({ errors: [{ rule: 'not-a-patient-table', … }], warnings: [] }) // false
 */
export function canMap(report: ValidationReport): boolean {
  return !report.errors.some((e) => NOT_MAPPABLE.has(e.rule));
}
