import type { AnalysisFrame } from '../../frame/analysis-frame';
import { cumincInputs } from '../../frame/cuminc-inputs';
import { cuminc } from '../../stats/cuminc';
import { cumincAt } from '../../stats/cuminc-timepoints';
import type { CumincRequest, CumincResult } from '../types';
import { survivalTitle } from './survival-title';

/** The competing-risk status codes of the endpoints that have one, in plain words. */
const CAUSES: Record<string, Record<number, string>> = {
  mrd: { 1: 'Lost MRD negativity', 2: 'Died while MRD-negative' },
};
const DEFAULT_TIMES = [12, 24];

/**
 * Aalen–Johansen cumulative incidence of each cause (for MRD: loss of negativity, and death while
 * MRD-negative as the competing event) by the stratifier's groups, with Gray's test per cause and
 * the incidence at 12 and 24 months (R's cmprsk::cuminc and timepoints).
 * @example cumincAnalysis(frame, { kind: 'cuminc', endpoint: 'mrd', stratifier: null }).groups[0].causes[0].at
 */
export function cumincAnalysis(frame: AnalysisFrame, request: CumincRequest): CumincResult {
  const names = CAUSES[request.endpoint];
  if (!names) {
    throw new Error(
      `Cumulative incidence with a competing event needs a status with a competing code; "${request.endpoint}" has none.`,
    );
  }
  const inputs = cumincInputs(frame, request);
  const times = request.times ?? DEFAULT_TIMES;
  const fit = cuminc(inputs.time, inputs.status, inputs.group);
  const causes = Object.keys(names).map(Number);
  const groups = inputs.levels.map((level, k) => ({
    value: level.value,
    label: level.label,
    n: level.n,
    causes: causes.map((cause) => {
      const curve = fit.curves.find((c) => c.group === k && c.cause === cause);
      const time = curve?.time ?? [0];
      const est = curve?.est ?? [0];
      const variance = curve?.var ?? [0];
      const at = curve ? cumincAt(curve, times) : null;
      return {
        cause,
        events: curve?.events ?? 0,
        time,
        est,
        var: variance,
        at: [...new Set(times)]
          .sort((a, b) => a - b)
          .map((t, j) => {
            const e = at ? at.est[j] : 0;
            const v = at ? at.var[j] : 0;
            return { time: t, est: e, se: v === null ? null : Math.sqrt(v) };
          }),
      };
    }),
  }));
  const methods = [
    'cumulative incidence by the Aalen–Johansen estimator (R cmprsk::cuminc), death while MRD-negative a competing event',
  ];
  if (fit.tests.length > 0)
    methods.push('Gray’s test comparing the groups, per outcome (R cmprsk::cuminc $Tests)');
  return {
    request,
    title: `${survivalTitle(frame, request, inputs.endpoint)} — cumulative incidence (death = competing event)`,
    timeAxis: inputs.endpoint.timeAxis,
    stratifierLabel: request.stratifier ? frame.label(request.stratifier) : null,
    nUsed: inputs.time.length,
    nTotal: frame.n,
    causes: causes.map((cause) => ({ cause, label: names[cause] })),
    groups,
    tests: fit.tests.filter((t) => causes.includes(t.cause)),
    times: [...new Set(times)].sort((a, b) => a - b),
    methods,
  };
}
