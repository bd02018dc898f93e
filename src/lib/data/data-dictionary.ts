import { DERIVED_COLUMNS } from './columns';
import { ENDPOINTS } from './endpoints';
import { TEMPLATE_COLUMNS } from './template-csv';
import type { ColumnSpec } from './columns';
import { toCsv } from '../export/csv';

const TYPE_WORDS: Readonly<Record<ColumnSpec['type'], string>> = {
  string: 'text',
  number: 'number',
  integer: 'whole number',
  boolean: '0/1',
  enum: 'text (fixed list)',
};

function allowed(c: ColumnSpec): string {
  if (c.levels) return c.levels.join(', ');
  if (c.codes) {
    return c.codes
      .map((k) => `${k}${c.valueLabels?.[k] ? ` = ${c.valueLabels[k]}` : ''}`)
      .join('; ');
  }
  if (c.type === 'boolean') {
    const event = c.eventValues ? ' (1 = event, 0 = censored)' : ' (1 = yes)';
    return `0, 1${event}`;
  }
  if (c.min !== undefined && c.max !== undefined) return `${c.min} to ${c.max}`;
  if (c.min !== undefined) return `at least ${c.min}`;
  return c.name === 'patient_id' ? 'unique per row' : 'any';
}

/**
 * Uses that no registry role declares, as the code reads them today (the file named): kept here
 * so the dictionary does not say "no view" of a column a view reads.
 */
const READ_BY: Readonly<Record<string, string>> = {
  infusion_year: 'the follow-up plausibility check (validate-plausible.ts)',
  ada_first_pos_months:
    'the fair (time-dependent) analysis of anti-drug antibodies (ada-inputs.ts)',
  pfs_event_type: 'MRD dynamics (swimmer plot) and Paper vs this dataset (swimmer-inputs.ts)',
  tmax_days: 'CAR-T kinetics (kinetics-inputs.ts)',
  pk_last_sample_day: 'CAR-T kinetics (kinetics-inputs.ts)',
  car_persist_event:
    'CAR-T kinetics and the persistence stratifiers (kinetics-inputs.ts, derive.ts)',
  fu_potential_months:
    'no view yet: the median follow-up is the reverse Kaplan–Meier of os_months/os_event',
};

/** Where a column is used, from its registry roles: the views and choices that need it. */
function neededBy(c: ColumnSpec): string {
  if (c.name === 'patient_id') return 'every view (required)';
  const uses: string[] = [];
  for (const e of ENDPOINTS) {
    if (e.timeColumn === c.name || e.eventColumn === c.name) {
      const core = e.id === 'pfs' || e.id === 'os';
      uses.push(
        `${e.label} (${e.short})${core ? '; this or the other survival endpoint is required' : ''}`,
      );
    }
  }
  if (c.table1) uses.push('Cohort (Table 1)');
  if (c.forest) uses.push('Cox forest plots');
  if (c.stratifier) uses.push('Compare groups');
  if (c.correlation) uses.push('Correlations');
  if (c.name === 'is_simulated') uses.push('the "Simulated data" marks (absent = 0)');
  const word = new RegExp(`\\b${c.name}\\b`);
  const derived = DERIVED_COLUMNS.filter((d) => word.test(d.rule)).map((d) => d.label);
  if (derived.length) uses.push(`computed: ${derived.join(', ')}`);
  if (READ_BY[c.name]) uses.push(READ_BY[c.name]);
  return uses.length ? uses.join('; ') : 'no view yet';
}

/**
 * The data dictionary that comes with the template: for each column, what it means, its type,
 * unit, allowed values, what an empty cell means and which views need it — from the registry.
 * @example dataDictionaryCsv().split('\r\n')[0] // 'column,meaning,type,unit,allowed values,empty cell,needed by'
 */
export function dataDictionaryCsv(): string {
  return toCsv([
    ['column', 'meaning', 'type', 'unit', 'allowed values', 'empty cell', 'needed by'],
    ...TEMPLATE_COLUMNS.map((c) => [
      c.name,
      c.label,
      TYPE_WORDS[c.type],
      c.unit ?? '',
      allowed(c),
      c.noMissing ? 'not allowed' : (c.missingMeans ?? 'missing'),
      neededBy(c),
    ]),
  ]);
}
