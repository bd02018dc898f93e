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
  const x = table[0][0];
  const m = table[0][0] + table[1][0];
  const n = table[0][1] + table[1][1];
  const k = table[0][0] + table[0][1];
  const lo = Math.max(0, k - n);
  const hi = Math.min(k, m);
  if (x === lo && x === hi) return NaN;
  if (x === lo) return 0;
  if (x === hi) return Infinity;
  // log of choose(m, s) · choose(n, k − s), up to a constant.
  const logdc: number[] = [];
  const lchoose = (a: number, b: number): number => {
    let s = 0;
    for (let i = 1; i <= b; i++) s += Math.log((a - b + i) / i);
    return s;
  };
  for (let s = lo; s <= hi; s++) logdc.push(lchoose(m, s) + lchoose(n, k - s));
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
  let a = -1;
  let b = 1;
  while (mean(a) > x) a *= 2;
  while (mean(b) < x) b *= 2;
  for (let it = 0; it < 200 && b - a > 1e-15 * Math.max(1, Math.abs(a)); it++) {
    const mid = (a + b) / 2;
    if (mean(mid) < x) a = mid;
    else b = mid;
  }
  return Math.exp((a + b) / 2);
}
