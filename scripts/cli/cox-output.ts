import type { CoxInputs } from '../../src/lib/frame/cox-inputs';
import { coxph } from '../../src/lib/stats/cox';
import { finite } from './finite';
import { firthOutput, type FirthOutput } from './firth-output';

type Test = { stat: number | null; df: number; p: number | null };

/** The Cox model in the CLI's JSON (null where R gives NA/NaN/Inf). */
export interface CoxOutput {
  n: number;
  events: number;
  terms: {
    name: string;
    coef: number | null;
    se: number | null;
    hr: number | null;
    lower: number | null;
    upper: number | null;
    p: number | null;
  }[];
  logLik: [number | null, number | null];
  lrTest: Test;
  waldTest: Test;
  scoreTest: Test;
  concordance: number | null;
  warnings: string[];
  /** The same model with Firth's penalty (--firth); null without it. */
  firth: FirthOutput | null;
}

/**
 * The Cox model in the CLI's JSON, fitted on the analysis frame's model inputs (coxInputs: R's
 * na.omit, Surv()'s entry rule, treatment-coded factors), as coxph(Surv(…) ~ covariates
 * [+ strata(s)], ties = …); with `firth`, also the Firth-penalised fit (cox.firth).
 *
 * @example
 * coxOutput(coxInputs(frame, { time: 't', event: 'e', covariates: [{ name: 'age' }] }), 'efron').terms[0].hr;
 */
export function coxOutput(inputs: CoxInputs, ties: 'efron' | 'breslow', firth = false): CoxOutput {
  const fit = coxph({ ...inputs, ties });
  const test = (t: { stat: number; df: number; p: number }): Test => ({
    stat: finite(t.stat),
    df: t.df,
    p: finite(t.p),
  });
  return {
    n: fit.n,
    events: fit.events,
    terms: fit.terms.map((t) => ({
      name: t.name,
      coef: finite(t.coef),
      se: finite(t.se),
      hr: finite(t.hr),
      lower: finite(t.lower),
      upper: finite(t.upper),
      p: finite(t.p),
    })),
    logLik: [finite(fit.logLik[0]), finite(fit.logLik[1])],
    lrTest: test(fit.lrTest),
    waldTest: test(fit.waldTest),
    scoreTest: test(fit.scoreTest),
    concordance: finite(fit.concordance),
    warnings: fit.warnings,
    firth: firth ? firthOutput(inputs, ties) : null,
  };
}
