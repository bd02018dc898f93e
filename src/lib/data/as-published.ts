import { carPersistAtLeast, mrdNegAtLeast } from './derive-rules';
import { derivedSpec } from './registry';
import { bin } from './values';

/**
 * The "as published" variant of a threshold column (CAR-T persistence ≥ X, MRD-negative ≥ X):
 * a patient still followed (censored) before X — undecidable, so left out by the explorer's own
 * rule — is counted as below X, which is what a naive analysis of the paper's kind does.
 * Returns null for a column without such a variant (its registry entry has no `threshold`).
 * @example asPublishedValues((c) => table.array(c), 56, 'car_persist_ge6') // [1, 0, 0, …]
 */
export function asPublishedValues(
  column: (name: string) => ArrayLike<unknown>,
  n: number,
  name: string,
): (0 | 1 | null)[] | null {
  const threshold = derivedSpec(name)?.threshold;
  if (!threshold) return null;
  const x = threshold.months;
  if (threshold.of === 'car-t-detection') {
    const months = column('car_persist_months');
    const event = column('car_persist_event');
    return Array.from({ length: n }, (_, i) => carPersistAtLeast(months[i], event[i], x, true));
  }
  const ever = column('mrd_ever_neg');
  const duration = column('mrd_neg_duration_months');
  const status = column('mrd_neg_end_status');
  return Array.from({ length: n }, (_, i) =>
    mrdNegAtLeast(bin(ever[i]), duration[i], status[i], x, true),
  );
}
