/** An exact confidence interval of a 2×2 table's odds ratio; upper = Infinity when unbounded. */
export interface OddsRatioInterval {
  lower: number;
  upper: number;
  confLevel: number;
}

/**
 * The exact conditional confidence interval of the odds ratio of a 2×2 table, as R's
 * fisher.test(table)$conf.int: with the margins fixed, the [0][0] cell follows Fisher's noncentral
 * hypergeometric distribution with odds ratio ψ; the upper limit is the ψ at which
 * P(X ≤ observed) = α/2, the lower the ψ at which P(X ≥ observed) = α/2 (α = 1 − confLevel),
 * 0 when the cell is at the bottom of its range and Infinity at the top (Cornfield 1956; Agresti,
 * _Categorical Data Analysis_, §16.6). Solved in log ψ by bisection to machine precision: R's
 * uniroot stops at an absolute tolerance of about 1e-4 on ψ (or on 1/ψ for large limits), so R's
 * printed limits can differ from the 4th digit on — by 0.7 % for an upper limit near 600.
 * A degenerate table (a zero margin: the cell is fixed) gives 0 to Infinity, as R.
 * @example fisherOddsInterval([[3, 1], [1, 3]]) // { lower: 0.2117356…, upper: 626.2435… }; R's fisher.test prints 0.2117329 and 621.9338
 */
export function fisherOddsInterval(table: number[][], confLevel = 0.95): OddsRatioInterval {
  const x = table[0][0];
  const m = table[0][0] + table[1][0];
  const n = table[0][1] + table[1][1];
  const k = table[0][0] + table[0][1];
  const lo = Math.max(0, k - n);
  const hi = Math.min(k, m);
  const alpha = (1 - confLevel) / 2;
  // log of choose(m, s) · choose(n, k − s) over the support, up to a constant.
  const logdc: number[] = [];
  for (let s = lo; s <= hi; s++) logdc.push(logChoose(m, s) + logChoose(n, k - s));
  /** P(X ≤ x) (or P(X ≥ x) with upper) when the odds ratio is exp(theta). */
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
  // P(X ≤ x) falls and P(X ≥ x) rises as the odds ratio grows.
  const solve = (upper: boolean): number => {
    const f = (theta: number) => (upper ? tail(theta, true) : alpha - tail(theta, false));
    const target = upper ? alpha : 0;
    let a = -1;
    let b = 1;
    while (f(a) > target && a > -745) a *= 2;
    while (f(b) < target && b < 745) b *= 2;
    for (let it = 0; it < 200 && b - a > 1e-15 * Math.max(1, Math.abs(a)); it++) {
      const mid = (a + b) / 2;
      if (f(mid) < target) a = mid;
      else b = mid;
    }
    return Math.exp((a + b) / 2);
  };
  return {
    lower: x === lo ? 0 : solve(true),
    upper: x === hi ? Infinity : solve(false),
    confLevel,
  };
}

function logChoose(a: number, b: number): number {
  let s = 0;
  for (let i = 1; i <= b; i++) s += Math.log((a - b + i) / i);
  return s;
}
