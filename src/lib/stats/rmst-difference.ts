import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import { kmZ } from './km-conf-int';
import type { Rmst } from './rmst';

/** An RMST contrast with its 95% CI and two-sided Wald p (null when it cannot be computed). */
export interface RmstContrast {
  estimate: number | null;
  lower: number | null;
  upper: number | null;
  p: number | null;
}

/** One group's RMST against the reference group's, at the same τ. */
export interface RmstComparison {
  /** RMST(group) − RMST(reference), in the time unit; se = √(se₁² + se₀²). */
  difference: RmstContrast & { se: number | null };
  /** RMST(group) / RMST(reference): CI and p on the log scale (delta method). */
  ratio: RmstContrast & { logSe: number | null };
}

/**
 * The difference and ratio of two restricted mean survival times, exactly as survRM2::rmst2
 * (Uno et al. 2014) forms its unadjusted contrasts from two one-group results: the difference
 * with se = √(se₁² + se₀²), CI estimate ± z·se and p = 2Φ(−|est/se|); the ratio on the log scale,
 * se(log ratio) = √(se₁²/μ₁² + se₀²/μ₀²), CI and p there, then exponentiated. The per-group se
 * given is survfit's (print(fit, rmean = τ), see rmst.ts), which for unweighted data is the same
 * Greenwood plug-in formula as survRM2's rmst1.
 *
 * @example
 * rmstDifference({ tau: 36, estimate: 30, se: 2 }, { tau: 36, estimate: 25, se: 2 }).difference.estimate; // 5
 */
export function rmstDifference(group: Rmst, reference: Rmst, confLevel = 0.95): RmstComparison {
  if (group.tau !== reference.tau) throw new Error('RMST contrasts need the same τ');
  const z = kmZ(confLevel);
  const d = group.estimate - reference.estimate;
  const se = Math.sqrt(group.se ** 2 + reference.se ** 2);
  const difference =
    se > 0
      ? {
          estimate: d,
          se,
          lower: d - z * se,
          upper: d + z * se,
          p: 2 * normalCdf(-Math.abs(d / se), 0, 1),
        }
      : { estimate: d, se, lower: d, upper: d, p: null };
  const g = group.estimate;
  const r = reference.estimate;
  let ratio: RmstComparison['ratio'] = {
    estimate: null,
    logSe: null,
    lower: null,
    upper: null,
    p: null,
  };
  if (g > 0 && r > 0) {
    const lr = Math.log(g) - Math.log(r);
    const lse = Math.sqrt(group.se ** 2 / (g * g) + reference.se ** 2 / (r * r));
    ratio =
      lse > 0
        ? {
            estimate: Math.exp(lr),
            logSe: lse,
            lower: Math.exp(lr - z * lse),
            upper: Math.exp(lr + z * lse),
            p: 2 * normalCdf(-Math.abs(lr / lse), 0, 1),
          }
        : { estimate: Math.exp(lr), logSe: lse, lower: Math.exp(lr), upper: Math.exp(lr), p: null };
  }
  return { difference, ratio };
}

/**
 * The default τ: the largest time every group reaches, i.e. the smallest of the groups' last
 * observed times (event or censored). Beyond it some group's curve is not observed. survRM2
 * uses this rule when both last observations are censored; it may take the larger time when a
 * last observation is an event — we always take the smaller, which is never extrapolated.
 * @example defaultRmstTau([60.2, 48.1]) // 48.1
 */
export function defaultRmstTau(lastTimes: readonly number[]): number | null {
  return lastTimes.length === 0 ? null : Math.min(...lastTimes);
}
