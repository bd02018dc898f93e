import { RunningRiskSets, type RiskSums } from './cox-zph-risk';
import { sortOrder } from './sort-order';

/** Rows of a Cox model as cox.zph reads them: complete, with the fitted linear predictor. */
export interface ZphData {
  /** Stop (event/censoring) time. */
  time: Float64Array;
  event: Uint8Array;
  /** Entry (start) time, for (start, stop] data. */
  entry?: Float64Array;
  /** Stratum code per row (any integers; sorted ascending as R's factor levels). */
  strata?: Int32Array;
  /** Covariate columns (estimable ones only). */
  x: Float64Array[];
  /** Linear predictor x·beta (any constant shift cancels). */
  eta: Float64Array;
  /** Centred transformed time g(t) per row (only read on event rows). */
  gt: Float64Array;
}

export interface ZphScore {
  /** Score vector of length 2p: the model's own (≈ 0) then Σ g(t)(x − x̄(t)). */
  u: Float64Array;
  /** Information matrix (2p × 2p, row-major) of the 1-step score test for beta·g(t). */
  imat: Float64Array;
  /** Unscaled Schoenfeld residuals, one Float64Array of length p per event row. */
  schoen: Float64Array[];
  /** The input row of each event, sorted by stratum then time (the residuals' order). */
  eventRows: Uint32Array;
  /** Per stratum (ascending code) and covariate: events in the stratum, or 0 if x is constant there. */
  used: number[][];
  strataCodes: number[];
}

function stratumOf(d: ZphData, i: number): number {
  return d.strata ? d.strata[i] : 0;
}

/** Deaths sorted by stratum, time; tied deaths by row (R's zph1) or reversed row (zph2). */
function eventOrder(d: ZphData): Uint32Array {
  const rows: number[] = [];
  for (let i = 0; i < d.time.length; i++) if (d.event[i]) rows.push(i);
  // One stratum, no entry times: a stable radix sort by time keeps tied deaths in row order.
  if (!d.strata && !d.entry) return sortOrder(d.time, Uint32Array.from(rows));
  const rev = d.entry ? -1 : 1;
  rows.sort((a, b) => stratumOf(d, a) - stratumOf(d, b) || d.time[a] - d.time[b] || rev * (a - b));
  return Uint32Array.from(rows);
}

/**
 * The score vector, information matrix and Schoenfeld residuals of cox.zph's score test of
 * beta(t) = beta + theta·g(t), at the fitted beta (theta = 0): a port of survival's zph1.c and,
 * for (start, stop] data, zph2.c (Therneau), Breslow or Efron ties, strata. Each event time's
 * risk set is summed directly (no running sums), which differs from the C code only in rounding.
 *
 * @example
 * const s = coxZphScore({ time, event, x: [age], eta, gt }, true);
 * s.u[1]; // Σ g(t)·(age − mean age in the risk set) over the deaths
 */
export function coxZphScore(d: ZphData, efron: boolean): ZphScore {
  const n = d.time.length;
  const p = d.x.length;
  const p2 = 2 * p;
  // Recentre x, as the C code does, for a more stable variance.
  const x = d.x.map((col) => {
    let m = 0;
    for (let i = 0; i < n; i++) m += col[i];
    m /= n;
    return Float64Array.from(col, (v) => v - m);
  });
  let etaMean = 0;
  for (let i = 0; i < n; i++) etaMean += d.eta[i];
  etaMean /= n;
  const risk = Float64Array.from(d.eta, (e) => Math.exp(e - etaMean));
  const order = eventOrder(d);
  const u = new Float64Array(p2);
  const imat = new Float64Array(p2 * p2);
  const schoen = Array.from(order, () => new Float64Array(p));
  const sums: RiskSums = {
    denom: 0,
    a: new Float64Array(p),
    c: new Float64Array(p * p),
    denom2: 0,
    a2: new Float64Array(p),
    c2: new Float64Array(p * p),
  };
  const { a, a2, c, c2 } = sums;
  const stratum = (i: number) => stratumOf(d, i);
  // Without entry times the risk sets are kept as running sums (times visited last to first in
  // each stratum); with them, each event time's risk set is summed directly.
  const running = d.entry
    ? null
    : new RunningRiskSets(d.time, d.event, risk, x, stratum, sums, !d.strata);
  for (const [e, end] of eventTimes(d, order, running !== null)) {
    const first = order[e];
    const s = stratumOf(d, first);
    const t = d.time[first];
    const nd = end - e;
    const g = d.gt[first];
    if (running) running.moveTo(s, t);
    else directSums(d, risk, x, s, t, sums);
    for (let q = e; q < end; q++) {
      const i = order[q];
      for (let j = 0; j < p; j++) {
        u[j] += x[j][i];
        u[j + p] += g * x[j][i];
        schoen[q][j] = x[j][i];
      }
    }
    // Efron: the deaths enter the sums 1/nd, 2/nd, …, nd/nd; Breslow: all at once.
    const steps = efron && nd > 1 ? nd : 1;
    const wt = nd / steps;
    for (let j = 0; j < p; j++) {
      let mean = 0;
      for (let k = 0; k < steps; k++) {
        const f = (k + 1) / steps;
        mean += (a[j] + a2[j] * f) / (sums.denom + sums.denom2 * f);
      }
      for (let q = e; q < end; q++) schoen[q][j] -= mean / steps;
    }
    for (let k = 0; k < steps; k++) {
      sums.denom += sums.denom2 / steps;
      for (let j = 0; j < p; j++) {
        a[j] += a2[j] / steps;
        const mj = a[j] / sums.denom;
        u[j] -= wt * mj;
        u[j + p] -= g * wt * mj;
        for (let l = 0; l <= j; l++) {
          c[j * p + l] += c2[j * p + l] / steps;
          const v = (wt * (c[j * p + l] - mj * a[l])) / sums.denom;
          imat[l * p2 + j] += v;
          imat[l * p2 + j + p] += g * v;
          imat[(l + p) * p2 + j + p] += g * g * v;
        }
      }
    }
  }
  symmetrise(imat, p);
  const { used, strataCodes } = usedCounts(d, order);
  return { u, imat, schoen, eventRows: order, used, strataCodes };
}

