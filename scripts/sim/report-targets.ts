import { fisherExact } from '../../src/lib/stats/fisher-exact';
import { mannWhitney } from '../../src/lib/stats/mann-whitney';
import type { AnalysisFrame, FrameExtra } from './analysis-frame';
import { coxUnivariable } from './naive-analyses';
import { pSideTarget, type SoftTarget } from './soft-target-kinds';

type Pick = (f: AnalysisFrame, x: FrameExtra) => Float64Array;

/** Values of y where group is a (NaN dropped). */
const where = (y: Float64Array, group: ArrayLike<number>, a: number): Float64Array =>
  Float64Array.from(
    [...y.keys()].filter((i) => group[i] === a && !Number.isNaN(y[i])),
    (i) => y[i],
  );

/** Mann–Whitney p of y between group 1 and group 0 (the engine's wilcox.test). */
const mw =
  (y: Pick, g: Pick) =>
  (f: AnalysisFrame): number | null => {
    if (!f.extra) return null;
    const [yy, gg] = [y(f, f.extra), g(f, f.extra)];
    return mannWhitney(where(yy, gg, 1), where(yy, gg, 0)).p;
  };

/** Fisher's exact p for two 0/1 columns. */
const fisher =
  (a: Pick, b: Pick) =>
  (f: AnalysisFrame): number | null => {
    if (!f.extra) return null;
    const [x, y] = [a(f, f.extra), b(f, f.extra)];
    const t = [
      [0, 0],
      [0, 0],
    ];
    x.forEach((v, i) => {
      if ((v === 0 || v === 1) && (y[i] === 0 || y[i] === 1)) t[v][y[i]]++;
    });
    return fisherExact(t).p;
  };

/** Cmax groups of P08–P10: sustained negative (1) vs MRD-positive, lost or never negative (0). */
const sustainedVsPositive: Pick = (f) =>
  Float64Array.from(f.mrdGroup, (g) => (g === 0 ? 1 : g === 2 || g === 3 ? 0 : NaN));
const crVsBelowCr: Pick = (f, x) =>
  Float64Array.from(x.bestResponse, (b) => (b === 'sCR' || b === 'CR' ? 1 : 0));
const crVsVgpr: Pick = (f, x) =>
  Float64Array.from(x.bestResponse, (b) =>
    b === 'sCR' || b === 'CR' ? 1 : b === 'VGPR' ? 0 : NaN,
  );
const cmax: Pick = (_, x) => x.cmax;
const auc28: Pick = (_, x) => x.auc28;
const aucLast: Pick = (_, x) => x.aucLast;
const crsHigh: Pick = (_, x) => x.crsHigh;
const ada: Pick = (f) => f.ada;

/**
 * Targets on columns made after annealing (PK, CRS, ADA, treatment): the paper's group
 * comparisons (t-test/Mann–Whitney stated; Mann–Whitney used here) and Fisher tests.
 * Stage B2 selects the PK-only latent draws for them; they never touch the hard counts.
 */
export const REPORT_TARGETS: readonly SoftTarget[] = [
  pSideTarget(
    'P08',
    'Cmax, sustained MRD-negative vs MRD-positive (Mann–Whitney)',
    'p = 0.009',
    true,
    mw(cmax, sustainedVsPositive),
    0.05,
    false,
  ),
  pSideTarget(
    'P09',
    'AUC0–28d, same groups',
    'p < 0.001',
    true,
    mw(auc28, sustainedVsPositive),
    0.05,
    false,
  ),
  pSideTarget(
    'P10',
    'AUC0–last, same groups',
    'p < 0.001',
    true,
    mw(aucLast, sustainedVsPositive),
    0.05,
    false,
  ),
  pSideTarget(
    'P14',
    'Cmax, CR/sCR vs below CR',
    'p = 0.036',
    true,
    mw(cmax, crVsBelowCr),
    0.05,
    false,
  ),
  pSideTarget('P15', 'Cmax, CR/sCR vs VGPR', 'p = 0.958', false, mw(cmax, crVsVgpr), 0.05, false),
  pSideTarget(
    'P17a',
    'Cmax by EMD/PCL',
    'no difference',
    false,
    mw(cmax, (f) => f.emdOrPcl),
    0.05,
    false,
  ),
  pSideTarget(
    'P17b',
    'Cmax by BM plasma cells ≥ 50%',
    'no difference',
    false,
    mw(cmax, (f) => f.bmHigh),
    0.05,
    false,
  ),
  pSideTarget(
    'P17c',
    'Cmax by high-risk CA',
    'no difference',
    false,
    mw(cmax, (f) => f.highRiskCa),
    0.05,
    false,
  ),
  pSideTarget(
    'P17d',
    'Cmax by prior CAR-T',
    'no difference',
    false,
    mw(cmax, (f) => f.priorCart),
    0.05,
    false,
  ),
  pSideTarget(
    'A04a',
    'Cmax, CRS 2–3 vs 0–1',
    'no difference',
    false,
    mw(cmax, crsHigh),
    0.05,
    false,
  ),
  pSideTarget(
    'A04b',
    'AUC0–28d, CRS 2–3 vs 0–1',
    'no difference',
    false,
    mw(auc28, crsHigh),
    0.05,
    false,
  ),
  pSideTarget(
    'A04c',
    'Persistence, CRS 2–3 vs 0–1',
    'no difference',
    false,
    mw((f) => f.persist, crsHigh),
    0.05,
    false,
  ),
  pSideTarget(
    'A06a',
    'CRS 2–3 vs CR by month 1 (Fisher)',
    'no difference',
    false,
    fisher(crsHigh, (f) => f.crByM1),
    0.05,
    false,
  ),
  pSideTarget(
    'A06b',
    'CRS 2–3 vs best response CR/sCR (Fisher)',
    'no difference',
    false,
    fisher(crsHigh, (f) => f.cr),
    0.05,
    false,
  ),
  pSideTarget('A08a', 'Cmax, ADA+ vs ADA−', 'p > 0.05', false, mw(cmax, ada), 0.05, false),
  pSideTarget('A08b', 'AUC0–28d, ADA+ vs ADA−', 'p > 0.05', false, mw(auc28, ada), 0.05, false),
  pSideTarget('A08c', 'AUC0–last, ADA+ vs ADA−', 'p > 0.05', false, mw(aucLast, ada), 0.05, false),
  ...(['tocilizumab', 'steroids'] as const).flatMap((k) =>
    (['pfs', 'os'] as const).map((end) =>
      pSideTarget(
        `H09-${k}-${end}`,
        `Cox ${end.toUpperCase()}: ${k}`,
        'not significant',
        false,
        (f) =>
          f.extra
            ? coxUnivariable(f[end], end === 'pfs' ? f.pfsEvent : f.osEvent, f.extra[k]).p
            : null,
        0.05,
        false,
      ),
    ),
  ),
];
