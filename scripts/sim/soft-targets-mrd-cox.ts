import type { AnalysisFrame } from './analysis-frame';
import { fisherExact } from '../../src/lib/stats/fisher-exact';
import { mannWhitney } from '../../src/lib/stats/mann-whitney';
import { logRankP, spearmanRho } from './naive-analyses';
import { pers6, mrdGe, sustained2y, sustainedP, coxOn, coxP, mrd3 } from './soft-target-helpers';
import { hrTarget, pSideTarget, valueTarget, type SoftTarget } from './soft-target-kinds';

const median = (x: Float64Array): number => {
  const s = Array.from(x).sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Fisher's exact p of two 0/1 columns (rows with NaN left out). */
const fisherP = (a: Float64Array, b: Float64Array): number => {
  const t = [
    [0, 0],
    [0, 0],
  ];
  a.forEach((v, i) => {
    if ((v === 0 || v === 1) && (b[i] === 0 || b[i] === 1)) t[v][b[i]]++;
  });
  return fisherExact(t).p;
};

/** Sustained MRD negativity, naive Cox HRs, Spearman correlations and p-value directions. */
export const MRD_COX_TARGETS: readonly SoftTarget[] = [
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
  pSideTarget('A09', 'Persistence shorter in ADA+ (Mann–Whitney)', 'p = 0.010', true, (f) => {
    const pick = (a: number) => f.persist.filter((_, i) => f.ada[i] === a);
    const r = mannWhitney(pick(1), pick(0));
    return r.p !== null && median(pick(1)) < median(pick(0)) ? r.p : 1;
  }),
  pSideTarget('R07a', 'ORR, triple-refractory vs not (Fisher)', 'no difference', false, (f) =>
    fisherP(
      f.triple,
      Float64Array.from(f.dor, (d) => (Number.isNaN(d) ? 0 : 1)),
    ),
  ),
  pSideTarget('R07b', 'CR rate, triple-refractory vs not (Fisher)', 'no difference', false, (f) =>
    fisherP(f.triple, f.cr),
  ),
];
