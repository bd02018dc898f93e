import { carPersistAtLeast, mrdNegAtLeast } from '../data/derive-rules';
import type { ColumnSource } from './column-cache';

/**
 * The "as published" variant of a threshold stratifier (CAR-T persistence ≥ X, MRD-negative
 * ≥ X): a patient still followed (censored) before X, whom the recommended rule leaves out as
 * undecidable, is counted as below X — which is what a naive analysis of the paper's kind does.
 * Returns null when `name` is not such a threshold column.
 */
export function naiveThreshold(d: ColumnSource, name: string): (0 | 1 | null)[] | null {
  const persist = /^car_persist_ge(\d+(?:\.\d+)?)$/.exec(name);
  if (persist) {
    const x = Number(persist[1]);
    const months = d.raw('car_persist_months');
    const event = d.raw('car_persist_event');
    return Array.from({ length: d.n }, (_, i) => carPersistAtLeast(months[i], event[i], x, true));
  }
  const mrd = /^mrd_neg_ge(\d+(?:\.\d+)?)$/.exec(name);
  if (mrd) {
    const x = Number(mrd[1]);
    const ever = d.raw('mrd_ever_neg');
    const duration = d.raw('mrd_neg_duration_months');
    const status = d.raw('mrd_neg_end_status');
    return Array.from({ length: d.n }, (_, i) => {
      const e = ever[i];
      return mrdNegAtLeast(e === 0 || e === 1 ? e : null, duration[i], status[i], x, true);
    });
  }
  return null;
}

/** True for the stratifiers that have an "as published" (undecidable counted below) variant. */
export function hasNaiveVariant(name: string | null): boolean {
  return name !== null && /^(car_persist_ge|mrd_neg_ge)\d/.test(name);
}
