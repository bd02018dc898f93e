import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';

/** Transformation for the pointwise confidence interval of a survival curve, as survfit's `conf.type`. */
export type ConfType = 'log' | 'log-log' | 'plain';

/** Two-sided normal critical value for a confidence level, as R's qnorm(1 - (1 - level) / 2). */
export function kmZ(confLevel: number): number {
  return normalQuantile(1 - (1 - confLevel) / 2, 0, 1);
}

/**
 * Pointwise confidence limits of a survival estimate `surv` whose cumulative hazard has
 * standard error `se` (Greenwood; may be Infinity once the curve reaches 0). Limits that R
 * reports as NA (log at S = 0; log-log at S = 0 or 1; plain when se·S is NaN) are null.
 *
 * Reference: survival:::survfit_confint (logse = TRUE, ulimit = TRUE); Kalbfleisch & Prentice
 * (2002) §1.3 for the log-log transform.
 *
 * @example
 * kmConfInt(0.8, 0.2236068, 'log', 1.959964); // [0.5161258, 1]
 */
export function kmConfInt(
  surv: number,
  se: number,
  confType: ConfType,
  z: number,
): [number | null, number | null] {
  let lower: number;
  let upper: number;
  if (confType === 'plain') {
    const half = se * surv * z;
    lower = Math.max(surv - half, 0);
    upper = Math.min(surv + half, 1);
    if (Number.isNaN(half)) lower = upper = NaN; // R: pmax(NaN, 0) is NA
  } else if (confType === 'log') {
    if (surv === 0) return [null, null];
    lower = Math.exp(Math.log(surv) - z * se);
    upper = Math.min(Math.exp(Math.log(surv) + z * se), 1);
  } else {
    if (surv === 0 || surv === 1) return [null, null];
    const half = (z * se) / Math.log(surv);
    const loglog = Math.log(-Math.log(surv));
    lower = Math.exp(-Math.exp(loglog - half));
    upper = Math.exp(-Math.exp(loglog + half));
  }
  return [finiteOrNull(lower), finiteOrNull(upper)];
}

/** The number itself when finite, else null (R's NA, NaN and ±Inf in JSON). */
export function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}
