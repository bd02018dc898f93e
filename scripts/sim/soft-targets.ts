import type { AnalysisFrame } from './analysis-frame';
import {
  coxUnivariable as cox,
  followUpMedian,
  kmAt,
  kmFloor,
  kmMedian,
  logRankP,
  logRankPAmong,
  spearmanRho,
} from './naive-analyses';
import {
  hrTarget,
  notReachedTarget,
  pSideTarget,
  rangeTarget,
  valueTarget,
  type SoftTarget,
} from './soft-target-kinds';

/** Indicator column x ≥ cut (NaN stays NaN): the paper-naive split of a post-baseline variable. */
const ge = (x: Float64Array, cut: number): Float64Array =>
  Float64Array.from(x, (v) => (Number.isNaN(v) ? NaN : v >= cut ? 1 : 0));
const pfsMed = (g: (f: AnalysisFrame) => Float64Array, level: number) => (f: AnalysisFrame) =>
  kmMedian(f.pfs, f.pfsEvent, g(f), level);
const osMed = (g: (f: AnalysisFrame) => Float64Array, level: number) => (f: AnalysisFrame) =>
  kmMedian(f.os, f.osEvent, g(f), level);
const pers6 = (f: AnalysisFrame) => ge(f.persist, 6);
const mrdGe = (x: number) => (f: AnalysisFrame) => ge(f.mrdDuration, x);
/** "Sustained MRD negativity" at 2 years (%), KM of negativity duration among the ever-negative. */
const sustained2y =
  (g: (f: AnalysisFrame) => Float64Array, level: number) => (f: AnalysisFrame) => {
    const grp = g(f);
    const among = Float64Array.from(f.everNeg, (e, i) => (e === 1 && grp[i] === level ? 1 : 0));
    return 100 * kmAt(f.mrdDuration, f.mrdLost, 24, among, 1);
  };
const sustainedP = (g: (f: AnalysisFrame) => Float64Array) => (f: AnalysisFrame) =>
  logRankPAmong(f.mrdDuration, f.mrdLost, g(f), f.everNeg);
const inCr2y = (time: 'pfs' | 'os' | 'dor') => (f: AnalysisFrame) => {
  const ev = time === 'pfs' ? f.pfsEvent : time === 'os' ? f.osEvent : f.dorEvent;
  return 100 * kmAt(f[time], ev, 24, f.cr, 1);
};
const crP = (time: 'pfs' | 'os' | 'dor') => (f: AnalysisFrame) =>
  logRankP(f[time], time === 'pfs' ? f.pfsEvent : time === 'os' ? f.osEvent : f.dorEvent, f.cr);
const coxOn = (end: 'pfs' | 'os', x: (f: AnalysisFrame) => Float64Array) => (f: AnalysisFrame) =>
  cox(f[end], end === 'pfs' ? f.pfsEvent : f.osEvent, x(f));
const coxP = (end: 'pfs' | 'os', x: (f: AnalysisFrame) => Float64Array) => (f: AnalysisFrame) =>
  coxOn(end, x)(f).p;
/** The paper's three MRD groups (died while negative counted with sustained negative). */
const mrd3 = (f: AnalysisFrame) =>
  Float64Array.from(f.mrdGroup, (g) => (g === 1 ? 0 : g === 2 ? 1 : g === 3 ? 2 : NaN));

