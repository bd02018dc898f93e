import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';

/** Transformation for the pointwise confidence interval of a survival curve, as survfit's `conf.type`. */
export type ConfType = 'log' | 'log-log' | 'plain';

/**
 * Two-sided normal critical value for a confidence level, as R's qnorm(1 - (1 - level) / 2)
 * (@stdlib's normal quantile).
 *
 * @example
 * kmZ(0.95); // 1.959963984540054
 */
export function kmZ(confLevel: number): number {
  return normalQuantile(1 - (1 - confLevel) / 2, 0, 1);
}

/**
 * Pointwise confidence limits of a survival estimate `surv` whose cumulative hazard has
 * standard error `se` (Greenwood; may be Infinity once the curve reaches 0), written into
 * `out` as [lower, upper] so a 10^6-step curve allocates nothing here. Limits that R reports
 * as NA (log at S = 0; log-log at S = 0 or 1; plain when se·S is NaN) are NaN.
 *
 * Reference: survival:::survfit_confint (logse = TRUE, ulimit = TRUE); Kalbfleisch & Prentice
 * (2002) §1.3 for the log-log transform.
 *
 * @example
 * const out = new Float64Array(2);
 * kmConfLimits(0.8, 0.2236068, 'log', 1.959964, out); // out = [0.5161258, 1]
 */
export function kmConfLimits(
  surv: number,
  se: number,
  confType: ConfType,
  z: number,
  out: Float64Array,
): void {
  if (confType === 'plain') {
    const half = se * surv * z;
    const nan = Number.isNaN(half); // R: pmax(NaN, 0) is NA
    out[0] = nan ? NaN : Math.max(surv - half, 0);
    out[1] = nan ? NaN : Math.min(surv + half, 1);
  } else if (confType === 'log') {
    const nan = surv === 0;
    out[0] = nan ? NaN : Math.exp(Math.log(surv) - z * se);
    out[1] = nan ? NaN : Math.min(Math.exp(Math.log(surv) + z * se), 1);
  } else if (surv === 0 || surv === 1) {
    out[0] = out[1] = NaN;
  } else {
    const half = (z * se) / Math.log(surv);
    const loglog = Math.log(-Math.log(surv));
    out[0] = Math.exp(-Math.exp(loglog - half));
    out[1] = Math.exp(-Math.exp(loglog + half));
  }
}
