import { kaplanMeier } from '../stats/kaplan-meier';
import { kmSummary } from '../stats/km-summary';
import { logRank } from '../stats/log-rank';
import { coxph } from '../stats/cox';
import { isEstimable } from './estimable';
import type { CompleteCases } from './complete-cases';
import type { ConfType, GroupCurve, HazardRatios } from './types';

function subset(cc: CompleteCases, k: number): { time: Float64Array; event: Uint8Array } {
  let m = 0;
  for (let j = 0; j < cc.group.length; j++) if (cc.group[j] === k) m++;
  const time = new Float64Array(m);
  const event = new Uint8Array(m);
  for (let j = 0, i = 0; j < cc.group.length; j++) {
    if (cc.group[j] === k) {
      time[i] = cc.time[j];
      event[i++] = cc.event[j];
    }
  }
  return { time, event };
}

/** Kaplan–Meier per group (R's survfit) and the log-rank test across groups (survdiff). */
export function survivalCurves(
  cc: CompleteCases,
  confType: ConfType,
  times: number[],
): { groups: GroupCurve[]; logRank: { chisq: number; df: number; p: number | null } | null } {
  const groups = cc.labels.map((label, k): GroupCurve => {
    const { time, event } = subset(cc, k);
    return { label, ...kmSummary(kaplanMeier(time, event, { confType }), times) };
  });
  if (cc.labels.length < 2) return { groups, logRank: null };
  const lr = logRank(cc.time, cc.event, cc.group);
  return {
    groups,
    logRank: { chisq: lr.chisq, df: lr.df, p: Number.isFinite(lr.p) ? lr.p : null },
  };
}

/**
 * Univariable Cox (Efron ties) hazard ratio of each group vs the first, as coxph(Surv ~ factor).
 * A fit that did not converge, or a term that is not estimable, gives no number (R's warning is
 * passed on instead).
 */
export function groupHazardRatios(cc: CompleteCases): HazardRatios {
  if (cc.labels.length < 2) return { ratios: [null], warnings: [] };
  const x = cc.labels
    .slice(1)
    .map((_, m) => Float64Array.from(cc.group, (g) => (g === m + 1 ? 1 : 0)));
  const fit = coxph({
    time: cc.time,
    event: cc.event,
    x,
    names: cc.labels.slice(1),
    ties: 'efron',
  });
  return {
    ratios: [
      null,
      ...fit.terms.map((t) =>
        fit.converged && isEstimable(t)
          ? { hr: t.hr, lower: t.lower, upper: t.upper, p: t.p }
          : { hr: null, lower: null, upper: null, p: null },
      ),
    ],
    warnings: fit.warnings,
  };
}