/** Soft targets that the annealing can see (calibration.md §1c); outcome columns only. */
export const LOOP_SOFT_TARGETS: readonly SoftTarget[] = [
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
  valueTarget(
    'M10a',
    'Sustained MRD negativity at 2 years, BM plasma cells ≥ 50%, %',
    48.6,
    8,
    sustained2y((f) => f.bmHigh, 1),
  ),
  valueTarget(
    'M10b',
    'Sustained MRD negativity at 2 years, BM plasma cells < 50%, %',
    72.2,
    8,
    sustained2y((f) => f.bmHigh, 0),
  ),
  pSideTarget(
    'M10p',
    'Sustained MRD negativity by BM burden (log-rank)',
    'p = 0.032',
    true,
    sustainedP((f) => f.bmHigh),
  ),
  valueTarget(
    'M11a',
    'Sustained MRD negativity at 2 years, triple-refractory, %',
    24,
    8,
    sustained2y((f) => f.triple, 1),
  ),
  valueTarget(
    'M11b',
    'Sustained MRD negativity at 2 years, not triple-refractory, %',
    65.5,
    8,
    sustained2y((f) => f.triple, 0),
  ),
  pSideTarget(
    'M11p',
    'Sustained MRD negativity by triple refractoriness (log-rank)',
    'p = 0.041',
    true,
    sustainedP((f) => f.triple),
  ),
  valueTarget(
    'M12a',
    'Sustained MRD negativity at 2 years, CR by month 3, %',
    76.2,
    8,
    sustained2y((f) => f.crByM3, 1),
  ),
  valueTarget(
    'M12b',
    'Sustained MRD negativity at 2 years, no CR by month 3, %',
    46,
    8,
    sustained2y((f) => f.crByM3, 0),
  ),
  pSideTarget(
    'M12p',
    'Sustained MRD negativity by CR by month 3 (log-rank)',
    'p = 0.035',
    true,
    sustainedP((f) => f.crByM3),
  ),
  valueTarget(
    'M13a',
    'Sustained MRD negativity at 2 years, persistence ≥ 6 months, %',
    66.9,
    8,
    sustained2y(pers6, 1),
  ),
  valueTarget(
    'M13b',
    'Sustained MRD negativity at 2 years, persistence < 6 months, %',
    25.6,
    8,
    sustained2y(pers6, 0),
  ),
  pSideTarget(
    'M13p',
    'Sustained MRD negativity by persistence ≥ 6 months (log-rank)',
    'p < 0.001',
    true,
    sustainedP(pers6),
  ),
  hrTarget(
    'H01',
    'Cox PFS: triple-refractory',
    2.752,
    1.145,
    6.487,
    0.023,
    coxOn('pfs', (f) => f.triple),
  ),
  hrTarget(
    'H02',
    'Cox OS: triple-refractory',
    4.345,
    1.636,
    11.543,
    0.003,
    coxOn('os', (f) => f.triple),
  ),
  hrTarget(
    'H03',
    'Cox PFS: high-risk CA (upper limit read as 4.145)',
    2.063,
    1.027,
    4.145,
    0.042,
    coxOn('pfs', (f) => f.highRiskCa),
  ),
  hrTarget(
    'H04',
    'Cox OS: high-risk CA',
    2.687,
    1.13,
    6.388,
    0.025,
    coxOn('os', (f) => f.highRiskCa),
  ),
  hrTarget(
    'H05',
    'Cox PFS: CAR-T persistence ≥ 6 months',
    0.247,
    0.113,
    0.54,
    0.0009,
    coxOn('pfs', pers6),
  ),
  hrTarget(
    'H06',
    'Cox OS: CAR-T persistence ≥ 6 months',
    0.295,
    0.121,
    0.718,
    0.007,
    coxOn('os', pers6),
  ),
  hrTarget(
    'H07',
    'Cox PFS: MRD-negative duration, per month (low weight)',
    0.914,
    0.875,
    0.947,
    0.0009,
    coxOn('pfs', (f) => f.mrdDuration),
    0.25,
  ),
  hrTarget(
    'H08',
    'Cox OS: MRD-negative duration, per month (low weight)',
    0.914,
    0.878,
    0.952,
    0.0009,
    coxOn('os', (f) => f.mrdDuration),
    0.25,
  ),
  valueTarget('P11', 'Spearman: persistence vs MRD-negative duration', 0.708, 0.07, (f) =>
    spearmanRho(f.persist, f.mrdDuration),
  ),
  valueTarget('P12', 'Spearman: persistence vs PFS', 0.625, 0.07, (f) =>
    spearmanRho(f.persist, f.pfs),
  ),
  valueTarget('P13', 'Spearman: persistence vs OS', 0.58, 0.07, (f) =>
    spearmanRho(f.persist, f.os),
  ),
  pSideTarget('R04', 'PFS, CR by month 3 vs not (log-rank)', 'p = 0.017', true, (f) =>
    logRankP(f.pfs, f.pfsEvent, f.crByM3),
  ),
  pSideTarget('R05', 'PFS, CR by month 1 vs not (log-rank)', 'no difference', false, (f) =>
    logRankP(f.pfs, f.pfsEvent, f.crByM1),
  ),
  pSideTarget(
    'S15',
    'PFS by MRD group, 3 groups (log-rank)',
    'p < 0.001',
    true,
    (f) => logRankP(f.pfs, f.pfsEvent, mrd3(f)),
    0.001,
  ),
  pSideTarget(
    'S16p',
    'PFS, MRD-negative ≥ 12 vs < 12 months (log-rank)',
    'p < 0.001',
    true,
    (f) => logRankP(f.pfs, f.pfsEvent, mrdGe(12)(f)),
    0.001,
  ),
  pSideTarget(
    'S17p',
    'PFS, MRD-negative ≥ 24 vs < 24 months (log-rank)',
    'p < 0.001',
    true,
    (f) => logRankP(f.pfs, f.pfsEvent, mrdGe(24)(f)),
    0.001,
  ),
  pSideTarget(
    'S18p',
    'PFS, MRD-negative ≥ 36 vs < 36 months (log-rank)',
    'p < 0.001',
    true,
    (f) => logRankP(f.pfs, f.pfsEvent, mrdGe(36)(f)),
    0.001,
  ),
  ...(
    [
      ['age', 'age (per year)', (f: AnalysisFrame) => f.age],
      ['emd', 'EMD/PCL', (f: AnalysisFrame) => f.emdOrPcl],
      ['cart', 'prior CAR-T', (f: AnalysisFrame) => f.priorCart],
      ['bm', 'BM plasma cells ≥ 50%', (f: AnalysisFrame) => f.bmHigh],
      ['ada', 'ADA-positive', (f: AnalysisFrame) => f.ada],
      ['asct', 'prior ASCT', (f: AnalysisFrame) => f.priorAsct],
    ] as const
  ).flatMap(([key, label, x]) =>
    (['pfs', 'os'] as const).map((end) =>
      pSideTarget(
        `H09-${key}-${end}`,
        `Cox ${end.toUpperCase()}: ${label}`,
        'not significant',
        false,
        coxP(end, x),
        0.05,
        true,
        0.5,
      ),
    ),
  ),
];
