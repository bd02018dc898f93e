import type { SerialColumnName } from './columns';
import { plural, rowIssue, type Issue } from './issues';
import { entryProblem } from './serial-entries';
import { isMissing } from './values';

/**
 * Checks one list<struct> serial column (one list per patient). Unusable cells and entries are
 * ignored by the derivations; each kind of problem becomes one warning with example rows
 * (patient rows of the main table).
 */
export function validateSerial(column: SerialColumnName, cells: unknown[]): Issue[] {
  const out: Issue[] = [];
  const notList = cells.flatMap((c, i) => (!isMissing(c) && !Array.isArray(c) ? [i] : []));
  if (notList.length > 0) {
    out.push(
      rowIssue(
        column,
        'serial-not-list',
        notList,
        `${plural(notList.length, 'cell is', 'cells are')} not a list of records`,
        '; they are ignored',
      ),
    );
  }
  const byProblem = new Map<string, { rows: Set<number>; count: number }>();
  const negative: number[] = [];
  let negativeCount = 0;
  cells.forEach((cell, i) => {
    if (!Array.isArray(cell)) return;
    for (const e of cell) {
      const problem = entryProblem(column, e);
      if (problem !== null) {
        const slot = byProblem.get(problem) ?? { rows: new Set<number>(), count: 0 };
        slot.rows.add(i);
        slot.count++;
        byProblem.set(problem, slot);
      } else if (((e as Record<string, unknown>).day as number) < 0) {
        if (!negative.includes(i)) negative.push(i);
        negativeCount++;
      }
    }
  });
  for (const [problem, { rows, count }] of byProblem) {
    const issue = rowIssue(
      column,
      'serial-bad-entry',
      [...rows],
      `${plural(count, 'entry', 'entries')}: ${problem}`,
      '; these entries are ignored',
    );
    out.push({ ...issue, count });
  }
  if (negative.length > 0) {
    const issue = rowIssue(
      column,
      'serial-negative-day',
      negative,
      `${plural(negativeCount, 'entry is', 'entries are')} before infusion (negative day)`,
      '; they are shown but not used by the derived columns',
    );
    out.push({ ...issue, count: negativeCount });
  }
  return out;
}
