import type { CoxFit, CoxInput } from '../stats/cox';
import { coxphFirth } from '../stats/cox-firth';
import type { HazardRow } from './hazard-row';
import { isEstimable } from './estimable';

/** A group of patients as the model sees it: its label, events and size. */
export interface GroupCount {
  label: string;
  events: number;
  n: number;
}

/** The method named beside Firth numbers. */
export const FIRTH_METHOD =
  'Firth-penalised Cox (Heinze & Schemper 2001), Efron ties: profile penalised-likelihood CI, penalised likelihood-ratio test';

/**
 * Why an ordinary Cox fit should give way to Firth's penalised likelihood, in plain words, or
 * null when it should not (pitfall P4, monotone likelihood): a group with no events (its hazard
 * ratio runs to 0 or ∞), or an ordinary fit without a finite answer — not converged, or a term
 * flagged as possibly infinite — named after a group where every patient had an event when there
 * is one. A group with only events whose ordinary fit is finite keeps the ordinary numbers.
 * Collinear (not estimable) terms are no reason: Firth cannot help there.
 * @example firthReason(fit, [{ label: '3 × 10⁶', events: 0, n: 6 }]) // '“3 × 10⁶” had no events …'
 */
export function firthReason(fit: CoxFit, groups: readonly GroupCount[]): string | null {
  const none = groups.find((g) => g.n > 0 && g.events === 0);
  if (none) return `“${none.label}” had no events, so the ordinary hazard ratio is 0 or infinite`;
  const failed = !fit.converged || fit.terms.some((t) => t.coef !== null && !isEstimable(t));
  if (!failed) return null;
  const all = groups.find((g) => g.n > 0 && g.events === g.n);
  if (all)
    return `every patient in “${all.label}” had an event, so the ordinary hazard ratio is infinite`;
  return fit.converged
    ? 'the ordinary Cox likelihood has no maximum (monotone likelihood)'
    : 'the ordinary Cox model did not converge';
}

/**
 * The same model fitted with Firth's penalty (coxphFirth), one row per term: the HR with its
 * profile penalised-likelihood 95% CI and the penalised likelihood-ratio p, marked
 * `method: 'firth'` with the reason; no Wald numbers. Null when even Firth cannot fit (no
 * events): the caller keeps its withheld rows.
 * @example firthRows({ time, event, x, names, ties: 'efron' }, 'a group had no events')?.[0].hr
 */
export function firthRows(input: CoxInput, reason: string): HazardRow[] | null {
  let fit;
  try {
    fit = coxphFirth(input);
  } catch {
    return null;
  }
  if (!fit.converged) return null;
  return fit.terms.map((t) => ({
    hr: t.hr,
    lower: t.lower > 0 ? t.lower : null,
    upper: Number.isFinite(t.upper) ? t.upper : null,
    p: t.p,
    method: 'firth',
    firthReason: reason,
    ...(t.lower > 0 && Number.isFinite(t.upper)
      ? {}
      : { warning: 'the profile likelihood never reaches one confidence limit: it is unbounded' }),
  }));
}

/** Events and patients in the rows where `inGroup` holds. */
export function groupCount(label: string, event: Uint8Array, inGroup: (i: number) => boolean) {
  let events = 0;
  let n = 0;
  for (let i = 0; i < event.length; i++) {
    if (!inGroup(i)) continue;
    n++;
    events += event[i] ? 1 : 0;
  }
  return { label, events, n };
}
