import type { DataTable } from './data-table';
import { plainIssue, type Issue } from './issues';
import { MAX_LEVELS } from './limits';

/** Distinct non-missing values of a column, counting at most limit + 1. */
export function countLevels(values: ArrayLike<unknown>, limit = MAX_LEVELS): number {
  const seen = new Set<string>();
  for (let i = 0; i < values.length && seen.size <= limit; i++) {
    const v = values[i];
    if (v !== null && v !== undefined && v !== '') seen.add(String(v));
  }
  return seen.size;
}

/** True when a column holds text (so it would be a categorical stratifier). */
function isText(values: ArrayLike<unknown>): boolean {
  for (let i = 0; i < values.length; i++) if (typeof values[i] === 'string') return true;
  return false;
}

/**
 * Warnings for extra text columns with more than MAX_LEVELS distinct values: they are kept but
 * not offered as stratifiers (a chart with hundreds of groups says nothing, and draws slowly).
 * @example manyLevels(table, ['comment'])[0]?.rule // 'too-many-levels'
 */
export function manyLevels(table: DataTable, names: readonly string[]): Issue[] {
  const out: Issue[] = [];
  for (const name of names) {
    const values = table.array(name);
    if (!isText(values)) continue;
    const n = countLevels(values);
    if (n > MAX_LEVELS) {
      out.push(
        plainIssue(
          name,
          'too-many-levels',
          `${name}: more than ${MAX_LEVELS} different values, so it is kept but not offered as a stratifier (at most ${MAX_LEVELS} groups); group the values into fewer categories to compare them`,
        ),
      );
    }
  }
  return out;
}
