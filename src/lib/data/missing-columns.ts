import type { ColumnSpec } from './column-spec';
import { plainIssue, plural, quote, type ValidationReport } from './issues';

/** The two endpoints measured from infusion; a file needs one of them, time and event. */
const CORE_ENDPOINTS = [
  { time: 'pfs_months', event: 'pfs_event', label: 'progression-free survival' },
  { time: 'os_months', event: 'os_event', label: 'overall survival' },
];

/**
 * What a file's missing contract columns mean. Required means "needed by the analysis shown":
 * a file is refused only without `patient_id`, without one complete endpoint (PFS or OS time and
 * event), or with half an endpoint (a time without its event, or the reverse — usually a column
 * named otherwise). Every other absent column is one warning: the views and stratifiers that
 * need it are shown unavailable, naming it. `is_simulated` absent reads as 0 (not simulated).
 * @example missingColumns(['patient_id', 'pfs_months', 'pfs_event'], absentSpecs, report) // loads
 */
export function missingColumns(
  names: readonly string[],
  absent: readonly ColumnSpec[],
  report: ValidationReport,
): void {
  const has = (c: string) => names.includes(c);
  const hint = (name: string) => {
    const near = names.find((n) => n.trim().toLowerCase() === name);
    return near ? `; found ${quote(near)} — column names are lower-case and exact` : '';
  };
  const refuse = (column: string, why = '') =>
    report.errors.push(
      plainIssue(
        column,
        'missing-required-column',
        `${column}: required column is missing${why}${hint(column)}`,
      ),
    );
  if (!has('patient_id')) refuse('patient_id');
  let complete = false;
  for (const e of CORE_ENDPOINTS) {
    if (has(e.time) && has(e.event)) complete = true;
    else if (has(e.time)) refuse(e.event, ` (${e.time} is there: ${e.label} needs both)`);
    else if (has(e.event)) refuse(e.time, ` (${e.event} is there: ${e.label} needs both)`);
  }
  const half = CORE_ENDPOINTS.some((e) => has(e.time) !== has(e.event));
  if (!complete && !half) {
    for (const e of CORE_ENDPOINTS) for (const c of [e.time, e.event]) refuse(c);
  }
  const core = new Set(['patient_id', ...CORE_ENDPOINTS.flatMap((e) => [e.time, e.event])]);
  const needed = absent.filter(
    (s) => s.requirement === 'required' && !core.has(s.name) && s.name !== 'is_simulated',
  );
  if (needed.length > 0) {
    report.warnings.push(
      plainIssue(
        null,
        'missing-columns',
        `${plural(needed.length, 'column of the data format is', 'columns of the data format are')} not in the file: ${needed
          .map((s) => s.name + hint(s.name))
          .join(', ')}. The views and stratifiers that need them are unavailable`,
        needed.length,
      ),
    );
  }
}
