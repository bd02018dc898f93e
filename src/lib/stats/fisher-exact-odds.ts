import { fisherSupport } from './fisher-support';
import { solveIncreasing } from './solve-increasing';

/**
 * Conditional maximum-likelihood odds ratio of a 2×2 table, the estimate of R's
 * fisher.test: the ψ at which the mean of the non-central hypergeometric distribution of the
 * [0][0] cell (margins fixed) equals the observed count; 0 or Infinity at the ends of the
 * support. Solved in log ψ by bisection to machine precision (R's uniroot stops at a tolerance
 * of about 1e-4, so R's printed estimate can differ in the 5th digit).
 *
 * @example
 * fisherOddsRatio([[3, 1], [1, 3]]); // 6.408309...
 */
export function fisherOddsRatio(table: number[][]): number {
  const { x, lo, hi, logdc } = fisherSupport(table);
  if (x === lo && x === hi) return NaN;
  if (x === lo) return 0;
  if (x === hi) return Infinity;
  const mean = (theta: number): number => {
    let max = -Infinity;
    for (let s = lo; s <= hi; s++) max = Math.max(max, logdc[s - lo] + theta * s);
    let num = 0;
    let den = 0;
    for (let s = lo; s <= hi; s++) {
      const d = Math.exp(logdc[s - lo] + theta * s - max);
      num += s * d;
      den += d;
    }
    return num / den;
  };
  return Math.exp(solveIncreasing((theta) => mean(theta) - x));
}
