import { coxph } from '../../src/lib/stats/cox';
import { modelMatrix } from '../../src/lib/stats/model-matrix';
import type { Cell } from './table-columns';

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
}

export interface CoxRequest {
  time: Float64Array;
  event: Float64Array;
  entry?: Float64Array;
  strata?: Int32Array;
  covariates: { name: string; values: Cell[]; levels?: string[] }[];
  ties: 'efron' | 'breslow';
}

/**
 * Cox model for the CLI, as coxph(Surv(…) ~ covariates [+ strata(s)], ties = …): drops rows
 * with a missing time, event, entry (or entry ≥ time, as Surv() does), stratum or covariate,
 * then builds the design with modelMatrix (text columns as factors) and fits coxph.
 *
 * @example
 * coxOutput({ time, event, covariates: [{ name: 'age', values }], ties: 'efron' }).terms[0].hr;
 */
export function coxOutput(req: CoxRequest): CoxOutput {
  const { time, event, entry, strata } = req;
  const rows: number[] = [];
  for (let i = 0; i < time.length; i++) {
    if (Number.isNaN(time[i]) || Number.isNaN(event[i])) continue;
    if (entry && !(entry[i] < time[i])) continue;
    if (strata && strata[i] < 0) continue;
    rows.push(i);
  }
  const mm = modelMatrix(
    req.covariates.map((c) => ({
      name: c.name,
      levels: c.levels,
      values: rows.map((r) => c.values[r]),
    })),
  );
  const used = rows.filter((_, j) => mm.keep[j] === 1);
  const pick = (a: Float64Array) => Float64Array.from(used, (r) => a[r]);
  const fit = coxph({
    time: pick(time),
    event: Uint8Array.from(used, (r) => event[r]),
    x: mm.x,
    names: mm.names,
    ties: req.ties,
    strata: strata ? Int32Array.from(used, (r) => strata[r]) : undefined,
    entry: entry ? pick(entry) : undefined,
  });
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
  };
}

/** The number when finite, else null (R's NA/NaN/Inf in JSON). */
function finite(x: number | null): number | null {
  return x !== null && Number.isFinite(x) ? x : null;
}
