import { chiSquareUpper } from './chi-square-upper';
import { logRankQuadratic } from './log-rank-quadratic';
import { isAscending, sortOrder } from './sort-order';

export interface LogRankOptions {
  /** Fleming–Harrington weight S(t−)^rho (pooled Kaplan–Meier, within stratum); 0 = log-rank. */
  rho?: number;
  /** Stratum codes 0..s−1 (negative = missing): the test is summed over strata. */
  strata?: Int32Array;
}

export interface LogRankResult {
  /** Rows used: time not NaN, group ≥ 0, stratum ≥ 0 (na.omit). */
  n: number;
  chisq: number;
  /** Groups with expected > 0, minus 1. */
  df: number;
  p: number | null;
  /** Per group code 0..k−1 (weighted by S(t−)^rho when rho ≠ 0), summed over strata. */
  observed: number[];
  expected: number[];
  /** k × k covariance matrix of observed − expected, summed over strata. */
  variance: number[][];
}

/**
 * Log-rank test (rho = 0) or Fleming–Harrington G^rho test comparing survival in k groups,
 * optionally stratified. Groups are codes 0..k−1 (negative = missing). Rows are sorted once
 * (radix) and scanned once per stratum; the statistic is (O − E)' V⁻ (O − E) over the groups
 * with E > 0, dropping the first, on that many − 1 df. Throws when fewer than 2 groups remain.
 *
 * Reference: Harrington & Fleming (1982) doi.org/10.1093/biomet/69.3.553; matches R's
 * survdiff(Surv(time, event) ~ group [+ strata(s)], rho = rho) (C routine survdiff2).
 *
 * @example
 * logRank(Float64Array.of(1, 2, 3, 4), Uint8Array.of(1, 1, 1, 1), Int32Array.of(0, 1, 0, 1)).chisq;
 */
export function logRank(
  time: Float64Array,
  event: Uint8Array,
  group: Int32Array,
  options: LogRankOptions = {},
): LogRankResult {
  const { rho = 0, strata } = options;
  const { rows, k, nStrata } = usedRows(time, group, strata);
  const n = rows.length;
  const size = new Float64Array(k);
  for (let i = 0; i < n; i++) size[group[rows[i]]]++;
  if (size.filter((c) => c > 0).length < 2) throw new RangeError('There is only 1 group');
  // Gather once into contiguous sorted columns: the scans below then read sequentially. Rows that
  // are all used and already in time order (a survival view's, timeOrderedInputs) are read as
  // they are.
  let t = time;
  let ev = event;
  let grp = group;
  let order = rows;
  if (strata || n !== time.length || !isAscending(time)) {
    order = sortOrder(time, rows);
    if (strata) order = byStratum(order, strata, nStrata);
    t = new Float64Array(n);
    ev = new Uint8Array(n);
    grp = new Int32Array(n);
    gather(order, time, event, group, t, ev, grp);
  }
  const obs = new Float64Array(k);
  const exp = new Float64Array(k);
  const v = new Float64Array(k * k);
  scan(t, ev, grp, order, strata ?? null, k, rho, obs, exp, v);

  const variance = Array.from({ length: k }, (_, g) => Array.from(v.subarray(g * k, g * k + k)));
  const used: number[] = [];
  for (let g = 0; g < k; g++) if (exp[g] > 0) used.push(g);
  const df = used.length - 1;
  let chisq = 0;
  if (used.length >= 2) {
    const keep = used.slice(1);
    chisq = logRankQuadratic(
      keep.map((g) => obs[g] - exp[g]),
      keep.map((g) => keep.map((h) => variance[g][h])),
    );
  }
  const p = df >= 1 ? chiSquareUpper(chisq, df) : NaN;
  return {
    n,
    chisq,
    df,
    p: Number.isFinite(p) ? p : null,
    observed: Array.from(obs),
    expected: Array.from(exp),
    variance,
  };
}

