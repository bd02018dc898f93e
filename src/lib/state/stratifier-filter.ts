import type { StratifierOption } from './stratifier-options';

/** Past this many options the picker offers a search box. */
export const SEARCH_FROM = 20;
/** At most this many toggles are drawn per group; the rest are reached by searching. */
export const GROUP_CAP = 24;

export interface FilteredGroup {
  group: string;
  shown: StratifierOption[];
  /** Matching options not drawn (over the cap). */
  hidden: number;
}

/**
 * The stratifier toggles to draw: options whose label or column name contains every word of the
 * query (case-insensitive), at most `cap` per group — the active column always among them, so a
 * file with thousands of columns draws a few dozen buttons, not thousands.
 * @example filterStratifiers(options, 'mrd', 'triple_refractory')[0].shown.length
 */
export function filterStratifiers(
  options: readonly StratifierOption[],
  query: string,
  active: string | null,
  cap = GROUP_CAP,
): FilteredGroup[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = (o: StratifierOption) => {
    const text = `${o.label} ${o.column}`.toLowerCase();
    return words.every((w) => text.includes(w));
  };
  const groups = [...new Set(options.map((o) => o.group))];
  return groups.flatMap((group) => {
    const all = options.filter((o) => o.group === group && matches(o));
    if (all.length === 0) return [];
    let shown = all.slice(0, cap);
    const current = all.find((o) => o.column === active);
    if (current && !shown.includes(current)) shown = [...shown.slice(0, cap - 1), current];
    return [{ group, shown, hidden: all.length - shown.length }];
  });
}
