import { DEFAULT_MONTH_DAYS, PATIENT_COLUMNS, type ColumnSpec } from '../columns';
import type { DataTable } from '../data-table';
import { MAPPING_FORMAT, type ColumnMapping } from './column-mapping';
import { columnProfile } from './column-profile';
import { eventCodes, type EventCode } from './event-codes';
import { suggestColumns, type ColumnSuggestion } from './suggest-columns';
import { guessTimeUnit, type UnitGuess } from './time-unit';

/** What such a time usually is, in months, to tell days from months from years (time-unit.ts). */
export const TYPICAL_MONTHS: Readonly<Record<string, number>> = {
  t_first_response_months: 1,
  mrd_first_neg_months: 1,
  t_first_cr_months: 3,
  ada_first_pos_months: 3,
  car_persist_months: 6,
};

/** The mapping step's proposal for one file: every guess with its reason, for the user to confirm. */
export interface MappingProposal {
  columns: ColumnSuggestion[];
  /** For each proposed time column: its unit, guessed. */
  units: Record<string, UnitGuess>;
  /** For each proposed event column: its values, counts and guessed meaning. */
  codes: Record<string, EventCode[]>;
}

const isTime = (c: ColumnSpec) => c.unit === 'months';
const isEvent = (c: ColumnSpec) => c.eventValues !== undefined && c.type === 'boolean';

/**
 * Proposes how a file's columns map to the contract: a column for each contract column, the
 * unit of each time, the meaning of each event value. Nothing is applied: the user sees every
 * guess with its reason and confirms it (mappingFrom).
 * @example proposeMapping(table).columns.find((c) => c.column === 'pfs_months')?.candidate // 'PFS_d'
 */
export function proposeMapping(
  table: DataTable,
  specs: readonly ColumnSpec[] = PATIENT_COLUMNS,
  monthDays = DEFAULT_MONTH_DAYS,
): MappingProposal {
  const profiles = table.columnNames().map((n) => columnProfile(n, table.array(n)));
  const byName = new Map(profiles.map((p) => [p.name, p]));
  const columns = suggestColumns(specs, profiles);
  const units: Record<string, UnitGuess> = {};
  const codes: Record<string, EventCode[]> = {};
  for (const s of columns) {
    const spec = specs.find((c) => c.name === s.column)!;
    if (s.candidate === null) continue;
    if (isTime(spec)) {
      const typical = TYPICAL_MONTHS[spec.name] ?? 24;
      units[spec.name] = guessTimeUnit(byName.get(s.candidate)!, typical, monthDays);
    } else if (isEvent(spec)) {
      codes[spec.name] = eventCodes(table.array(s.candidate));
    }
  }
  return { columns, units, codes };
}

/**
 * The mapping the user confirmed: the chosen column per contract column (null = none), and for
 * the time and event columns among them, the units and code meanings shown (as edited). A code
 * still without a meaning is left out, so applying the mapping names it as an error.
 */
export function mappingFrom(
  chosen: Readonly<Record<string, string | null>>,
  units: Readonly<Record<string, UnitGuess['unit']>>,
  codes: Readonly<Record<string, readonly EventCode[]>>,
  monthDays = DEFAULT_MONTH_DAYS,
): ColumnMapping {
  const columns: Record<string, string> = {};
  const u: ColumnMapping['units'] = {};
  const c: ColumnMapping['codes'] = {};
  for (const [target, source] of Object.entries(chosen)) {
    if (source === null) continue;
    columns[target] = source;
    if (units[target] && units[target] !== 'months') u[target] = units[target];
    if (codes[target]) {
      const meant = codes[target].filter((e) => e.means !== null);
      const identity = meant.every((e) => e.value === String(e.means));
      if (!identity || meant.length < codes[target].length) {
        c[target] = Object.fromEntries(meant.map((e) => [e.value, e.means as 0 | 1]));
      }
    }
  }
  return {
    format: MAPPING_FORMAT,
    version: 1,
    columns,
    units: u,
    codes: c,
    ...(monthDays === DEFAULT_MONTH_DAYS ? {} : { monthDays }),
  };
}
export { isTime as isTimeColumn, isEvent as isEventColumn };
