import type { GroupRmst, RmstComparison } from '../engine/rmst-types';

const MISSING = '—';
const known = (v: number | null | undefined): v is number => v != null && Number.isFinite(v);
const signed = (v: number) => `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v).toFixed(1)}`;

/**
 * A group's RMST in months with its 95% CI: "41.2 (36.0–46.4)".
 * @example formatRmst({ estimate: 41.23, se: 2, lower: 37.3, upper: 45.2 }) // '41.2 (37.3–45.2)'
 */
export function formatRmst(g: GroupRmst): string {
  return `${g.estimate.toFixed(1)} (${g.lower.toFixed(1)}–${g.upper.toFixed(1)})`;
}

/**
 * An RMST difference in months with its 95% CI, signed, "to" between limits (they can be
 * negative): "+3.1 (−2.0 to 8.2)".
 * @example formatRmstDifference(c.difference) // '+3.1 (−2.0 to 8.2)'
 */
export function formatRmstDifference(d: RmstComparison['difference']): string {
  if (!known(d.estimate)) return MISSING;
  if (!known(d.lower) || !known(d.upper)) return signed(d.estimate);
  return `${signed(d.estimate)} (${signed(d.lower)} to ${signed(d.upper)})`;
}
