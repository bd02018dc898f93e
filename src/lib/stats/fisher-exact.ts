import { fisherOddsRatio } from './fisher-exact-odds';

export interface FisherExactResult {
  /** Two-sided p: total probability of the tables no more likely than the observed one. */
  p: number;
  /** Conditional maximum-likelihood odds ratio (2×2 tables only, as fisher.test's estimate). */
  oddsRatio: number | null;
  n: number;
}

/** Most enumeration steps before giving up (the network algorithm is not implemented). */
const MAX_TABLES = 5e6;

/**
 * Fisher's exact test of independence on an r×c table of counts, two-sided, as R's
 * fisher.test(table)$p.value: conditional on the margins, the probability of each table is
 * multivariate hypergeometric; p sums the tables whose probability is ≤ the observed one × (1 +
 * 1e-7) (R's relative tolerance). All tables with the given margins are enumerated, which is
 * exact and fast for the small tables of a clinical cohort; throws a RangeError beyond 5·10⁶
 * tables (R would use FEXACT's network algorithm). For 2×2 tables also returns the
 * conditional MLE odds ratio (fisher.test's estimate).
 *
 * @example
 * fisherExact([[3, 1], [1, 3]]).p; // 0.4857142857142857, R: fisher.test(matrix(c(3, 1, 1, 3), 2))
 */
export function fisherExact(table: number[][]): FisherExactResult {
  const r = table.length;
  const c = r > 0 ? table[0].length : 0;
  if (r < 2 || c < 2 || table.some((row) => row.length !== c)) {
    throw new RangeError(
      'fisherExact: need a rectangular table with at least 2 rows and 2 columns',
    );
  }
  const rows = table.map((row) => row.reduce((s, v) => s + v, 0));
  const cols = table[0].map((_, j) => table.reduce((s, row) => s + row[j], 0));
  const n = rows.reduce((s, v) => s + v, 0);
  const lf = new Float64Array(n + 1);
  for (let k = 2; k <= n; k++) lf[k] = lf[k - 1] + Math.log(k);
  const constant =
    rows.reduce((s, v) => s + lf[v], 0) + cols.reduce((s, v) => s + lf[v], 0) - lf[n];
  let observed = 0;
  for (const row of table) for (const v of row) observed += lf[v];
  // A table is at least as extreme when Σ log(cell!) ≥ observed − log(1 + 1e-7).
  const limit = observed - Math.log1p(1e-7);
  const rem = rows.slice();
  let p = 0;
  let visited = 0;
  const fillColumn = (j: number, i: number, colLeft: number, acc: number): void => {
    if (++visited > MAX_TABLES) throw new RangeError('fisherExact: table too large to enumerate');
    if (j === c - 1) {
      let s = acc;
      for (let k = 0; k < r; k++) s += lf[rem[k]];
      if (s >= limit) p += Math.exp(constant - s);
      return;
    }
    if (i === r - 1) {
      if (colLeft > rem[i]) return;
      rem[i] -= colLeft;
      fillColumn(j + 1, 0, cols[j + 1], acc + lf[colLeft]);
      rem[i] += colLeft;
      return;
    }
    let below = 0;
    for (let k = i + 1; k < r; k++) below += rem[k];
    const hi = Math.min(rem[i], colLeft);
    for (let v = Math.max(0, colLeft - below); v <= hi; v++) {
      rem[i] -= v;
      fillColumn(j, i + 1, colLeft - v, acc + lf[v]);
      rem[i] += v;
    }
  };
  fillColumn(0, 0, cols[0], 0);
  const oddsRatio = r === 2 && c === 2 ? fisherOddsRatio(table) : null;
  return { p: Math.min(1, p), oddsRatio, n };
}
