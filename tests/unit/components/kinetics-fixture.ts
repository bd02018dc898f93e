import { visitMedians, visitSchedule } from '../../../src/lib/stats/visit-medians';

/**
 * Six hand-made patients in two groups: expansion to a peak near day 10, decline, and loss of
 * detection (samples below the limit of quantification) in three of them. Shared by the kinetics
 * chart snapshots (kinetics-charts.test.ts, kinetics-figure-options.test.ts).
 */
export const DAYS = [4, 7, 10, 14, 21, 28, 91, 183, 365];
const curve = (peak: number, half: number, lostAfter: number) =>
  DAYS.map((day) => {
    const copies = day <= 10 ? peak * (day / 10) ** 2 : peak * 2 ** (-(day - 10) / half);
    const blq = day > lostAfter;
    return { day, copies: blq ? 0 : Math.round(copies), blq };
  });
export const patients = [
  { id: 'A1', group: 0, samples: curve(40000, 6, 400) },
  { id: 'A2', group: 0, samples: curve(90000, 9, 400) },
  { id: 'A3', group: 0, samples: curve(12000, 5, 100) },
  { id: 'B1', group: 1, samples: curve(5000, 4, 30) },
  { id: 'B2', group: 1, samples: curve(25000, 7, 200) },
  { id: 'B3', group: 1, samples: curve(2000, 3, 25) },
];
export const groups = [
  { label: 'Sustained MRD-negative', n: 3 },
  { label: 'Lost MRD negativity', n: 3 },
];
export const curves = visitMedians(
  patients.map((p) => ({
    group: p.group,
    day: p.samples.map((s) => s.day),
    value: p.samples.map((s) => s.copies),
  })),
  2,
  visitSchedule(365),
);
