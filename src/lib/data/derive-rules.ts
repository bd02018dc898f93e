/**
 * Row-level derivation rules (schema.md §1–2), each a small pure function on plain values.
 * Undecidable → null, never 0. Inputs may be null/undefined (missing column or cell).
 */
import { bin, num, str } from './values';

type B = 0 | 1 | null;
const RESPONSE_RANK: Record<string, number> = {
  sCR: 6,
  CR: 5,
  VGPR: 4,
  PR: 3,
  MR: 2,
  SD: 1,
  PD: 0,
};

/** Three-valued AND: 0 if any input is 0, 1 if all are 1, else null. */
export function and3(...xs: unknown[]): B {
  // A loop, not map/includes: this runs for every patient of every load.
  let all = true;
  for (let k = 0; k < xs.length; k++) {
    const b = bin(xs[k]);
    if (b === 0) return 0;
    if (b !== 1) all = false;
  }
  return all ? 1 : null;
}

/** Three-valued OR: 1 if any input is 1, 0 if all are 0, else null. */
export function or3(...xs: unknown[]): B {
  let all = true;
  for (let k = 0; k < xs.length; k++) {
    const b = bin(xs[k]);
    if (b === 1) return 1;
    if (b !== 0) all = false;
  }
  return all ? 0 : null;
}

/** 1 if value ≥ cut, 0 if below, null if missing. */
export function atLeast(value: unknown, cut: number): B {
  const v = num(value);
  return v === null ? null : v >= cut ? 1 : 0;
}

/** Penta refractory: n_imid_refractory ≥ 2 AND n_pi_refractory ≥ 2 AND mab_refractory. */
export function pentaRefractory(nImid: unknown, nPi: unknown, mab: unknown): B {
  return and3(atLeast(nImid, 2), atLeast(nPi, 2), mab);
}

/** High-risk cytogenetics: null if FISH not evaluable, else OR of the components (3-valued). */
export function highRiskCa(fishEvaluable: unknown, ...parts: unknown[]): B {
  return bin(fishEvaluable) === 0 ? null : or3(...parts);
}

/** best_response ≥ PR (NE counts as not responding; null only if best_response is empty). */
export function responder(best: unknown): B {
  const b = str(best);
  return b === null ? null : (RESPONSE_RANK[b] ?? -1) >= 3 ? 1 : 0;
}

/** best_response is CR or sCR. */
export function crOrBetter(best: unknown): B {
  const b = str(best);
  return b === null ? null : (RESPONSE_RANK[b] ?? -1) >= 5 ? 1 : 0;
}

/**
 * CR by landmark L: 1 if t_first_cr ≤ L + windowMonths, else 0 (also 0 if never CR).
 * Null only when both best_response and t_first_cr are missing.
 */
export function crByMonth(
  tFirstCr: unknown,
  best: unknown,
  landmark: number,
  windowMonths: number,
): B {
  const t = num(tFirstCr);
  if (t !== null) return t <= landmark + windowMonths ? 1 : 0;
  return str(best) === null ? null : 0;
}

/** DOR for responders: pfs − t_first_response (null for non-responders or negative spans). */
export function dorMonths(isResponder: B, pfs: unknown, tFirstResponse: unknown): number | null {
  const p = num(pfs);
  const t = num(tFirstResponse);
  if (isResponder !== 1 || p === null || t === null || p < t) return null;
  return p - t;
}

/** DOR event = pfs_event, when DOR is defined. */
export function dorEvent(dor: number | null, pfsEvent: unknown): B {
  return dor === null ? null : bin(pfsEvent);
}

/** Ever MRD-negative; `tested` = false when a serial column shows no result for the patient. */
export function mrdEverNeg(firstNeg: unknown, tested = true): B {
  if (num(firstNeg) !== null) return 1;
  return tested ? 0 : null;
}

export function mrdNegDuration(firstNeg: unknown, end: unknown): number | null {
  const f = num(firstNeg);
  const e = num(end);
  return f === null || e === null ? null : e - f;
}

/** MRD dynamic group from mrd_neg_end_status; never negative → persistent_pos. */
export function mrdGroup(everNeg: B, status: unknown): string | null {
  if (everNeg === 0) return 'persistent_pos';
  const s = num(status);
  if (everNeg === null || s === null) return null;
  return ['sustained_neg', 'lost_neg', 'died_mrd_neg'][s] ?? null;
}

/**
 * Threshold flag on a right-censored duration: 1 if duration ≥ x; 0 if it ended (ended = true)
 * before x; null if still ongoing (censored) before x — or 0 "as published" (a naive analysis
 * counts the undecidable as below x).
 */
export function durationAtLeast(
  duration: unknown,
  ended: boolean | null,
  x: number,
  asPublished = false,
): B {
  const d = num(duration);
  if (d === null || ended === null) return null;
  if (d >= x) return 1;
  return ended || asPublished ? 0 : null;
}

/** mrd_neg_geX: never negative → 0; status 1/2 ended; status 0 censored. */
export function mrdNegAtLeast(
  everNeg: B,
  duration: unknown,
  status: unknown,
  x: number,
  asPublished = false,
): B {
  if (everNeg === 0) return 0;
  const s = num(status);
  return durationAtLeast(duration, s === null ? null : s !== 0, x, asPublished);
}

/** car_persist_geX: event 1 = loss observed (ended), 0 = still detectable (censored). */
export function carPersistAtLeast(
  months: unknown,
  event: unknown,
  x: number,
  asPublished = false,
): B {
  const e = bin(event);
  return durationAtLeast(months, e === null ? null : e === 1, x, asPublished);
}

/**
 * MRD-negative at month L with no loss since first negativity (the landmark classifier of
 * mrd_neg_geX): 1 if first negativity was at or before L and negativity had not been lost by L;
 * 0 if never negative by L or lost by L; null if MRD follow-up ended while negative (censored or
 * died) before L, so the status at L is unknown.
 * @example mrdNegAtMonth(1, 1.2, 14, 1, 12) // 1: negative from 1.2 to 14 months, so at month 12 too
 */
export function mrdNegAtMonth(
  everNeg: B,
  firstNeg: unknown,
  end: unknown,
  status: unknown,
  L: number,
): B {
  if (everNeg === 0) return 0;
  const f = num(firstNeg);
  if (everNeg === null || f === null) return null;
  if (f > L) return 0;
  const e = num(end);
  const s = num(status);
  if (e === null || s === null) return null;
  if (e > L || (e === L && s !== 1)) return 1;
  return s === 1 ? 0 : null;
}
