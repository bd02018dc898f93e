import type { KaplanMeierFit } from '../../stats/kaplan-meier';
import { kmZ } from '../../stats/km-conf-int';
import { rmst } from '../../stats/rmst';
import { defaultRmstTau, rmstDifference } from '../../stats/rmst-difference';
import type { SurvivalRmst } from '../rmst-types';

/**
 * The RMST block of a survival view: each group's restricted mean survival time up to τ (R's
 * print(fit, rmean = τ)) and its difference and ratio vs the reference group (the first), as
 * survRM2::rmst2 forms them. τ is the request's when it is a positive number, else the largest
 * time every group reaches (the smallest of the groups' last observed times). Null without data.
 * @example survivalRmst([fitA, fitB], [60, 48]).tau // 48
 */
export function survivalRmst(
  fits: readonly KaplanMeierFit[],
  lastTimes: readonly number[],
  requested?: number,
): SurvivalRmst | null {
  const chosen = requested !== undefined && Number.isFinite(requested) && requested > 0;
  const tau = chosen ? requested : defaultRmstTau(lastTimes);
  if (tau === null || !(tau > 0) || fits.length === 0) return null;
  const z = kmZ(0.95);
  const per = fits.map((f) => rmst(f, tau));
  const tauText = chosen
    ? `τ = ${tau} (chosen)`
    : `τ = ${round(tau)}, the largest time every group reaches`;
  return {
    tau,
    tauRule: chosen ? 'chosen' : 'default',
    withinFollowUp: lastTimes.every((t) => t >= tau),
    groups: per.map((m) => ({
      estimate: m.estimate,
      se: m.se,
      lower: m.estimate - z * m.se,
      upper: m.estimate + z * m.se,
    })),
    comparisons: per.map((m, k) => (k === 0 ? null : rmstDifference(m, per[0]))),
    method:
      `restricted mean survival time up to ${tauText}: area under the Kaplan–Meier curve ` +
      '(R survfit rmean), difference and ratio vs the reference as survRM2::rmst2',
  };
}

const round = (x: number) => Math.round(x * 10) / 10;
