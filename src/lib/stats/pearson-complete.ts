/**
 * The pairs (x[i], y[i]) where neither value is NaN, as two new arrays: R's
 * use = "complete.obs" / na.omit on two columns.
 *
 * @example
 * pairedComplete(Float64Array.of(1, NaN, 3), Float64Array.of(4, 5, NaN)); // [[1], [4]]
 */
export function pairedComplete(x: Float64Array, y: Float64Array): [Float64Array, Float64Array] {
  if (x.length !== y.length) throw new RangeError('x and y differ in length');
  let n = 0;
  for (let i = 0; i < x.length; i++) if (!Number.isNaN(x[i]) && !Number.isNaN(y[i])) n++;
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  for (let i = 0, j = 0; i < x.length; i++) {
    if (!Number.isNaN(x[i]) && !Number.isNaN(y[i])) {
      a[j] = x[i];
      b[j++] = y[i];
    }
  }
  return [a, b];
}
