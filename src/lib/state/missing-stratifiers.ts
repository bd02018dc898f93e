import { STRATIFIER_COLUMNS } from '../data/registry';
import { fileColumnsOf } from '../data/view-inputs';
import type { ColumnInfo } from '../engine/types';
import { OTHER, type StratifierOption } from './stratifier-options';

/** The registry's stratifier groups, in the order the picker lists them. */
const GROUPS = [...new Set(STRATIFIER_COLUMNS.map((c) => c.stratifier!.group as string)), OTHER];

/**
 * The paper's stratifiers the loaded dataset cannot offer, each with what it lacks in the file's
 * own words: "needs car_persist_months and car_persist_event" (a computed stratifier names the
 * file columns it is made from), or "no patient has a value" when those columns are there but
 * give nothing. Shown disabled in the picker, never hidden. None before the columns are known.
 * @example missingStratifiers(columnsOf3ColumnFile)[0].unavailable // 'needs pi_refractory and …'
 */
export function missingStratifiers(columns: readonly ColumnInfo[]): StratifierOption[] {
  if (columns.length === 0) return [];
  const has = new Set(columns.map((c) => c.name));
  return STRATIFIER_COLUMNS.filter((c) => !has.has(c.name)).map((c) => {
    const from = fileColumnsOf(c.name);
    const absent = from.filter((f) => !has.has(f));
    return {
      column: c.name,
      label: c.label,
      group: c.stratifier!.group,
      postBaseline: c.postBaseline,
      unavailable:
        absent.length > 0
          ? `needs ${absent.join(' and ')}`
          : `no patient has a value (from ${from.join(', ')})`,
    };
  });
}

/**
 * The picker's list: the offered stratifiers and the unavailable ones, by group in the
 * registry's order (the file's other columns last); in a group, the offered ones first.
 * @example pickerOptions(options, missingStratifiers(columns)).at(-1)?.unavailable
 */
export function pickerOptions(
  offered: readonly StratifierOption[],
  missing: readonly StratifierOption[],
): StratifierOption[] {
  const rank = (o: StratifierOption) => {
    const g = GROUPS.indexOf(o.group);
    return g === -1 ? GROUPS.length : g;
  };
  // Array.prototype.sort is stable: within a group the offered keep their order, then the rest.
  return [...offered, ...missing].sort((a, b) => rank(a) - rank(b));
}
