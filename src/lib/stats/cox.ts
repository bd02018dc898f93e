import { chiSquareUpper } from './chi-square-upper';
import { completeRows, subset } from './cox-complete-rows';
import { coxConcordance } from './cox-concordance';
import { coxNewton } from './cox-newton';
import { coxPrepare } from './cox-prepare';
import { coxTerms } from './cox-terms';
import { coxWaldTest } from './cox-wald';

export interface CoxInput {
  time: Float64Array;
  /** 1 = event, 0 = censored. */
  event: Uint8Array;
  /** One column per term, already dummy-coded (see modelMatrix). NaN = missing. */
  x: Float64Array[];
  names: string[];
  ties?: 'efron' | 'breslow';
  /** Stratum code per row: a separate baseline hazard per stratum (coxph's strata()). */
  strata?: Int32Array;
  /** Entry (start) time per row: counting-process / left-truncated data, Surv(entry, time, event). */
  entry?: Float64Array;
}

export interface CoxTerm {
  name: string;
  /** null only when the term is not estimable (collinear: R reports NA). */
  coef: number | null;
  se: number | null;
  hr: number | null;
  lower: number | null;
  upper: number | null;
  z: number | null;
  p: number | null;
}

export interface CoxTest {
  stat: number;
  df: number;
  p: number;
}

export interface CoxFit {
  n: number;
  events: number;
  terms: CoxTerm[];
  /** Log partial likelihood at beta = 0 and at the estimate (fit$loglik). */
  logLik: [number, number];
  lrTest: CoxTest;
  waldTest: CoxTest;
  /** Score (log-rank) test at beta = 0, as summary(coxph)$sctest. */
  scoreTest: CoxTest;
  concordance: number | null;
  iterations: number;
  converged: boolean;
  warnings: string[];
  ties: 'efron' | 'breslow';
}

function test(stat: number, df: number): CoxTest {
  return { stat, df, p: chiSquareUpper(stat, df) };
}

/** R's coxph short-cut when there is no event: nothing estimable, tests 0 on 0 df with p = 1. */
function noEvents(n: number, names: string[], ties: 'efron' | 'breslow'): CoxFit {
  const none = { stat: 0, df: 0, p: 1 };
  return {
    n,
    events: 0,
    terms: names.map((name) => ({
      name,
      ...{ coef: null, se: null, hr: null, lower: null, upper: null, z: null, p: null },
    })),
    logLik: [0, 0],
    lrTest: none,
    waldTest: { ...none },
    scoreTest: { ...none },
    concordance: null,
    iterations: 0,
    converged: true,
    warnings: [],
    ties,
  };
}

/**
 * Cox proportional hazards regression, as R's `coxph(Surv(time, event) ~ x1 + ..., ties =
 * "efron")` (survival 3.x): Newton–Raphson from beta = 0 on centred and scaled covariates,
 * Efron (default) or Breslow ties, strata with separate baseline hazards, optional entry times.
 * Per term: coefficient, SE, hazard ratio with 95% CI, Wald z and p (summary.coxph); global
 * likelihood-ratio, Wald and score tests; Harrell's concordance as fit$concordance. A term whose
 * coefficient may be infinite (monotone likelihood) gets R's warning and null se/CI/z/p.
 * Reference: Cox (1972) doi.org/10.1111/j.2517-6161.1972.tb00899.x; Therneau & Grambsch (2000).
 *
 * @example
 * const fit = coxph({ time, event, x: [age], names: ['age'] });
 * fit.terms[0].hr; // hazard ratio per year of age
 */
export function coxph(input: CoxInput): CoxFit {
  const { event, names, strata, entry } = input;
  const nvar = input.x.length;
  if (names.length !== nvar) throw new RangeError('coxph: names and x differ in length');
  for (const col of input.x) {
    if (col.length !== input.time.length) throw new RangeError('coxph: columns differ in length');
  }
  const rows = completeRows(input);
  const n = rows.length;
  if (n === 0) throw new RangeError('coxph: no complete rows');
  const time = subset(input.time, rows);
  const ev = subset(event, rows);
  const x = input.x.map((col) => subset(col, rows));
  const st = strata ? subset(strata, rows) : undefined;
  const en = entry ? subset(entry, rows) : undefined;
  if (en) {
    for (let i = 0; i < n; i++) {
      if (!(en[i] < time[i])) throw new RangeError('coxph: entry time must be < time');
    }
  }
  let events = 0;
  for (let i = 0; i < n; i++) events += ev[i] ? 1 : 0;
  const ties = input.ties ?? 'efron';
  if (events === 0) return noEvents(n, names, ties);
  const data = coxPrepare(time, ev, x, st, en);
  const fit = coxNewton(data, ties === 'efron');
  const { terms, estimable, warnings } = coxTerms(fit, names);
  // Linear predictor as R's coxph.fit: x %*% coef − sum(coef × means), in sorted order.
  const lp = new Float64Array(n);
  let shift = 0;
  for (let k = 0; k < nvar; k++) shift += fit.beta[k] * data.means[k];
  for (let p = 0; p < n; p++) {
    const r = data.order[p];
    let s = 0;
    for (let k = 0; k < nvar; k++) s += x[k][r] * fit.beta[k];
    lp[p] = s - shift;
  }
  const df = estimable.reduce((s, e) => s + (e ? 1 : 0), 0);
  return {
    n,
    events,
    terms,
    logLik: fit.logLik,
    lrTest: test(2 * (fit.logLik[1] - fit.logLik[0]), df),
    waldTest: coxWaldTest(fit.variance, fit.beta, estimable),
    scoreTest: test(fit.scoreTest, df),
    concordance: coxConcordance(data, lp).concordance,
    iterations: fit.iterations,
    converged: fit.flag !== 1000,
    warnings,
    ties,
  };
}
