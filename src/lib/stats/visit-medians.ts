import { quantile } from './quantile';

const MONTH_DAYS = 30.4375;
const EARLY_DAYS = [0, 4, 7, 10, 14, 21, 28];
const EARLY_MONTHS = [2, 3, 6, 9, 12, 15, 18, 21, 24];

/**
 * The scheduled sampling days of the paper's protocol, up to `lastDay`: days 0, 4, 7, 10, 14,
 * 21 and 28, months 2 and 3, every 3 months to month 24, then every 6 months (a month is
 * 30.4375 days, rounded to the nearest day).
 * @example visitSchedule(200) // [0, 4, 7, 10, 14, 21, 28, 61, 91, 183, 274]
 */
export function visitSchedule(lastDay: number): number[] {
  const days = [...EARLY_DAYS, ...EARLY_MONTHS.map((m) => Math.round(m * MONTH_DAYS))];
  for (let m = 30; days[days.length - 1] < lastDay; m += 6) days.push(Math.round(m * MONTH_DAYS));
  return days.filter((d, i) => i === 0 || days[i - 1] < lastDay);
}

/** One patient's samples: days (sorted or not) and values (below the limit counted as 0). */
export interface VisitSeries {
  group: number;
  day: readonly number[];
  value: readonly number[];
}

export interface VisitMedian {
  /** The scheduled day. */
  day: number;
  /** Median over the group's patients sampled at this visit (R's median). */
  median: number;
  /** Patients who contribute. */
  n: number;
}

/** Index of the scheduled day nearest to `day` (the earlier one when two are equally near). */
function nearest(schedule: readonly number[], day: number): number {
  let best = 0;
  for (let j = 1; j < schedule.length; j++) {
    if (Math.abs(schedule[j] - day) < Math.abs(schedule[best] - day)) best = j;
  }
  return best;
}

/**
 * The median curve of each group over scheduled visits: every sample is assigned to the nearest
 * scheduled day (the earlier one on a tie); a patient with several samples at one visit
 * contributes the one closest to it (the earlier on a tie); at each visit the median over the
 * group's patients is reported where at least `minPatients` (default 3) contribute.
 * @example visitMedians([{ group: 0, day: [7], value: [10] }, …], 1, [0, 7]) // [[{ day: 7, median: …, n: 3 }]]
 */
export function visitMedians(
  series: readonly VisitSeries[],
  groups: number,
  schedule: readonly number[],
  minPatients = 3,
): VisitMedian[][] {
  const cells = Array.from({ length: groups }, () => schedule.map(() => [] as number[]));
  for (const s of series) {
    if (s.group < 0 || s.group >= groups) continue;
    const chosen = new Map<number, { distance: number; day: number; value: number }>();
    s.day.forEach((day, i) => {
      const v = s.value[i];
      if (Number.isNaN(day) || Number.isNaN(v)) return;
      const j = nearest(schedule, day);
      const distance = Math.abs(schedule[j] - day);
      const held = chosen.get(j);
      if (!held || distance < held.distance || (distance === held.distance && day < held.day)) {
        chosen.set(j, { distance, day, value: v });
      }
    });
    for (const [j, c] of chosen) cells[s.group][j].push(c.value);
  }
  return cells.map((byVisit) =>
    byVisit.flatMap((values, j) => {
      if (values.length < minPatients) return [];
      values.sort((a, b) => a - b);
      return [{ day: schedule[j], median: quantile(values, 0.5)!, n: values.length }];
    }),
  );
}
