import { describe, expect, it } from 'vitest';
import { coxSortOrder } from '../../../src/lib/stats/cox-sort';
import { coxph } from '../../../src/lib/stats/cox';

/** Reference: a comparator sort of row indices by (stratum, time), ties by index (stable). */
function naiveOrder(time: readonly number[], strata?: readonly number[]): number[] {
  return time
    .map((_, i) => i)
    .sort((a, b) => (strata ? strata[a] - strata[b] : 0) || time[a] - time[b] || a - b);
}

describe('coxSortOrder', () => {
  it.each([
    { label: 'ascending times', time: [1, 2, 3, 5, 8] },
    { label: 'ascending times with ties', time: [1, 1, 2, 2, 2, 9] },
    { label: 'times almost ascending (last pair swapped)', time: [1, 2, 3, 5, 4] },
    { label: 'descending times', time: [9, 7, 7, 3, 1] },
    { label: 'one time', time: [4] },
    { label: 'no times', time: [] },
  ])('coxSortOrder orders $label like a stable comparator sort', ({ time }) => {
    expect(Array.from(coxSortOrder(Float64Array.from(time)))).toEqual(naiveOrder(time));
  });

  it('coxSortOrder still sorts ascending times by stratum first', () => {
    const time = [1, 2, 3, 4, 5, 6];
    const strata = [1, 0, 1, 0, 1, 0];
    expect(Array.from(coxSortOrder(Float64Array.from(time), Int32Array.from(strata)))).toEqual(
      naiveOrder(time, strata),
    );
  });

  it('coxph gives the same fit whether its rows come in time order or not', () => {
    // 40 rows, ties included; the second input is the first in (stable) time order.
    const time = Array.from({ length: 40 }, (_, i) => ((i * 17) % 23) + 1);
    const event = time.map((_, i) => (i % 3 === 0 ? 0 : 1));
    const x = time.map((_, i) => (i % 2 === 0 ? 1 : 0));
    const order = naiveOrder(time);
    const fit = (rows: number[]) =>
      coxph({
        time: Float64Array.from(rows, (i) => time[i]),
        event: Uint8Array.from(rows, (i) => event[i]),
        x: [Float64Array.from(rows, (i) => x[i])],
        names: ['x'],
        ties: 'efron',
      });
    const shuffled = fit(time.map((_, i) => i));
    const sorted = fit(order);
    expect(shuffled.terms[0].coef).toEqual(expect.any(Number));
    expect(sorted.terms[0].coef).toBe(shuffled.terms[0].coef);
    expect(sorted.terms[0].se).toBe(shuffled.terms[0].se);
    expect(sorted.logLik).toEqual(shuffled.logLik);
    expect(sorted.concordance).toBe(shuffled.concordance);
  });
});
