import type { CoxInputs } from '../../src/lib/frame/cox-inputs';
import { coxphFirth } from '../../src/lib/stats/cox-firth';
import { finite } from './finite';

/** Firth-penalised Cox in the CLI's JSON (`cox.firth`); an upper limit of null means ∞. */
export interface FirthOutput {
  method: string;
  ties: 'efron' | 'breslow';
  n: number;
  events: number;
  terms: {
    name: string;
    coef: number;
    hr: number;
    /** Profile penalised-likelihood 95% limits of the HR (0 / null when never crossed). */
    lower: number;
    upper: number | null;
    /** Penalised likelihood-ratio statistic for coef = 0 and its χ²₁ p. */
    chisq: number;
    p: number;
  }[];
  /** log L + ½ log det I at beta = 0 and at the estimate. */
  penalisedLogLik: [number, number];
  /** Global penalised likelihood-ratio test vs beta = 0. */
  lrTest: { stat: number; df: number; p: number };
}

/**
 * The --covariates model fitted with Firth's penalty (coxphFirth) on the same model inputs as
 * the ordinary Cox model, for `cox.firth` in the CLI's JSON.
 *
 * @example firthOutput(coxInputs(frame, { time: 't', event: 'e', covariates: [{ name: 'g' }] }), 'breslow').terms[0].hr
 */
export function firthOutput(inputs: CoxInputs, ties: 'efron' | 'breslow'): FirthOutput {
  const fit = coxphFirth({ ...inputs, ties });
  return {
    method: `Firth-penalised Cox (Heinze & Schemper 2001), ${ties} ties: profile penalised-likelihood 95% CI, penalised likelihood-ratio test`,
    ties,
    n: fit.n,
    events: fit.events,
    terms: fit.terms.map((t) => ({
      name: t.name,
      coef: t.coef,
      hr: t.hr,
      lower: t.lower,
      upper: finite(t.upper),
      chisq: t.chisq,
      p: t.p,
    })),
    penalisedLogLik: fit.penalisedLogLik,
    lrTest: fit.lrTest,
  };
}
