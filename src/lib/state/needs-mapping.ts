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
