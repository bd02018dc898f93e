import type { CoxFit, CoxTerm } from '../stats/cox';
import { isEstimable } from './estimable';

/** A hazard ratio as shown: numbers only when they mean something, else a reason. */
export interface HazardRow {
  hr: number | null;
  lower: number | null;
  upper: number | null;
  p: number | null;
  /** Why no number is shown, or the fit's own caveat. */
  warning?: string;
  /**
   * 'cox': ordinary Cox (Wald CI and p); 'firth': Firth-penalised Cox (profile penalised-
   * likelihood CI, penalised likelihood-ratio p), used when the ordinary fit has no finite answer.
   */
  method?: 'cox' | 'firth';
  /** Why Firth's penalty was used, in plain words (Firth rows only). */
  firthReason?: string;
}

/**
 * One Cox term as a row of a table or forest plot — the same rule for group hazard ratios and for
 * univariable and multivariable forest rows: a fit that did not converge, a term without a
 * coefficient (not estimable), or one whose likelihood is monotone (no standard error or an
 * unrepresentable interval: complete separation, e.g. a group without events) gives no number,
 * only the reason; its finite-looking estimate is an artefact of where the iterations stopped.
 * @example hazardRow(fit, fit.terms[0]).hr
 */
export function hazardRow(fit: CoxFit, term: CoxTerm): HazardRow {
  if (fit.converged && isEstimable(term)) {
    const caveat = fit.warnings.find((w) => !w.includes('infinite'));
    return {
      method: 'cox',
      hr: term.hr,
      lower: term.lower,
      upper: term.upper,
      p: term.p,
      ...(caveat ? { warning: caveat } : {}),
    };
  }
  const warning = !fit.converged
    ? 'the Cox model did not converge (often a group without events): no hazard ratio'
    : term.coef === null
      ? 'hazard ratio not estimable (no variation or collinear)'
      : 'coefficient may be infinite (monotone likelihood, e.g. a group without events): no hazard ratio';
  return { hr: null, lower: null, upper: null, p: null, warning, method: 'cox' };
}
