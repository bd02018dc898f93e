/**
 * The smallest and largest value, as Math.min / Math.max give them (NaN if any value is NaN,
 * +Infinity / −Infinity for no value; −0 and +0 count as equal), but in a loop: `Math.min(...values)` passes every value
 * as an argument and overflows the call stack past ~100,000 values in Chromium.
 * @example minOf(new Float64Array(200_000).fill(2)) // 2
 */
export function minOf(values: ArrayLike<number>): number {
  let m = Infinity;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x !== x) return NaN;
    if (x < m) m = x;
  }
  return m;
}

/** The largest value (see minOf). */
export function maxOf(values: ArrayLike<number>): number {
  let m = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x !== x) return NaN;
    if (x > m) m = x;
  }
  return m;
}
