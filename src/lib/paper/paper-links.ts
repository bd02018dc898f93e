import type { EndpointId } from '../data/endpoints';
import { DEFAULT_VIEW, serialiseViewParams } from '../state/view-params';

/**
 * The URL query of the view that shows a number of the paper. Views of this build are written
 * with serialiseViewParams (so the query is exactly what the view itself puts in the URL); views
 * being built alongside (MRD, kinetics, correlations, Table 1, response, safety) get `?tab=<id>`
 * and the shared parameters only.
 */

/** Tabs of views built alongside this one: their links work once they are merged. */
export type LaterTab = 'mrd' | 'kinetics' | 'correlations' | 'cohort' | 'response' | 'safety';

/** The survival curves of an endpoint, by a stratifier (as published for threshold groups). */
export function curvesLink(
  endpoint: EndpointId,
  stratifier: string | null = null,
  options: { asPublished?: boolean } = {},
): string {
  return serialiseViewParams({
    ...DEFAULT_VIEW,
    tab: 'curves',
    endpoint,
    stratifier,
    asPublished: options.asPublished ?? false,
  });
}

/**
 * The Cox forest plots of an endpoint with Breslow ties (the paper's SPSS); `factors` fills the
 * multivariable model.
 */
export function forestLink(
  endpoint: EndpointId,
  options: { factors?: string[]; asPublished?: boolean } = {},
): string {
  return serialiseViewParams({
    ...DEFAULT_VIEW,
    tab: 'forest',
    endpoint,
    ties: 'breslow',
    asPublished: options.asPublished ?? false,
    chosenFactors: options.factors ?? [...DEFAULT_VIEW.chosenFactors],
  });
}

/** A view built alongside this one: `?tab=<id>` and the shared parameters (by, endpoint). */
export function tabLink(
  tab: LaterTab,
  shared: { by?: string; endpoint?: EndpointId } = {},
): string {
  // The order and names of PARAMS: tab, endpoint, by.
  const out = new URLSearchParams({ tab });
  if (shared.endpoint && shared.endpoint !== DEFAULT_VIEW.endpoint) {
    out.set('endpoint', shared.endpoint);
  }
  if (shared.by) out.set('by', shared.by);
  return `?${out.toString()}`;
}
