import { sortOrder } from './sort-order';

/**
 * The risk-set sums cox.zph's score test needs at each event time (see cox-zph-score.ts): over
 * the rows at risk and not dying then, Σ r, Σ r·x, Σ r·x·xᵀ (lower triangle); over the rows
 * dying then, the same three. `r` is the row's relative risk, `x` the centred covariates.
 */
export interface RiskSums {
  denom: number;
  a: Float64Array;
  c: Float64Array;
  denom2: number;
  a2: Float64Array;
  c2: Float64Array;
}

/** The rows of each stratum, in descending time (ties in any order): one stable sort. */
function byStratumDescending(
  time: Float64Array,
  stratum: (i: number) => number,
  oneStratum: boolean,
): Uint32Array {
  if (oneStratum) return sortOrder(Float64Array.from(time, (t) => -t));
  const rows = Uint32Array.from(time, (_, i) => i);
  rows.sort((i, j) => stratum(i) - stratum(j) || time[j] - time[i]);
  return rows;
}

/**
 * Running risk-set sums for right-censored data (no entry times), as survival's zph1.c keeps
 * them: event times are visited from the last to the first within each stratum, each row enters
 * the sums once, and the deaths of a time join the sums after it (the caller adds them, in
 * Efron's fractions, when it has used them). O(n log n + d·p²) instead of O(n·d·p²): at 100,000
 * patients and 2,000 event times that is the difference between milliseconds and seconds.
 */
export class RunningRiskSets {
  private readonly rows: Uint32Array;
  private cursor = 0;
  private stratumNow = NaN;

  constructor(
    private readonly time: Float64Array,
    private readonly event: Uint8Array,
    private readonly risk: Float64Array,
    private readonly x: Float64Array[],
    private readonly stratum: (i: number) => number,
    private readonly sums: RiskSums,
    oneStratum: boolean,
  ) {
    this.rows = byStratumDescending(time, stratum, oneStratum);
  }

  /**
   * Brings the sums to event time `t` of stratum `s`; must be called for the strata in
   * ascending order and, within one, for the times in descending order. The caller must add the
   * deaths (a2, c2, denom2) into (a, c, denom) before the next call.
   */
  moveTo(s: number, t: number): void {
    const { rows, time, event, stratum, sums } = this;
    if (s !== this.stratumNow) {
      this.stratumNow = s;
      sums.denom = 0;
      sums.a.fill(0);
      sums.c.fill(0);
      while (this.cursor < rows.length && stratum(rows[this.cursor]) < s) this.cursor++;
    }
    sums.denom2 = 0;
    sums.a2.fill(0);
    sums.c2.fill(0);
    while (this.cursor < rows.length) {
      const i = rows[this.cursor];
      if (stratum(i) !== s || time[i] < t) break;
      this.add(i, event[i] === 1 && time[i] === t);
      this.cursor++;
    }
  }

  private add(i: number, dead: boolean): void {
    const { x, sums } = this;
    const p = x.length;
    const r = this.risk[i];
    const aa = dead ? sums.a2 : sums.a;
    const cc = dead ? sums.c2 : sums.c;
    if (dead) sums.denom2 += r;
    else sums.denom += r;
    for (let j = 0; j < p; j++) {
      const xj = x[j][i];
      aa[j] += r * xj;
      for (let k = 0; k <= j; k++) cc[j * p + k] += r * xj * x[k][i];
    }
  }
}
