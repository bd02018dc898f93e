import type { Cohort } from './cohort';
import { months } from './observe';

/** The outcome-level hard counts (calibration.md §1a), computed directly from a cohort. */
export interface OutcomeCounts {
  responders: number;
  crOrBetter: number;
  progressions: number;
  deathsWithoutProgression: number;
  aliveProgressionFree: number;
  pfsEvents: number;
  mrdEverNegative: number;
  mrdSustainedNegative: number;
  mrdDiedNegative: number;
  mrdLostNegativity: number;
  mrdPersistentPositive: number;
  mrdNegGe12: number;
  mrdNegGe36: number;
  mrdNegGe36Lost: number;
  persistGe6: number;
  persistGe12: number;
  persistGe24: number;
  persistGe36: number;
  persistMedian: number;
  persistMin: number;
  persistMax: number;
  followUpMin: number;
  followUpMax: number;
  deaths: number;
}

export function median(sorted: readonly number[]): number {
  const n = sorted.length;
  return n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

/** MRD-negativity duration in months from first negativity (paper-naive: 0 if never negative). */
export function mrdDurationMonths(o: Cohort['observed'][number]): number {
  return o.mrdFirstNegDay === null || o.mrdEndDay === null
    ? 0
    : months(o.mrdEndDay) - months(o.mrdFirstNegDay);
}

export function outcomeCounts(c: Cohort): OutcomeCounts {
  const obs = c.observed;
  const count = (f: (o: (typeof obs)[number], i: number) => boolean): number =>
    obs.reduce((s, o, i) => s + (f(o, i) ? 1 : 0), 0);
  const pers = obs.map((o) => months(o.persistDay)).sort((a, b) => a - b);
  const fu = obs.map((o) => months(o.osDay));
  const dur = obs.map(mrdDurationMonths);
  return {
    responders: count((o) => o.firstResponseDay !== null),
    crOrBetter: count((o) => o.firstCrDay !== null),
    progressions: count((o) => o.pfsType === 'progression'),
    deathsWithoutProgression: count((o) => o.pfsType === 'death'),
    aliveProgressionFree: count((o) => o.pfsType === 'none' && o.osEvent === 0),
    pfsEvents: count((o) => o.pfsType !== 'none'),
    mrdEverNegative: count((o) => o.mrdFirstNegDay !== null),
    mrdSustainedNegative: count((o) => o.mrdStatus === 0),
    mrdDiedNegative: count((o) => o.mrdStatus === 2),
    mrdLostNegativity: count((o) => o.mrdStatus === 1),
    mrdPersistentPositive: count((o) => o.mrdStatus === null),
    mrdNegGe12: count((_, i) => dur[i] >= 12),
    mrdNegGe36: count((_, i) => dur[i] >= 36),
    mrdNegGe36Lost: count((o, i) => dur[i] >= 36 && o.mrdStatus === 1),
    persistGe6: pers.filter((p) => p >= 6).length,
    persistGe12: pers.filter((p) => p >= 12).length,
    persistGe24: pers.filter((p) => p >= 24).length,
    persistGe36: pers.filter((p) => p >= 36).length,
    persistMedian: median(pers),
    persistMin: pers[0],
    persistMax: pers[pers.length - 1],
    followUpMin: Math.min(...fu),
    followUpMax: Math.max(...fu),
    deaths: count((o) => o.osEvent === 1),
  };
}

/** Patients MRD-negative ≥ 36 months whose best response is not CR (R10: all 11 are sCR). */
export function mrdGe36WithoutCr(c: Cohort): number {
  return c.observed.filter((o) => mrdDurationMonths(o) >= 36 && o.firstCrDay === null).length;
}
