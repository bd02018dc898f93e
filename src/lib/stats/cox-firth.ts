import { chiSquareUpper } from './chi-square-upper';
import { chinv2, cholesky2 } from './cox-cholesky';
import { completeRows, subset } from './cox-complete-rows';
import { firthMaximise, firthPoint } from './cox-firth-maximise';
import { FirthProfile } from './cox-firth-profile';
import { coxPrepare } from './cox-prepare';
import type { CoxInput, CoxTest } from './cox';

export interface CoxFirthTerm {
  name: string;
  coef: number;
  /** sqrt of the inverse information at the estimate (for reference only; not used for the CI). */
  se: number;
  hr: number;
  /** Profile penalised-likelihood 95% limits of the HR; 0 / Infinity when the profile never crosses. */
  lower: number;
  upper: number;
  /** Penalised likelihood-ratio statistic for coef = 0 (the others re-maximised) and its χ²₁ p. */
  chisq: number;
  p: number;
}

export interface CoxFirthFit {
  n: number;
  events: number;
  terms: CoxFirthTerm[];
  /** Penalised log partial likelihood log L + ½ log det I at beta = 0 and at the estimate. */
  penalisedLogLik: [number, number];
  /** Global penalised likelihood-ratio test: 2 [log L*(β̂) − log L*(0)] on nvar df. */
  lrTest: CoxTest;
  iterations: number;
  converged: boolean;
  ties: 'efron' | 'breslow';
}

/**
 * Cox regression with Firth's penalised partial likelihood (Firth 1993; Heinze & Schemper 2001,
 * doi.org/10.1111/j.0006-341X.2001.00114.x): maximises log L(β) + ½ log det I(β), which stays
 * finite under monotone likelihood (a group with no events, separation) where coxph diverges.
 * Per term: estimate, HR, profile penalised-likelihood 95% CI and penalised likelihood-ratio
 * test; global penalised LR test vs β = 0. coxphf (R) uses Breslow ties; Efron is also offered
 * (the app's default, as coxph). Strata and entry times are honoured as in coxph. Checked against
 * a direct R implementation (tests/reference/r/lib/firth-cox.R). No missing values in the result:
 * rows with NaN are dropped first (na.omit); throws when there are no events or no rows.
 *
 * @example
 * const fit = coxphFirth({ time, event, x: [group], names: ['group'], ties: 'breslow' });
 * fit.terms[0].hr; // finite even when one group had no events
 */
export function coxphFirth(input: CoxInput): CoxFirthFit {
  const nv = input.x.length;
  if (input.names.length !== nv) throw new RangeError('coxphFirth: names and x differ in length');
  if (nv === 0) throw new RangeError('coxphFirth: no covariates');
  const rows = completeRows(input);
  if (rows.length === 0) throw new RangeError('coxphFirth: no complete rows');
  const ev = subset(input.event, rows);
  const events = ev.reduce((s, e) => s + (e ? 1 : 0), 0);
  if (events === 0) throw new RangeError('coxphFirth: no events');
  const ties = input.ties ?? 'efron';
  const efron = ties === 'efron';
  const d = coxPrepare(
    subset(input.time, rows),
    ev,
    input.x.map((c) => subset(c, rows)),
    input.strata ? subset(input.strata, rows) : undefined,
    input.entry ? subset(input.entry, rows) : undefined,
  );
  // log det I on the original scale = scaled − 2 Σ log scale: shift reported likelihoods.
  let shift = 0;
  for (let k = 0; k < nv; k++) shift -= Math.log(d.scale[k]);
  const all = new Array<boolean>(nv).fill(true);
  const fit = firthMaximise(d, new Float64Array(nv), all, efron);
  const top = fit.point.penalised;
  const null0 = firthPoint(d, new Float64Array(nv), efron).penalised;
  const inv = Float64Array.from(fit.point.imat);
  cholesky2(inv, nv, 1e-12);
  chinv2(inv, nv);
  const terms = input.names.map((name, j): CoxFirthTerm => {
    const s = d.scale[j];
    const seScaled = Math.sqrt(inv[j * nv + j]);
    const profile = new FirthProfile(d, efron, fit.beta, top, j);
    const lo = profile.limit(-1, seScaled);
    const hi = profile.limit(1, seScaled);
    profile.reset();
    const chisq = Math.max(0, profile.deviance(0));
    const coef = fit.beta[j] * s;
    return {
      name,
      coef,
      se: seScaled * s,
      hr: Math.exp(coef),
      lower: Math.exp(lo * s),
      upper: Math.exp(hi * s),
      chisq,
      p: chiSquareUpper(chisq, 1),
    };
  });
  const stat = Math.max(0, 2 * (top - null0));
  return {
    n: rows.length,
    events,
    terms,
    penalisedLogLik: [null0 + shift, top + shift],
    lrTest: { stat, df: nv, p: chiSquareUpper(stat, nv) },
    iterations: fit.iterations,
    converged: fit.converged,
    ties,
  };
}
