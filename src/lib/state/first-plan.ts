import type { SurvivalChoices, SurvivalPlan } from './survival-plan';
import { survivalPlan } from './survival-plan';

/**
 * The survival plan of a view that can be asked before the dataset's columns are known, so the
 * first curves are computed while the page is still being built: only a view of all patients
 * (no stratifier, facet or cut-point) — a grouped view needs the columns for its landmark view,
 * its fair analysis and its facets. Its main request is the one the full plan makes for the same
 * view (survivalPlan with no columns), so the engine's answer is reused, not recomputed. It is
 * `provisional`: an endpoint the file turns out not to have is not reported as an error (the
 * columns then move the view to one it has, and say so).
 * @example firstPlan({ ...choices, endpoint: 'os', stratifier: null })?.main // { endpoint: 'os', stratifier: null }
 */
export function firstPlan(c: SurvivalChoices): SurvivalPlan | null {
  if (c.stratifier !== null || c.facet !== null || c.cut !== null) return null;
  return { ...survivalPlan(c, []), provisional: true };
}
