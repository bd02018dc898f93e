/**
 * Curves with the user's group labels in place of the data's, in order; an empty or missing label
 * keeps the group's own. The labels are then drawn by the usual truncation rules (truncate-label).
 * @example relabel([{ label: 'yes' }, { label: 'no' }], ['Refractory']) // [{ label: 'Refractory' }, { label: 'no' }]
 */
export function relabel<T extends { label: string }>(
  curves: readonly T[],
  labels: readonly string[],
): T[] {
  return curves.map((c, i) => (labels[i] ? { ...c, label: labels[i] } : c));
}
