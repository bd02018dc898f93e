/**
 * Generalized Cholesky (L D L') decomposition, solve and inverse of a symmetric n×n matrix
 * stored row-major in a Float64Array, with a relative pivot tolerance: pivots below
 * `toler × max(diag)` are set to 0, and the matching rows/columns of the solution and inverse
 * are 0. Port of survival's cholesky2.c, chsolve2.c and chinv2.c (T. Therneau), so that
 * singular (collinear) terms are detected exactly as R's coxph does.
 */

/**
 * Decomposes `m` in place (L below the diagonal, D on it); returns the rank.
 *
 * @example
 * const m = Float64Array.of(4, 2, 2, 3);
 * cholesky2(m, 2, 1e-12); // 2
 */
export function cholesky2(m: Float64Array, n: number, toler: number): number {
  let eps = 0;
  for (let i = 0; i < n; i++) {
    if (m[i * n + i] > eps) eps = m[i * n + i];
    for (let j = i + 1; j < n; j++) m[j * n + i] = m[i * n + j];
  }
  eps = eps === 0 ? toler : eps * toler;
  let rank = 0;
  let nonneg = 1;
  for (let i = 0; i < n; i++) {
    const pivot = m[i * n + i];
    if (!Number.isFinite(pivot) || pivot < eps) {
      m[i * n + i] = 0;
      if (pivot < -8 * eps) nonneg = -1;
    } else {
      rank++;
      for (let j = i + 1; j < n; j++) {
        const temp = m[j * n + i] / pivot;
        m[j * n + i] = temp;
        m[j * n + j] -= temp * temp * pivot;
        for (let k = j + 1; k < n; k++) m[k * n + j] -= temp * m[k * n + i];
      }
    }
  }
  return rank * nonneg;
}

/** Solves (L D L') z = y in place, using a matrix decomposed by {@link cholesky2}. */
export function chsolve2(m: Float64Array, n: number, y: Float64Array): void {
  for (let i = 0; i < n; i++) {
    let temp = y[i];
    for (let j = 0; j < i; j++) temp -= y[j] * m[i * n + j];
    y[i] = temp;
  }
  for (let i = n - 1; i >= 0; i--) {
    if (m[i * n + i] === 0) y[i] = 0;
    else {
      let temp = y[i] / m[i * n + i];
      for (let j = i + 1; j < n; j++) temp -= y[j] * m[j * n + i];
      y[i] = temp;
    }
  }
}

/**
 * Inverts a matrix decomposed by {@link cholesky2} in place and returns it as a full
 * symmetric matrix; rows/columns of zero pivots are 0 (R marks those coefficients NA).
 */
export function chinv2(m: Float64Array, n: number): Float64Array {
  for (let i = 0; i < n; i++) {
    if (m[i * n + i] > 0) {
      m[i * n + i] = 1 / m[i * n + i];
      for (let j = i + 1; j < n; j++) {
        m[j * n + i] = -m[j * n + i];
        for (let k = 0; k < i; k++) m[j * n + k] += m[j * n + i] * m[i * n + k];
      }
    }
  }
  for (let i = 0; i < n; i++) {
    if (m[i * n + i] === 0) {
      for (let j = 0; j < i; j++) m[j * n + i] = 0;
      for (let j = i; j < n; j++) m[i * n + j] = 0;
    } else {
      for (let j = i + 1; j < n; j++) {
        const temp = m[j * n + i] * m[j * n + j];
        m[i * n + j] = temp;
        for (let k = i; k < j; k++) m[i * n + k] += temp * m[j * n + k];
      }
    }
  }
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) m[i * n + j] = m[j * n + i];
  return m;
}
