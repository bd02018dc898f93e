import type { SurvivalInputs } from '../frame/survival-inputs';
import type { CoxFit } from '../stats/cox';
import { firthReason, firthRows, groupCount } from './firth-rows';
import type { HazardRow } from './hazard-row';

/**
 * The group hazard ratios from Firth's penalised Cox (Efron ties, as the ordinary fit) when the
 * ordinary fit has no finite answer — a group with no events or only events, no convergence,
 * monotone likelihood — else null (keep the ordinary rows). One row per non-reference group.
 * @example hazardsWithFirth(inputs, x, fit)?.[0].method // 'firth'
 */
export function hazardsWithFirth(
  inputs: SurvivalInputs,
  x: Float64Array[],
  fit: CoxFit,
): HazardRow[] | null {
  if (fit.events === 0) return null;
  const groups = inputs.levels.map((l, k) =>
    groupCount(l.label, inputs.event, (i) => inputs.group[i] === k),
  );
  const reason = firthReason(fit, groups);
  if (!reason) return null;
  return firthRows(
    {
      time: inputs.time,
      event: inputs.event,
      x,
      names: inputs.levels.slice(1).map((l) => l.label),
      ties: 'efron',
    },
    reason,
  );
}
