import { fisherSupport } from './fisher-support';
import { solveIncreasing } from './solve-increasing';

/**
 * Confidence interval of the conditional maximum-likelihood odds ratio of a 2×2 table, as R's
 * fisher.test(table, conf.level)$conf.int (two-sided): the lower limit is the ψ at which
 * P(X ≥ x; ψ) = α/2 (0 when x is the smallest count the margins allow), the upper limit the ψ at
 * which P(X ≤ x; ψ) = α/2 (Infinity when x is the largest), X being the [0][0] cell under the
 * non-central hypergeometric distribution with the table's margins and α = 1 − confLevel.
 * Solved in log ψ by bisection to machine precision: R's uniroot stops at about 1e-4 on ψ (or on
 * 1/ψ above 1), so R's printed limits can differ from these in the 3rd to 5th digit.
 *
 * @example
 * fisherOddsRatioCi([[3, 1], [1, 3]]); // { lower: 0.2117355..., upper: 626.2435... }
 */
export function fisherOddsRatioCi(
  table: number[][],
  confLevel = 0.95,
): { lower: number; upper: number } {
  const { x, lo, hi, logdc } = fisherSupport(table);
  const alpha = (1 - confLevel) / 2;
  // P(X ≤ x; e^θ) and P(X ≥ x; e^θ), each summed over its own tail for precision.
  const tail = (theta: number, upper: boolean): number => {
    let max = -Infinity;
    for (let s = lo; s <= hi; s++) max = Math.max(max, logdc[s - lo] + theta * s);
    let part = 0;
    let all = 0;
    for (let s = lo; s <= hi; s++) {
      const d = Math.exp(logdc[s - lo] + theta * s - max);
      all += d;
      if (upper ? s >= x : s <= x) part += d;
    }
    return part / all;
  };
  return {
    lower: x === lo ? 0 : Math.exp(solveIncreasing((t) => tail(t, true) - alpha)),
    upper: x === hi ? Infinity : Math.exp(solveIncreasing((t) => alpha - tail(t, false))),
  };
}
