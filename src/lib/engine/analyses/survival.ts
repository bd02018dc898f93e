import { kaplanMeier, type KaplanMeierFit } from '../../stats/kaplan-meier';
import { kmSummary } from '../../stats/km-summary';
import { logRank } from '../../stats/log-rank';
import type { AnalysisFrame } from '../../frame/analysis-frame';
import { timeOrderedInputs } from '../../frame/time-ordered-inputs';
import type { GroupCurve, SurvivalRequest, SurvivalResult } from '../types';
import { survivalRmst } from './survival-rmst';
import { survivalTitle } from './survival-title';

const DEFAULT_TIMES = [12, 24, 36];

/**
 * Kaplan–Meier curves per group (R's survfit, Brookmeyer–Crowley median CI) and the log-rank test
 * across groups (survdiff), with the method named for every number.
 * @example survivalAnalysis(frame, { kind: 'survival', endpoint: 'pfs', stratifier: null }).groups[0].median
 */
export function survivalAnalysis(frame: AnalysisFrame, request: SurvivalRequest): SurvivalResult {
  const inputs = timeOrderedInputs(frame, request);
  const confType = request.confType ?? 'log';
  const times = request.times ?? DEFAULT_TIMES;
  const fits: KaplanMeierFit[] = [];
  const lastTimes: number[] = [];
  const groups = inputs.levels.map((level, k): GroupCurve => {
    const { time, event } = inputs.groups[k];
    const fit = kaplanMeier(time, event, { confType });
    fits.push(fit);
    lastTimes.push(time.length > 0 ? time[time.length - 1] : -Infinity); // sorted: the last is the largest
    return { value: level.value, label: level.label, ...kmSummary(fit, times) };
  });
  const rmst = survivalRmst(fits, lastTimes, request.tau);
  let lr: SurvivalResult['logRank'] = null;
  if (groups.length > 1) {
    const r = logRank(inputs.time, inputs.event, inputs.group);
    lr = { chisq: r.chisq, df: r.df, p: Number.isFinite(r.p) ? r.p : null };
  }
  const methods = [
    `Kaplan–Meier with 95% CI (${confType} transform)`,
    'median 95% CI by the Brookmeyer–Crowley method (as R survfit)',
  ];
  if (lr) methods.push('log-rank test (R survdiff)');
  if (request.landmark !== undefined) {
    methods.push(
      `landmark analysis at ${request.landmark} months: patients event-free and followed at ${request.landmark} months, grouped by what was known then, time counted from then`,
    );
  }
  if (request.asPublished && request.stratifier && frame.hasAsPublished(request.stratifier)) {
    methods.push('patients followed less than the threshold counted as below it (as published)');
  }
  const stratifierLabel = request.stratifier ? frame.label(request.stratifier) : null;
  return {
    request,
    title: survivalTitle(frame, request, inputs.endpoint),
    endpointLabel: inputs.endpoint.label,
    stratifierLabel,
    timeAxis:
      request.landmark === undefined
        ? inputs.endpoint.timeAxis
        : `Months since the landmark (month ${request.landmark} after infusion)`,
    nUsed: inputs.time.length,
    nTotal: frame.n,
    groups,
    referenceRule: inputs.referenceRule,
    logRank: lr,
    rmst,
    methods,
  };
}
