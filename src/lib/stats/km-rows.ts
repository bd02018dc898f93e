/**
 * Indices of the rows a survival estimate uses: time not NaN and, with delayed entry, entry
 * not NaN and entry < time (R's Surv(entry, time, event) turns entry ≥ time into NA).
 *
 * @example
 * kmRows(Float64Array.of(1, NaN, 3)); // Uint32Array [0, 2]
 */
export function kmRows(time: Float64Array, entry?: Float64Array): Uint32Array {
  const keep = new Uint32Array(time.length);
  let n = 0;
  for (let i = 0; i < time.length; i++) {
    const t = time[i];
    if (Number.isNaN(t)) continue;
    if (entry && !(entry[i] < t)) continue; // also false for NaN entry
    keep[n++] = i;
  }
  return keep.subarray(0, n);
}
