/**
 * The quadratic form x' V⁻¹ x for a small symmetric matrix V, by Gaussian elimination with
 * partial pivoting (R's survdiff uses solve(vv, x), an LU decomposition). Returns NaN when V
 * is singular.
 *
 * @example
 * logRankQuadratic([2], [[4]]); // 1
 */
export function logRankQuadratic(x: readonly number[], v: readonly (readonly number[])[]): number {
  const m = x.length;
  const a = v.map((row, i) => [...row, x[i]]);
  for (let c = 0; c < m; c++) {
    let pivot = c;
    for (let r = c + 1; r < m; r++) if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) pivot = r;
    if (a[pivot][c] === 0) return NaN;
    [a[c], a[pivot]] = [a[pivot], a[c]];
    for (let r = c + 1; r < m; r++) {
      const f = a[r][c] / a[c][c];
      for (let j = c; j <= m; j++) a[r][j] -= f * a[c][j];
    }
  }
  const solution = new Array<number>(m).fill(0);
  for (let r = m - 1; r >= 0; r--) {
    let s = a[r][m];
    for (let j = r + 1; j < m; j++) s -= a[r][j] * solution[j];
    solution[r] = s / a[r][r];
  }
  return solution.reduce((sum, s, i) => sum + s * x[i], 0);
}
