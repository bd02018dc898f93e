import type { ColumnProfile } from './column-profile';
import type { TimeUnit } from './normalize-header';
import { normalizeHeader } from './normalize-header';

export type { TimeUnit };
export const TIME_UNITS: readonly TimeUnit[] = ['days', 'weeks', 'months', 'years'];

/**
 * Months per unit, with the file's days per month (default 30.4375 = 365.25 / 12): a week is
 * 7 days, a year 12 months.
 */
export function monthsPer(unit: TimeUnit, monthDays: number): number {
  return { days: 1 / monthDays, weeks: 7 / monthDays, months: 1, years: 12 }[unit];
}

export interface UnitGuess {
  unit: TimeUnit;
  /** Why, in plain words, shown beside the preselected unit. */
  reason: string;
}

/** The contract's rule for a months column (docs/data-format.md): median ≤ 120, maximum ≤ 360. */
const fits = (median: number, max: number) => median <= 120 && max <= 360 && median >= 0.25;

/**
 * The unit a time column is most likely in: the unit its header names ("OS_days"), else the unit
 * whose conversion to months meets the contract's rule with a median nearest `typicalMonths`
 * (what such a time usually is: ~24 months of follow-up, ~1 month to a first response).
 * A guess, preselected and shown with its reason; the user confirms it.
 * @example guessTimeUnit(profile('OS', [30, 400, 900]), 24, 30.4375).unit // 'days'
 */
export function guessTimeUnit(
  p: ColumnProfile,
  typicalMonths: number,
  monthDays: number,
): UnitGuess {
  const named = normalizeHeader(p.name).unit;
  if (named) return { unit: named, reason: `the column's name says ${named}` };
  if (!p.numeric) return { unit: 'months', reason: 'no numbers to judge from' };
  let best: { unit: TimeUnit; distance: number } | null = null;
  for (const unit of TIME_UNITS) {
    const k = monthsPer(unit, monthDays);
    if (!fits(p.median * k, p.max * k)) continue;
    const distance = Math.abs(Math.log((p.median * k) / typicalMonths));
    if (!best || distance < best.distance) best = { unit, distance };
  }
  if (!best) return { unit: 'months', reason: 'no unit gives plausible months; check the values' };
  const m = p.median * monthsPer(best.unit, monthDays);
  return {
    unit: best.unit,
    reason: `read as ${best.unit}, the median is ${m.toFixed(1)} months and the longest ${(
      p.max * monthsPer(best.unit, monthDays)
    ).toFixed(1)}`,
  };
}
