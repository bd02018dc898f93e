import type { SwimmerRow, SwimmerSort } from '../swimmer-types';

/** Each order in words, as the title and the sort control say it. */
export const SWIMMER_SORTS: readonly { id: SwimmerSort; label: string }[] = [
  { id: 'progression', label: 'time to progression or death' },
  { id: 'negativity', label: 'duration of MRD negativity' },
  { id: 'followup', label: 'follow-up' },
];

const KEY: Record<SwimmerSort, (r: SwimmerRow) => number> = {
  progression: (r) => r.pfs.time,
  // Never negative: below every patient who was (a duration of 0 is still a duration).
  negativity: (r) => r.negativeMonths ?? -Infinity,
  followup: (r) => r.followUp,
};

/**
 * Swimmer rows grouped (groups in their order) and, within a group, longest first by the chosen
 * time; ties by the other two times, then by patient id, so the order never depends on the file's.
 * Returns a new array; the rows are not changed.
 * @example swimmerOrder(rows, 'negativity')[0].negativeMonths // the longest in the first group
 */
export function swimmerOrder(rows: readonly SwimmerRow[], sort: SwimmerSort): SwimmerRow[] {
  const keys = [KEY[sort], ...SWIMMER_SORTS.filter((s) => s.id !== sort).map((s) => KEY[s.id])];
  return [...rows].sort((a, b) => {
    if (a.group !== b.group) return a.group - b.group;
    for (const key of keys) {
      const d = key(b) - key(a);
      if (d !== 0 && !Number.isNaN(d)) return d;
    }
    return a.patientId < b.patientId ? -1 : a.patientId > b.patientId ? 1 : 0;
  });
}
