import { followUpMedian, kmFloor, kmMedian } from './naive-analyses';
import { pfsMed, osMed, pers6, mrdGe, inCr2y, crP } from './soft-target-helpers';
import {
  notReachedTarget,
  pSideTarget,
  rangeTarget,
  valueTarget,
  type SoftTarget,
} from './soft-target-kinds';

/** Survival medians, rates and follow-up (calibration.md §1c). */
export const SURVIVAL_TARGETS: readonly SoftTarget[] = [
  valueTarget('C22', 'Median follow-up (reverse Kaplan–Meier), months', 39.6, 2, (f) =>
    followUpMedian(f.os, f.osEvent),
  ),
  valueTarget('S02', 'Median PFS, months', 30.1, 2.5, (f) => kmMedian(f.pfs, f.pfsEvent), 2),
  valueTarget('S01', 'Median DOR (responders), months', 30.8, 2.5, (f) =>
    kmMedian(f.dor, f.dorEvent),
  ),
  {
    ...notReachedTarget('S03', 'Median OS', (f) => kmMedian(f.os, f.osEvent)),
    tolerance: 'NR; KM stays > 0.50 to the last death',
    evaluate: (f) => {
      const floor = kmFloor(f.os, f.osEvent);
      return {
        value: floor,
        dev: floor > 0.5 ? 0 : 1 + (0.5 - floor) / 0.05,
        pass: floor > 0.5,
        note: 'value = lowest OS KM',
      };
    },
  },
  rangeTarget('deaths', 'Deaths (not reported; implied by Cox SEs and OS NR)', 16, 24, (f) =>
    f.osEvent.reduce((s, v) => s + v, 0),
  ),
  valueTarget(
    'S09a',
    'Median PFS, triple-refractory',
    12.0,
    3,
    pfsMed((f) => f.triple, 1),
  ),
  valueTarget(
    'S09b',
    'Median PFS, not triple-refractory',
    32.0,
    3,
    pfsMed((f) => f.triple, 0),
  ),
  valueTarget(
    'S10a',
    'Median OS, triple-refractory',
    12.0,
    4,
    osMed((f) => f.triple, 1),
  ),
  notReachedTarget(
    'S10b',
    'Median OS, not triple-refractory',
    osMed((f) => f.triple, 0),
  ),
  valueTarget(
    'S11a',
    'Median PFS, high-risk CA',
    12.0,
    3,
    pfsMed((f) => f.highRiskCa, 1),
  ),
  valueTarget(
    'S11b',
    'Median PFS, standard-risk CA',
    32.0,
    3,
    pfsMed((f) => f.highRiskCa, 0),
  ),
  valueTarget(
    'S12a',
    'Median OS, high-risk CA (low weight: conflicts with overall OS NR)',
    19.7,
    4,
    osMed((f) => f.highRiskCa, 1),
    0.1,
  ),
  valueTarget(
    'S12b',
    'Median OS, standard-risk CA (low weight: conflicts with overall OS NR)',
    36.5,
    4,
    osMed((f) => f.highRiskCa, 0),
    0.1,
  ),
  valueTarget('S13a', 'Median PFS, CAR-T persistence < 6 months', 11.9, 3, pfsMed(pers6, 0)),
  valueTarget('S13b', 'Median PFS, CAR-T persistence ≥ 6 months', 36.5, 3, pfsMed(pers6, 1)),
  valueTarget('S14a', 'Median OS, CAR-T persistence < 6 months', 30.1, 4, osMed(pers6, 0)),
  notReachedTarget('S14b', 'Median OS, CAR-T persistence ≥ 6 months', osMed(pers6, 1)),
  valueTarget('S16a', 'Median PFS, MRD-negative < 12 months', 8.2, 3, pfsMed(mrdGe(12), 0)),
  valueTarget('S16b', 'Median PFS, MRD-negative ≥ 12 months', 58, 8, pfsMed(mrdGe(12), 1)),
  valueTarget('S17', 'Median PFS, MRD-negative ≥ 24 months', 64, 8, pfsMed(mrdGe(24), 1)),
  notReachedTarget('S18', 'Median PFS, MRD-negative ≥ 36 months', pfsMed(mrdGe(36), 1)),
  valueTarget('S04', '2-year DOR in CR/sCR, %', 70.0, 5, inCr2y('dor')),
  valueTarget('S05', '2-year PFS in CR/sCR, %', 70.0, 5, inCr2y('pfs')),
  valueTarget('S06', '2-year OS in CR/sCR, %', 78.9, 5, inCr2y('os')),
  pSideTarget('S04p', 'DOR, CR/sCR vs not (log-rank)', 'p < 0.05', true, crP('dor')),
  pSideTarget('S05p', 'PFS, CR/sCR vs not (log-rank)', 'p < 0.05', true, crP('pfs')),
  pSideTarget('S06p', 'OS, CR/sCR vs not (log-rank)', 'p < 0.05', true, crP('os')),
];
