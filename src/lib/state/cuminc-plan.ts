import type { CumincRequest, SurvivalRequest } from '../engine/types';

/**
 * The competing-risks companion of the MRD view's Kaplan–Meier curve: the same endpoint, groups
 * ("Compare groups": stratifier, cut, as published, reference first, groups left out) and months, as a `cuminc`
 * request; null when that curve is not shown.
 * @example cumincPlan({ kind: 'survival', endpoint: 'mrd', stratifier: null, times: [12, 24] })?.kind // 'cuminc'
 */
export function cumincPlan(negativity: SurvivalRequest | null): CumincRequest | null {
  if (!negativity || negativity.endpoint !== 'mrd') return null;
  const { endpoint, stratifier, cut, asPublished, exclude, reference, times } = negativity;
  const request: CumincRequest = { kind: 'cuminc', endpoint, stratifier };
  if (cut !== undefined) request.cut = cut;
  if (asPublished !== undefined) request.asPublished = asPublished;
  if (exclude !== undefined) request.exclude = exclude;
  if (reference !== undefined) request.reference = reference;
  if (times !== undefined) request.times = times;
  return request;
}
