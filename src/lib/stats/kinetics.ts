import { aucLinear } from './auc-linear';
import { aucLinearUpLogDown } from './auc-linear-up-log-down';

/** How the area under the curve is computed between samples. */
export type AucMethod = 'linear' | 'lin-up-log-down';

export interface KineticsOptions {
  /** 'linear' trapezoid (default here) or 'lin-up-log-down' (PKNCA's default). */
  auc?: AucMethod;
  /** Cmax and Tmax from samples up to this day only (the data contract's 0–28 days); default: all. */
  cmaxWindowDays?: number | null;
}

export interface KineticsResult {
  /** Peak expansion: highest copies (BLQ = 0); null without post-infusion samples. */
  cmax: number | null;
  /** Day of Cmax (the first such day when tied); null when nothing was ever detectable. */
  tmax: number | null;
  /** AUC from day 0 to day 28 (copies × days); null if no sample at or after day 28. */
  auc0to28: number | null;
  /** AUC from day 0 to the last sample (copies × days). */
  auc0toLast: number | null;
  /** Persistence: day of the last detectable (> 0, not BLQ) sample; null if never detectable. */
  lastDetectableDay: number | null;
  /** Samples used (day ≥ 0, day and copies present). */
  n: number;
}

/**
 * CAR-T cellular kinetics of one patient from serial transgene samples (day from infusion,
 * copies/µg DNA): Cmax, Tmax, AUC0–28d and AUC0–last, and persistence (last detectable day).
 * Rules: samples before day 0 or with a missing day/copies are ignored; below-LLOQ samples count
 * as 0 copies; the curve starts at 0 copies on day 0 unless a day-0 sample is given; AUC0–last
 * runs to the last sample; AUC0–28d interpolates at day 28 between the bracketing samples. The
 * AUC is the linear trapezoid (aucLinear) or linear-up/log-down (aucLinearUpLogDown).
 * Same-day duplicates are kept in input order (a zero-width trapezoid). Reference: the AUC of
 * non-compartmental PK analysis (as in R: sum(diff(d) * (head(c, -1) + tail(c, -1)) / 2)).
 *
 * @example
 * kinetics(Float64Array.of(7, 14, 28), Float64Array.of(1000, 400, 50)).auc0to28; // 11550
 */
export function kinetics(
  day: Float64Array,
  copies: Float64Array,
  belowLloq?: Uint8Array,
  options: KineticsOptions = {},
): KineticsResult {
  const idx: number[] = [];
  for (let i = 0; i < day.length; i++) {
    if (!Number.isNaN(day[i]) && day[i] >= 0 && (!Number.isNaN(copies[i]) || belowLloq?.[i]))
      idx.push(i);
  }
  idx.sort((a, b) => day[a] - day[b]);
  const n = idx.length;
  if (n === 0) {
    return { cmax: null, tmax: null, auc0to28: null, auc0toLast: null, lastDetectableDay: null, n };
  }
  const d = idx.map((i) => day[i]);
  const c = idx.map((i) => (belowLloq?.[i] ? 0 : copies[i]));
  const window = options.cmaxWindowDays ?? Infinity;
  let cmax: number | null = null;
  let tmax: number | null = null;
  let last: number | null = null;
  for (let k = 0; k < n; k++) {
    if (d[k] <= window && (cmax === null || c[k] > cmax)) {
      cmax = c[k];
      tmax = d[k];
    }
    if (c[k] > 0) last = d[k];
  }
  if (cmax === null || cmax <= 0) tmax = null;
  if (d[0] > 0) {
    d.unshift(0);
    c.unshift(0);
  }
  const auc = options.auc === 'lin-up-log-down' ? aucLinearUpLogDown : aucLinear;
  return {
    cmax,
    tmax,
    auc0to28: auc(d, c, 28),
    auc0toLast: auc(d, c),
    lastDetectableDay: last,
    n,
  };
}
