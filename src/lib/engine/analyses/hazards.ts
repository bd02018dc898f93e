import { coxph } from '../../stats/cox';
import type { AnalysisFrame } from '../../frame/analysis-frame';
import type { SurvivalInputs } from '../../frame/survival-inputs';
import { timeOrderedInputs } from '../../frame/time-ordered-inputs';
import { FIRTH_METHOD } from '../firth-rows';
import { hazardRow } from '../hazard-row';
import { hazardsWithFirth } from '../hazards-firth';
import type { HazardRatios, HazardsRequest } from '../types';

/**
 * Univariable Cox hazard ratio of each group vs the reference, as coxph(Surv ~ factor) with Efron
 * ties on the same patients as the curves; when a group has no events (or only events) or the fit
 * has no finite answer, Firth-penalised Cox instead (hazardsWithFirth), else numbers withheld by
 * the shared hazard-row rule.
 * @example hazardsAnalysis(frame, { kind: 'hazards', endpoint: 'os', stratifier: 'high_risk_ca' }).ratios[1]?.hr
 */
export function hazardsAnalysis(frame: AnalysisFrame, request: HazardsRequest): HazardRatios {
  // In time order (read off the frame's once-per-dataset order): the fit then skips its sort.
  const inputs = timeOrderedInputs(frame, request);
  const method = 'Cox proportional hazards, Efron ties, Wald test (R coxph)';
  const k = inputs.levels.length;
  if (k < 2) return { ratios: [null], warnings: [], method };
  // Treatment coding of the group factor, reference first: one 0/1 column per other group.
  const x = inputs.levels
    .slice(1)
    .map((_, m) => Float64Array.from(inputs.group, (g) => (g === m + 1 ? 1 : 0)));
  const fit = coxph({
    time: inputs.time,
    event: inputs.event,
    x,
    names: inputs.levels.slice(1).map((l) => l.label),
    ties: 'efron',
  });
  const firth = hazardsWithFirth(inputs, x, fit);
  if (firth) return { ratios: [null, ...firth], warnings: [], method: FIRTH_METHOD };
  const ratios = [null, ...fit.terms.map((t) => hazardRow(fit, t))];
  return { ratios, warnings: [...eventlessGroups(inputs, ratios), ...fit.warnings], method };
}

/** Names the groups without events when numbers were withheld: the usual cause, in plain words. */
function eventlessGroups(inputs: SurvivalInputs, ratios: HazardRatios['ratios']): string[] {
  if (ratios.every((r) => r === null || r.hr !== null)) return [];
  const events = new Array<number>(inputs.levels.length).fill(0);
  inputs.group.forEach((g, j) => (events[g] += inputs.event[j]));
  return inputs.levels
    .filter((_, k) => events[k] === 0)
    .map(
      (l) =>
        `No events in “${l.label}”: the Cox likelihood has no maximum, so hazard ratios are withheld; leave that group out (Groups compared) to compare the others.`,
    );
}
