import type { CoxTerm } from '../stats/cox';

/**
 * Whether a Cox term's hazard ratio can be shown as a number. Not when R flags the likelihood as
 * monotone (no standard error: "coefficient may be infinite"), nor when the 95 % interval is not
 * representable (a limit of 0 or infinity) — the signature of complete separation, e.g. a group
 * with no events, even where R's check stays silent. Such a coefficient only reflects where the
 * iterations stopped.
 */
export function isEstimable(t: CoxTerm): boolean {
  return (
    t.hr !== null &&
    t.se !== null &&
    t.lower !== null &&
    t.upper !== null &&
    t.lower > 0 &&
    Number.isFinite(t.upper)
  );
}
