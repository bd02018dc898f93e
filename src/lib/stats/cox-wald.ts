import { chiSquareUpper } from './chi-square-upper';
import { cholesky2, chsolve2 } from './cox-cholesky';
import { COX_CONTROL } from './cox-newton';

/**
 * Global Wald test b' V⁻¹ b of the estimable coefficients, as survival's coxph.wtest: V is
 * decomposed with the generalized Cholesky (tolerance toler.chol) and df is its rank.
 *
 * @example
 * coxWaldTest(Float64Array.of(0.04), Float64Array.of(0.5), [true]); // { stat: 6.25, df: 1, p: 0.0124 }
 */
export function coxWaldTest(
  variance: Float64Array,
  beta: Float64Array,
  estimable: boolean[],
): { stat: number; df: number; p: number } {
  const nv = beta.length;
  const keep: number[] = [];
  for (let i = 0; i < nv; i++) if (estimable[i]) keep.push(i);
  const m = keep.length;
  if (m === 0) return { stat: 0, df: 0, p: NaN };
  const v = new Float64Array(m * m);
  const b = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    b[i] = beta[keep[i]];
    for (let j = 0; j < m; j++) v[i * m + j] = variance[keep[i] * nv + keep[j]];
  }
  let stat: number;
  let df: number;
  if (m === 1) {
    stat = (b[0] * b[0]) / v[0];
    df = 1;
  } else {
    cholesky2(v, m, COX_CONTROL.tolerChol);
    df = 0;
    for (let i = 0; i < m; i++) if (v[i * m + i] > 0) df++;
    const solve = Float64Array.from(b);
    chsolve2(v, m, solve);
    stat = 0;
    for (let i = 0; i < m; i++) stat += b[i] * solve[i];
  }
  return { stat, df, p: chiSquareUpper(stat, df) };
}
