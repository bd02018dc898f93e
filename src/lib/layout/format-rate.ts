import type { OddsRatio, Proportion, TimeToFirst } from '../engine/types';
import { formatMonths, formatRatio, MISSING } from './format';

const pct = (v: number) => (100 * v).toFixed(1);

/**
 * A rate as the explorer writes it everywhere: "x/N (p%, 95% CI a–b)", the limits in percent.
 * @example formatRate({ x: 54, n: 56, estimate: 0.964, lower: 0.8769, upper: 0.9956 }) // '54/56 (96.4%, 95% CI 87.7–99.6)'
 */
export function formatRate(p: Proportion): string {
  return formatRateParts(p).join(' ');
}

/**
 * formatRate in its two halves, "x/N (p%," and "95% CI a–b)", so a narrow cell can break the line
 * between them and nowhere else; one part when the rate has no estimate.
 * @example formatRateParts({ x: 0, n: 0, estimate: null, lower: null, upper: null }) // ['0/0 (—)']
 */
export function formatRateParts(p: Proportion): string[] {
  if (p.estimate === null || p.lower === null || p.upper === null) {
    return [`${p.x}/${p.n} (${MISSING})`];
  }
  return [`${p.x}/${p.n} (${pct(p.estimate)}%,`, `95% CI ${pct(p.lower)}–${pct(p.upper)})`];
}

/**
 * An odds ratio with its exact interval; ∞ where the estimate or limit is infinite.
 * @example formatOddsRatio({ estimate: null, lower: 0.0347, upper: null, infinite: true }) // '∞ (0.03–∞)'
 */
export function formatOddsRatio(or: OddsRatio | null): string {
  if (!or) return MISSING;
  if (or.infinite) return `∞ (${formatRatio(or.lower)}–∞)`;
  if (or.estimate === null) return 'not estimable';
  return `${formatRatio(or.estimate)} (${formatRatio(or.lower)}–${or.upper === null ? '∞' : formatRatio(or.upper)})`;
}

/**
 * A median time with its range, in months: "0.5 (0.5–0.9)"; "—" when nobody reached it.
 * @example formatMedianRange({ n: 3, median: 0.9, min: 0.5, max: 2 }) // '0.9 (0.5–2.0)'
 */
export function formatMedianRange(t: TimeToFirst): string {
  if (t.median === null) return MISSING;
  return `${formatMonths(t.median)} (${formatMonths(t.min)}–${formatMonths(t.max)})`;
}
