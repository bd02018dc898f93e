import type { KmStep } from './kaplan-meier';
import { kmFindQuantiles } from './km-find-quantiles';

/** A quantile of a survival time distribution with its confidence limits (null = NA). */
export interface KmQuantile {
  /** Probability: the quantile is the first time at which 1 − S(t) reaches p. */
  p: number;
  time: number | null;
  lower: number | null;
  upper: number | null;
}

/**
 * Quantiles (p = 0.5 is the median) of a Kaplan–Meier curve with confidence limits taken
 * where the pointwise lower and upper confidence curves cross 1 − p. Exactly as R: when the
 * curve is flat at 1 − p (within √ε) the quantile is the midpoint of that flat stretch;
 * a quantile or limit that is never reached is null.
 *
 * Reference: survival:::quantile.survfit (doquant/findq); Brookmeyer & Crowley (1982)
 * doi.org/10.2307/2530286 for the confidence interval.
 *
 * @example
 * kmQuantiles(kaplanMeier(Float64Array.of(1, 2, 3, 4), Uint8Array.of(1, 1, 1, 1)).steps, [0.5]);
 * // [{ p: 0.5, time: 2.5, lower: …, upper: null }]: S is exactly 0.5 on [2, 3)
 */
export function kmQuantiles(steps: readonly KmStep[], probs: readonly number[]): KmQuantile[] {
  const m = steps.length + 1;
  const x = new Float64Array(m);
  const ySurv = new Float64Array(m);
  const yLower = new Float64Array(m);
  const yUpper = new Float64Array(m);
  // Start of the curve: quantile.survfit uses x$start.time, which survfit leaves at 0.
  for (let i = 1; i < m; i++) {
    const s = steps[i - 1];
    x[i] = s.time;
    ySurv[i] = 1 - s.surv;
    yLower[i] = s.lower === null ? NaN : 1 - s.lower;
    yUpper[i] = s.upper === null ? NaN : 1 - s.upper;
  }
  const q = kmFindQuantiles(x, ySurv, probs);
  const lower = kmFindQuantiles(x, yLower, probs);
  const upper = kmFindQuantiles(x, yUpper, probs);
  return probs.map((p, k) => ({ p, time: q[k], lower: lower[k], upper: upper[k] }));
}

/**
 * One quantile of a Kaplan–Meier curve with its confidence limits; see kmQuantiles.
 *
 * @example
 * kmQuantile(fit.steps, 0.25).time; // first quartile of the survival time
 */
export function kmQuantile(steps: readonly KmStep[], p: number): KmQuantile {
  return kmQuantiles(steps, [p])[0];
}
