/** The [0][0] cell of a 2×2 table with its margins fixed: observed count, range, log weights. */
export interface FisherSupport {
  /** The observed [0][0] count. */
  x: number;
  /** Smallest and largest [0][0] count the margins allow. */
  lo: number;
  hi: number;
  /** log choose(m, s) + log choose(n, k − s) for s = lo..hi: the central hypergeometric, up to a constant. */
  logdc: number[];
}

/**
 * The support of the [0][0] cell of a 2×2 table under the (non-central) hypergeometric
 * distribution with the table's margins fixed, as R's fisher.test sets it up (lo, hi, logdc =
 * dhyper(lo:hi, m, n, k, log = TRUE) up to a constant). At log odds ratio θ the probability of
 * s is proportional to exp(logdc[s − lo] + θ·s).
 *
 * @example
 * fisherSupport([[3, 1], [1, 3]]); // { x: 3, lo: 0, hi: 4, logdc: [...] }
 */
export function fisherSupport(table: number[][]): FisherSupport {
  const x = table[0][0];
  const m = table[0][0] + table[1][0];
  const n = table[0][1] + table[1][1];
  const k = table[0][0] + table[0][1];
  const lo = Math.max(0, k - n);
  const hi = Math.min(k, m);
  const lchoose = (a: number, b: number): number => {
    let s = 0;
    for (let i = 1; i <= b; i++) s += Math.log((a - b + i) / i);
    return s;
  };
  const logdc: number[] = [];
  for (let s = lo; s <= hi; s++) logdc.push(lchoose(m, s) + lchoose(n, k - s));
  return { x, lo, hi, logdc };
}
