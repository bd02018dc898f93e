import { chiSquareUpper } from './chi-square-upper';
import type { CoxFit, CoxInput } from './cox';
import { coxZphScore } from './cox-zph-score';
import { denseInverse, denseSolve } from './dense-solve';
import { keepRows } from './model-matrix';
import { zphKmTransform } from './zph-km-transform';

/** A model term: its name as R prints it and its columns in CoxInput.x (a factor has several). */
export interface ZphTermSpec {
  name: string;
  columns: number[];
}

export interface ZphTest {
  chisq: number;
  df: number;
  p: number;
}

export interface CoxZph {
  /** One row per model term, as print(cox.zph(fit)); a term with no estimable column is left out. */
  terms: (ZphTest & { name: string })[];
  global: ZphTest;
  transform: 'km';
  /** Transformed time (1 − KM(t−)) of each event, sorted by stratum then time (zph$x). */
  x: Float64Array;
  /** The event times themselves (zph$time). */
  time: Float64Array;
  /** Scaled Schoenfeld residuals + coefficient, one column per term (zph$y); NaN = structural NA. */
  y: Float64Array[];
  /** The horizontal reference of each term's residual plot: its coefficient, or 1 for a factor. */
  coef: number[];
  /** Variance (nterm × nterm, row-major) used for the smooth's band (zph$var). */
  variance: Float64Array;
}

/** 1 for rows with no NaN in time, entry or covariate, as coxph keeps them. */
function completeRows(input: CoxInput): Uint8Array {
  return Uint8Array.from(input.time, (t, i) => {
    let ok = !Number.isNaN(t) && (!input.entry || !Number.isNaN(input.entry[i]));
    for (const col of input.x) ok = ok && !Number.isNaN(col[i]);
    return ok ? 1 : 0;
  });
}

/**
 * Test of proportional hazards, as R's cox.zph(fit, transform = "km", terms = TRUE) (survival
 * 3.x): the score test of beta(t) = beta + theta·g(t), with g = 1 − KM(t−) centred on the events,
 * per term (a factor is one row with df = levels − 1) and GLOBAL, plus the scaled Schoenfeld
 * residuals plot.cox.zph draws. Grambsch & Therneau (1994) doi.org/10.1093/biomet/81.3.515.
 * Not estimable columns (coef null) are dropped, as R drops NA coefficients.
 *
 * @example
 * const fit = coxph(input);
 * coxZph(input, fit).global.p; // small p: hazards not proportional
 */
export function coxZph(input: CoxInput, fit: CoxFit, termSpecs?: ZphTermSpec[]): CoxZph {
  const specs = termSpecs ?? input.names.map((name, k) => ({ name, columns: [k] }));
  const estimable = fit.terms.map((t) => t.coef !== null);
  const cols = estimable.flatMap((e, k) => (e ? [k] : []));
  const beta = cols.map((k) => fit.terms[k].coef as number);
  const terms = specs
    .map((s) => ({ name: s.name, jj: s.columns.map((k) => cols.indexOf(k)).filter((j) => j >= 0) }))
    .filter((s) => s.jj.length > 0);
  const keep = completeRows(input);
  const pick = <T extends Float64Array | Uint8Array | Int32Array>(a: T): T => keepRows(a, keep);
  const time = pick(input.time);
  const event = pick(input.event);
  const entry = input.entry ? pick(input.entry) : undefined;
  const strata = input.strata ? pick(input.strata) : undefined;
  const x = cols.map((k) => pick(input.x[k]));
  const n = time.length;
  const p = cols.length;
  const eta = new Float64Array(n);
  for (let i = 0; i < n; i++) for (let j = 0; j < p; j++) eta[i] += x[j][i] * beta[j];
  const tt = zphKmTransform(time, event, entry);
  let mean = 0;
  let events = 0;
  for (let i = 0; i < n; i++) {
    if (!event[i]) continue;
    mean += tt[i];
    events++;
  }
  mean /= events;
  const gt = Float64Array.from(tt, (v) => v - mean);
  const sc = coxZphScore({ time, event, entry, strata, x, eta, gt }, fit.ties === 'efron');
  const p2 = 2 * p;
  const testOf = (jj: number[]): number => {
    const kk = [...Array.from({ length: p }, (_, i) => i), ...jj.map((j) => j + p)];
    const m = kk.length;
    const sub = new Float64Array(m * m);
    for (let a = 0; a < m; a++)
      for (let b = 0; b < m; b++) sub[a * m + b] = sc.imat[kk[a] * p2 + kk[b]];
    const uu = Float64Array.from(kk, (k, a) => (a < p ? 0 : sc.u[k]));
    const sol = denseSolve(sub, m, uu);
    if (!sol) return NaN;
    let s = 0;
    for (let a = 0; a < m; a++) s += sol[a] * uu[a];
    return s;
  };
  const row = (chisq: number, df: number): ZphTest => ({ chisq, df, p: chiSquareUpper(chisq, df) });
  const table = terms.map((t) => ({ name: t.name, ...row(testOf(t.jj), t.jj.length) }));
  const global = row(testOf(Array.from({ length: p }, (_, j) => j)), p);
  const scaled = scaledResiduals(sc, terms, beta);
  return {
    terms: table,
    global,
    transform: 'km',
    x: Float64Array.from(sc.eventRows, (r) => tt[r]),
    time: Float64Array.from(sc.eventRows, (r) => time[r]),
    ...scaled,
  };
}

