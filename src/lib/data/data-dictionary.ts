import { DERIVED_COLUMNS } from './columns';
import { ENDPOINTS } from './endpoints';
import {
  endpointInputs,
  fileColumnsOf,
  fileInputs,
  NEEDING_VIEWS,
  viewInputs,
  type Inputs,
} from './view-inputs';
import { TABS } from '../state/tabs';
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
 * Uses that are not a view's first need, as the code reads them today (the file named): kept
 * here so the dictionary does not say "no view" of a column a view reads.
 */
const READ_BY: Readonly<Record<string, string>> = {
  infusion_year: 'the follow-up plausibility check (validate-plausible.ts)',
  ada_first_pos_months:
    'the fair (time-dependent) analysis of anti-drug antibodies (ada-inputs.ts)',
  pfs_event_type: 'also read by the swimmer plot of MRD dynamics and Paper vs this dataset',
  tmax_days: 'also read by CAR-T kinetics (kinetics-inputs.ts)',
  pk_last_sample_day: 'also read by CAR-T kinetics (kinetics-inputs.ts)',
  car_persist_event: 'also read by CAR-T kinetics (kinetics-inputs.ts)',
  fu_potential_months:
    'no view yet: the median follow-up is the reverse Kaplan–Meier of os_months/os_event',
};

const uses = (inputs: Inputs, name: string) => {
  const file = fileInputs(inputs);
  return file.all.includes(name) || file.any.includes(name);
};

/**
 * The endpoints and views that need a column, from the registry (view-inputs.ts): the same
 * needs the explorer checks to show a view unavailable (view-needs.ts).
 * @example viewsNeeding('crs_grade') // ['Safety']
 */
export function viewsNeeding(name: string): string[] {
  const endpoints = ENDPOINTS.filter((e) => uses(endpointInputs(e.id), name));
  const views = NEEDING_VIEWS.filter((v) => uses(viewInputs(v), name));
  return [
    ...endpoints.map((e) => `${e.label} (${e.short})`),
    ...views.map((v) => TABS.find((t) => t.id === v)!.label),
  ];
}

/** The survival endpoints measured from infusion: a file needs one of them. */
const CORE = new Set(['pfs_months', 'pfs_event', 'os_months', 'os_event']);

/** Where a column is used: the views that need it, then the other choices that read it. */
function neededBy(c: ColumnSpec): string {
  if (c.name === 'patient_id') return 'every view (required)';
  const out = viewsNeeding(c.name);
  if (CORE.has(c.name)) out.splice(1, 0, 'this or the other survival endpoint is required');
  if (c.stratifier) out.push('Compare groups');
  if (c.name === 'is_simulated') out.push('the "Simulated data" marks (absent = 0)');
  if (c.correlation && !out.includes('Correlations')) out.push('also read by Correlations');
  const derived = DERIVED_COLUMNS.filter(
    (d) => !d.internal && fileColumnsOf(d.name).includes(c.name),
  );
  if (derived.length) out.push(`computed: ${derived.map((d) => d.label).join(', ')}`);
  if (READ_BY[c.name]) out.push(READ_BY[c.name]);
  return out.length ? out.join('; ') : 'no view yet';
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
