/**
 * An event-status column as R's Surv() reads it: 1 = event, 0 = censored, NaN = missing.
 * With `eventValues` (the registry's coding of a status column, e.g. mrd_neg_end_status, where
 * only 1 is the event) those values are events and every other value is censored. Without it,
 * Surv()'s rule: 0/1 (or FALSE/TRUE), or 1/2 (1 = censored, 2 = event) when the largest value is 2;
 * any other code is an error naming the column.
 * @example eventIndicator([0, 1, 2], 'status', [1]) // Float64Array [0, 1, 0]
 */
export function eventIndicator(
  values: Float64Array,
  name: string,
  eventValues?: readonly number[],
): Float64Array {
  if (eventValues) {
    return values.map((v) => (Number.isNaN(v) ? NaN : eventValues.includes(v) ? 1 : 0));
  }
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  const shift = max === 2 ? 1 : 0;
  return values.map((v) => {
    if (Number.isNaN(v)) return NaN;
    const e = v - shift;
    if (e !== 0 && e !== 1) {
      throw new Error(`column '${name}' must be coded 0/1 or 1/2, found ${v}`);
    }
    return e;
  });
}