type Score = ReturnType<typeof coxZphScore>;

/** cox.zph's rescaling: per stratum, residuals times the inverse of (information / events). */
function scaledResiduals(sc: Score, terms: { jj: number[] }[], beta: number[]) {
  const p = beta.length;
  const p2 = 2 * p;
  const nt = terms.length;
  // A factor's columns share the largest `used` count, as R's edge-case fix.
  const used = sc.used.map((u) => {
    const v = u.slice();
    for (const t of terms)
      if (t.jj.length > 1) for (const j of t.jj) v[j] = Math.max(...t.jj.map((k) => u[k]));
    return v;
  });
  const wt = new Float64Array(p * p);
  for (const u of used)
    for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) wt[a * p + b] += Math.min(u[a], u[b]);
  const vm = new Float64Array(p * p);
  for (let a = 0; a < p; a++)
    for (let b = 0; b < p; b++)
      vm[a * p + b] = sc.imat[a * p2 + b] / (wt[a * p + b] === 0 ? 1 : wt[a * p + b]);
  // Collapse multi-column terms to their linear predictor: temp[j, i] = beta_j (or 1).
  const tmat = new Float64Array(p * nt);
  terms.forEach((t, i) =>
    t.jj.forEach((j) => (tmat[j * nt + i] = t.jj.length === 1 ? 1 : beta[j])),
  );
  const ev = sc.schoen.length;
  const res = sc.schoen.map((s) => {
    const out = new Float64Array(nt);
    for (let i = 0; i < nt; i++) for (let j = 0; j < p; j++) out[i] += s[j] * tmat[j * nt + i];
    return out;
  });
  const vmean = new Float64Array(nt * nt);
  for (let i = 0; i < nt; i++)
    for (let k = 0; k < nt; k++)
      for (let a = 0; a < p; a++)
        for (let b = 0; b < p; b++)
          vmean[i * nt + k] += tmat[a * nt + i] * vm[a * p + b] * tmat[b * nt + k];
  const usedT = used.map((u) => terms.map((t) => u[t.jj[0]]));
  let start = 0;
  for (const u of usedT) {
    const count = Math.max(0, ...u);
    const k = u.flatMap((v, i) => (v > 0 ? [i] : []));
    if (k.length > 0) {
      const m = k.length;
      const sub = new Float64Array(m * m);
      k.forEach((a, r) => k.forEach((b, c) => (sub[r * m + c] = vmean[a * nt + b])));
      for (let e = start; e < start + count && e < ev; e++) {
        const sol = denseSolve(
          sub,
          m,
          Float64Array.from(k, (i) => res[e][i]),
        );
        const out = new Float64Array(nt).fill(NaN);
        k.forEach((i, r) => (out[i] = sol ? sol[r] : NaN));
        res[e] = out;
      }
    }
    start += count;
  }
  const coef = terms.map((t) => (t.jj.length === 1 ? beta[t.jj[0]] : 1));
  const y = terms.map((_, i) => Float64Array.from(res, (r) => r[i] + coef[i]));
  return { y, coef, variance: denseInverse(vmean, nt) ?? new Float64Array(nt * nt).fill(NaN) };
}
