/**
 * Solves A·X = B for a small dense square matrix by Gaussian elimination with partial pivoting
 * (the LU method of R's solve(), LAPACK dgesv). A is n × n row-major, B is n × m row-major
 * (m = 1 for a vector); neither is modified. Returns null when A is singular (a zero pivot).
 *
 * @example
 * denseSolve(Float64Array.of(2, 0, 0, 4), 2, Float64Array.of(2, 2)); // Float64Array [1, 0.5]
 */
export function denseSolve(a: Float64Array, n: number, b: Float64Array): Float64Array | null {
  const m = b.length / n;
  const lu = Float64Array.from(a);
  const x = Float64Array.from(b);
  for (let k = 0; k < n; k++) {
    let piv = k;
    for (let i = k + 1; i < n; i++)
      if (Math.abs(lu[i * n + k]) > Math.abs(lu[piv * n + k])) piv = i;
    if (lu[piv * n + k] === 0 || !Number.isFinite(lu[piv * n + k])) return null;
    if (piv !== k) {
      for (let j = 0; j < n; j++)
        [lu[k * n + j], lu[piv * n + j]] = [lu[piv * n + j], lu[k * n + j]];
      for (let j = 0; j < m; j++) [x[k * m + j], x[piv * m + j]] = [x[piv * m + j], x[k * m + j]];
    }
    for (let i = k + 1; i < n; i++) {
      const f = lu[i * n + k] / lu[k * n + k];
      if (f === 0) continue;
      for (let j = k; j < n; j++) lu[i * n + j] -= f * lu[k * n + j];
      for (let j = 0; j < m; j++) x[i * m + j] -= f * x[k * m + j];
    }
  }
  for (let k = n - 1; k >= 0; k--) {
    for (let j = 0; j < m; j++) {
      let s = x[k * m + j];
      for (let i = k + 1; i < n; i++) s -= lu[k * n + i] * x[i * m + j];
      x[k * m + j] = s / lu[k * n + k];
    }
  }
  return x;
}

/**
 * Inverse of a small dense square matrix (R's solve(A)), or null when singular.
 *
 * @example
 * denseInverse(Float64Array.of(2, 0, 0, 4), 2); // Float64Array [0.5, 0, 0, 0.25]
 */
export function denseInverse(a: Float64Array, n: number): Float64Array | null {
  const eye = new Float64Array(n * n);
  for (let i = 0; i < n; i++) eye[i * n + i] = 1;
  return denseSolve(a, n, eye);
}
