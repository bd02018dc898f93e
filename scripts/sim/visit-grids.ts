import { MONTH_DAYS } from './params';

/** Day of a nominal month visit: rounded up so that "month X" is never below X months. */
export function monthVisitDay(month: number): number {
  return Math.ceil(month * MONTH_DAYS);
}

const months = (from: number, to: number, by: number): number[] => {
  const out: number[] = [];
  for (let m = from; m <= to + 1e-9; m += by) out.push(monthVisitDay(m));
  return out;
};

/** Bone-marrow MRD and response assessments: D14, D28, M2, M3, M6, M9, M12, then every 6 months. */
export const MRD_VISIT_DAYS: readonly number[] = [
  14,
  28,
  ...[2, 3, 6, 9, 12].map(monthVisitDay),
  ...months(18, 72, 6),
];

/** Nominal early PK days; the patient's Tmax day replaces the nearest of 7, 10, 14, 21. */
export const PK_EARLY_DAYS: readonly number[] = [4, 7, 10, 14, 21, 28];

/** PK after day 28: M2, M3, every 3 months to M24, then every 6 months. */
export const PK_LATE_DAYS: readonly number[] = [
  ...[2, 3].map(monthVisitDay),
  ...months(6, 24, 3),
  ...months(30, 72, 6),
];

/** The patient's PK sampling days (all days, before any stop at progression or death). */
export function pkVisitDays(tmaxDay: number): number[] {
  const early = [...PK_EARLY_DAYS];
  if (!early.includes(tmaxDay)) {
    let best = 1;
    for (let j = 1; j <= 4; j++)
      if (Math.abs(early[j] - tmaxDay) < Math.abs(early[best] - tmaxDay)) best = j;
    early[best] = tmaxDay;
    early.sort((a, b) => a - b);
  }
  return [...early, ...PK_LATE_DAYS];
}

/** ADA sampling days after infusion (first positive is one of these). */
export const ADA_VISIT_DAYS: readonly number[] = [
  28,
  monthVisitDay(2),
  monthVisitDay(3),
  monthVisitDay(6),
];
