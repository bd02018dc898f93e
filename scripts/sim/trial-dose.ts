import type { Baseline } from './baseline';

/** Infusions before this date belong to the first trial (calibration.md §3). */
const SECOND_TRIAL_START = '2020-07-01';
const DAY_MS = 86400000;

/**
 * Trial, infusion year and dose from the potential follow-up: infusion = cut-off − fu days.
 * All 8 patients at 3 or 6 × 10⁶/kg are in the first (dose-escalation) trial, ChiCTR1800018137.
 * Calendar dates are not reproduced (the paper's 69.3-month maximum predates its first enrolment).
 */
export function trialAndDose(
  b: Baseline,
  cutoffIso: string,
): { trial: string[]; year: number[]; dose: number[] } {
  const cutoff = Date.parse(`${cutoffIso}T00:00:00Z`);
  const split = Date.parse(`${SECOND_TRIAL_START}T00:00:00Z`);
  const infusion = Array.from(b.fuDay, (d) => cutoff - d * DAY_MS);
  const trial = infusion.map((t) => (t < split ? 'ChiCTR1800018137' : 'ChiCTR2000033946'));
  const year = infusion.map((t) => new Date(t).getUTCFullYear());
  const first = [...b.fuDay.keys()].filter((i) => trial[i] === 'ChiCTR1800018137');
  const pool =
    first.length >= 8
      ? first
      : [...b.fuDay.keys()].sort((x, y) => b.fuDay[y] - b.fuDay[x]).slice(0, 8);
  const ranked = [...pool].sort((x, y) => b.doseScore[y] - b.doseScore[x] || x - y);
  const dose = Array.from(b.fuDay, () => 1);
  ranked.slice(0, 2).forEach((i) => (dose[i] = 6));
  ranked.slice(2, 8).forEach((i) => (dose[i] = 3));
  return { trial, year, dose };
}