// Each pass over the rows is its own function of typed arrays: V8 optimises a hot loop on its own
// and keeps it from one call to the next (timeOrderedInputs says more).

/** The rows the test uses (time, group and stratum present), the number of groups and strata. */
function usedRows(
  time: Float64Array,
  group: Int32Array,
  strata: Int32Array | undefined,
): { rows: Uint32Array; k: number; nStrata: number } {
  const all = new Uint32Array(time.length);
  let n = 0;
  let k = 0;
  let nStrata = 1;
  for (let i = 0; i < time.length; i++) {
    if (Number.isNaN(time[i]) || group[i] < 0 || (strata && strata[i] < 0)) continue;
    all[n++] = i;
    if (group[i] >= k) k = group[i] + 1;
    if (strata && strata[i] >= nStrata) nStrata = strata[i] + 1;
  }
  return { rows: all.subarray(0, n), k, nStrata };
}

/** Time, event (0/1) and group read in `order`. */
function gather(
  order: Uint32Array,
  time: Float64Array,
  event: Uint8Array,
  group: Int32Array,
  t: Float64Array,
  ev: Uint8Array,
  grp: Int32Array,
): void {
  for (let i = 0; i < order.length; i++) {
    const r = order[i];
    t[i] = time[r];
    ev[i] = event[r] !== 0 ? 1 : 0;
    grp[i] = group[r];
  }
}

/**
 * survdiff2's scan: per stratum, at each distinct time, the observed and expected events per
 * group (weighted by the pooled S(t−)^rho) and their covariance, added to obs, exp and v (k × k).
 */
function scan(
  t: Float64Array,
  ev: Uint8Array,
  grp: Int32Array,
  order: Uint32Array,
  strata: Int32Array | null,
  k: number,
  rho: number,
  obs: Float64Array,
  exp: Float64Array,
  v: Float64Array,
): void {
  const n = t.length;
  const risk = new Float64Array(k);
  const dead = new Float64Array(k);
  for (let a = 0; a < n;) {
    const s = strata ? strata[order[a]] : 0;
    let b = a;
    for (; b < n && (!strata || strata[order[b]] === s); b++) risk[grp[b]]++;
    let km = 1; // pooled Kaplan–Meier just before the current time (left-continuous)
    for (let i = a; i < b;) {
      const ti = t[i];
      let d = 0;
      let j = i;
      for (; j < b && t[j] === ti; j++) {
        if (ev[j]) {
          dead[grp[j]]++;
          d++;
        }
      }
      if (d > 0) {
        const nRisk = b - i;
        const wt = rho === 0 ? 1 : Math.pow(km, rho);
        for (let g = 0; g < k; g++) {
          obs[g] += dead[g] * wt;
          exp[g] += (wt * d * risk[g]) / nRisk;
          dead[g] = 0;
        }
        if (nRisk > 1) {
          const w2 = wt * wt;
          for (let g = 0; g < k; g++) {
            const tmp = (w2 * d * risk[g] * (nRisk - d)) / (nRisk * (nRisk - 1));
            v[g * k + g] += tmp;
            for (let h = 0; h < k; h++) v[g * k + h] -= (tmp * risk[h]) / nRisk;
          }
        }
        km *= (nRisk - d) / nRisk;
      }
      for (let r = i; r < j; r++) risk[grp[r]]--;
      i = j;
    }
    a = b;
  }
}

/** Stable counting sort of a time-sorted order by stratum code. */
function byStratum(order: Uint32Array, strata: Int32Array, nStrata: number): Uint32Array {
  const start = new Uint32Array(nStrata + 1);
  for (let i = 0; i < order.length; i++) start[strata[order[i]] + 1]++;
  for (let s = 0; s < nStrata; s++) start[s + 1] += start[s];
  const out = new Uint32Array(order.length);
  for (let i = 0; i < order.length; i++) out[start[strata[order[i]]]++] = order[i];
  return out;
}