/**
 * The event times as [first, end) ranges of `order` (deaths sorted by stratum, time): strata
 * ascending, and times descending within a stratum when the risk sets are running sums.
 */
function eventTimes(d: ZphData, order: Uint32Array, descending: boolean): [number, number][] {
  const ranges: [number, number][] = [];
  for (let e = 0; e < order.length;) {
    const s = stratumOf(d, order[e]);
    const t = d.time[order[e]];
    let end = e;
    while (end < order.length && stratumOf(d, order[end]) === s && d.time[order[end]] === t) end++;
    ranges.push([e, end]);
    e = end;
  }
  if (!descending) return ranges;
  const out: [number, number][] = [];
  for (let k = 0; k < ranges.length;) {
    const s = stratumOf(d, order[ranges[k][0]]);
    let m = k;
    while (m < ranges.length && stratumOf(d, order[ranges[m][0]]) === s) m++;
    for (let q = m - 1; q >= k; q--) out.push(ranges[q]);
    k = m;
  }
  return out;
}

/** One event time's risk-set sums, summed directly over the rows ((start, stop] data). */
function directSums(
  d: ZphData,
  risk: Float64Array,
  x: Float64Array[],
  s: number,
  t: number,
  sums: RiskSums,
): void {
  const p = x.length;
  sums.denom = 0;
  sums.denom2 = 0;
  sums.a.fill(0);
  sums.a2.fill(0);
  sums.c.fill(0);
  sums.c2.fill(0);
  for (let i = 0; i < d.time.length; i++) {
    if (stratumOf(d, i) !== s || d.time[i] < t) continue;
    const dead = d.event[i] === 1 && d.time[i] === t;
    if (!dead && d.entry && !(d.entry[i] < t)) continue;
    const r = risk[i];
    const aa = dead ? sums.a2 : sums.a;
    const cc = dead ? sums.c2 : sums.c;
    if (dead) sums.denom2 += r;
    else sums.denom += r;
    for (let j = 0; j < p; j++) {
      aa[j] += r * x[j][i];
      for (let k = 0; k <= j; k++) cc[j * p + k] += r * x[j][i] * x[k][i];
    }
  }
}

/** Fills the lower triangle of each block from the upper one, as the end of zph1.c. */
function symmetrise(m: Float64Array, p: number): void {
  const p2 = 2 * p;
  for (let i = 0; i < p; i++) {
    for (let j = 0; j < i; j++) {
      m[i * p2 + j] = m[j * p2 + i];
      m[i * p2 + j + p] = m[j * p2 + i + p];
      m[(i + p) * p2 + j + p] = m[(j + p) * p2 + i + p];
    }
  }
  for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) m[(i + p) * p2 + j] = m[j * p2 + i + p];
}

function usedCounts(d: ZphData, order: Uint32Array) {
  const codes = [...new Set(Array.from(d.time, (_, i) => stratumOf(d, i)))].sort((a, b) => a - b);
  const used = codes.map((s) => {
    let deaths = 0;
    for (const i of order) if (stratumOf(d, i) === s) deaths++;
    return d.x.map((col) => {
      let first = NaN;
      for (let i = 0; i < col.length; i++) {
        if (stratumOf(d, i) !== s) continue;
        if (Number.isNaN(first)) first = col[i];
        else if (col[i] !== first) return deaths;
      }
      return 0;
    });
  });
  return { used, strataCodes: codes };
}
