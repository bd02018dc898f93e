import type { EndpointSpec } from '../../data/endpoints';
import type { AnalysisFrame } from '../../frame/analysis-frame';
import type { SurvivalSpec } from '../../frame/survival-inputs';

/**
 * A chart title that tells each chart on screen from the others: the endpoint, the stratifier
 * (with its cut-point or "as published"), then the landmark or the facet the panel shows.
 * @example survivalTitle(frame, { endpoint: 'pfs', stratifier: 'car_persist_ge6', landmark: 6 }, pfs)
 * // 'PFS by CAR-T persistence ≥ 6 months — landmark at month 6'
 */
export function survivalTitle(
  frame: AnalysisFrame,
  spec: SurvivalSpec,
  endpoint: EndpointSpec,
): string {
  let title = endpoint.label;
  if (spec.stratifier) {
    const by = frame.label(spec.stratifier);
    title = `${endpoint.short} by ${by}${spec.cut !== undefined ? ` (split at ${spec.cut})` : ''}`;
    if (spec.asPublished && frame.hasAsPublished(spec.stratifier)) title += ', as published';
  }
  if (spec.landmark !== undefined) title += ` — landmark at month ${spec.landmark}`;
  if (spec.subset) {
    title += ` — ${frame.valueLabel(spec.subset.column, spec.subset.value)}`;
  }
  return title;
}
