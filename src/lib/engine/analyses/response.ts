import type { AnalysisFrame } from '../../frame/analysis-frame';
import { responseInputs, responseSeries } from '../../frame/response-inputs';
import type { AnalysisContext } from './analysis-context';
import type { FactorComparison, RateId, ResponseRequest, ResponseResult } from '../response-types';
import { groupRows, rateTests, responseGroup } from './response-rates';
import { responseOverTime } from './response-over-time';

/** The paper's Fig. S4 compares response by these two baseline factors. */
const FACTORS = ['triple_refractory', 'penta_refractory'];

const DENOMINATORS: Record<RateId, string> = {
  orr: 'Everyone with a best response recorded, not evaluable (NE) included and counted as not responding: a rate over everyone treated, as the paper reports it (54 of 56), so patients who could not be assessed do not raise it.',
  cr: 'The same patients as the overall response rate: best response complete (CR) or stringent complete (sCR), as the paper reports it (45 of 56).',
  mrd: 'Everyone with an MRD status: ever MRD-negative, patients never found negative counted as not negative (as the paper: 54 of 56; it did not test patients after progression); only a patient whose MRD series holds no result is left out.',
};

const METHODS = [
  'rates: x of N with exact Clopper–Pearson 95% confidence intervals (as R binom.test)',
  "groups compared by Fisher's exact test, two-sided (as R fisher.test); with two groups the conditional maximum-likelihood odds ratio of the second group vs the first, with its exact 95% confidence interval",
  'times to first response, CR and MRD negativity: median and range among the patients who reached them (not Kaplan–Meier)',
];

/**
 * The response view: ORR, CR/sCR and MRD-negativity rates with exact CIs overall and by the
 * stratifier, Fisher's exact tests across its groups, the same by triple- and penta-refractory
 * status (the paper's Fig. S4), times to first response, CR and MRD negativity, and the
 * response-over-time chart's counts (the paper's Fig. 2D, with progression and end of follow-up
 * kept as bands).
 * @example responseAnalysis(frame, { kind: 'response', stratifier: null }, context).overall.rates.orr
 */
export function responseAnalysis(
  frame: AnalysisFrame,
  request: ResponseRequest,
  context: AnalysisContext,
): ResponseResult {
  const inputs = responseInputs(frame, request);
  const everyone = Array.from({ length: frame.n }, (_, i) => i);
  const overall = responseGroup(inputs, everyone, null, 'All patients');
  const rows = request.stratifier ? groupRows(inputs) : [];
  const groups = rows
    .map((r, k) => responseGroup(inputs, r, inputs.levels[k].value, inputs.levels[k].label))
    .filter((g) => g.n > 0);
  const factors = FACTORS.filter((c) => frame.has(c)).map((column): FactorComparison => {
    const f = responseInputs(frame, { stratifier: column });
    const byLevel = groupRows(f)
      .map((r, k) => responseGroup(f, r, f.levels[k].value, f.levels[k].label))
      .filter((g) => g.n > 0);
    return {
      column,
      label: frame.label(column),
      nUsed: byLevel.reduce((s, g) => s + g.n, 0),
      groups: byLevel,
      tests: rateTests(byLevel).filter((t) => t.rate !== 'mrd'),
    };
  });
  const series = responseSeries(frame, context.dataset.monthDays);
  const panels = request.stratifier
    ? rows.map((r, k) => ({ label: inputs.levels[k].label, rows: r })).filter((p) => p.rows.length)
    : [{ label: 'All patients', rows: everyone }];
  const by = request.stratifier ? frame.label(request.stratifier) : null;
  let title = 'Response to CAR-T therapy';
  if (request.stratifier) {
    title = `Response by ${by}${request.cut !== undefined ? ` (split at ${request.cut})` : ''}`;
    if (request.asPublished && frame.hasAsPublished(request.stratifier)) title += ', as published';
  }
  return {
    request,
    title,
    stratifierLabel: by,
    nTotal: frame.n,
    nGrouped: request.stratifier ? groups.reduce((s, g) => s + g.n, 0) : frame.n,
    overall,
    groups,
    tests: groups.length > 1 ? rateTests(groups) : [],
    factors,
    overTime: series ? responseOverTime(series, panels, context.dataset.monthDays) : null,
    overTimeNote: series
      ? null
      : 'This dataset has no response assessments (response_assessments, or response.csv beside a CSV): the chart of response over time needs them.',
    denominators: DENOMINATORS,
    methods: METHODS,
  };
}
