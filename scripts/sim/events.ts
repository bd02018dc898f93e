import type { Baseline } from './baseline';
import { K, L } from './latent';
import { normalQuantile } from './normal-quantile';
import { MONTH_DAYS, type TrueParams } from './params';

/** The true (partly unobserved) multi-state path of one patient, in whole days. */
export interface TruePath {
  /** Visit day of first MRD negativity (null: never negative, the non-responders). */
  t0Day: number | null;
  /** Last day the CAR transgene is truly detectable (−1: never, expansion failure). */
  carDay: number;
  /** True day of MRD loss (Infinity: never within the horizon). */
  lossDay: number;
  /** True day of progression (may be after the cut-off). */
  pdDay: number;
  /** True day of death without progression. */
  nrmDay: number;
  /** True day of death after progression. */
  postPdDeathDay: number;
}

const HORIZON = 500; // months: "never" inside the follow-up

/** Patients' derived flags the hazards use. */
export function isTriple(b: Baseline, i: number): boolean {
  return b.piRefractory[i] === 1 && b.imidRefractory[i] === 1 && b.mabRefractory[i] === 1;
}
export function isHighRiskCa(b: Baseline, i: number): boolean {
  return b.fishEvaluable[i] === 1 && (b.del17p[i] === 1 || b.t414[i] === 1 || b.t1416[i] === 1);
}

/**
 * Time to an event under a piecewise-constant hazard, solved from H = −log(u).
 * knots: sorted change points; rate(t) the hazard on [knot, next knot).
 */
function piecewiseTime(
  u: number,
  start: number,
  knots: number[],
  rate: (t: number) => number,
): number {
  const target = -Math.log(u);
  const cuts = [start, ...knots.filter((k) => k > start).sort((a, b) => a - b), HORIZON];
  let cum = 0;
  for (let j = 0; j < cuts.length - 1; j++) {
    const r = rate(cuts[j]);
    const piece = r * (cuts[j + 1] - cuts[j]);
    if (cum + piece >= target) return cuts[j] + (target - cum) / r;
    cum += piece;
  }
  return Infinity;
}

const toDay = (months: number): number =>
  Number.isFinite(months) ? Math.ceil(months * MONTH_DAYS) : Infinity;

/**
 * The multi-state process of calibration.md §4 step 3 for patient i: first MRD negativity,
 * true CAR-T persistence (mixture), MRD loss (piecewise-exponential, raised after CAR-T loss),
 * progression after a log-normal lag (or directly), death without / after progression.
 */
export function truePath(
  b: Baseline,
  lat: Float64Array,
  i: number,
  par: TrueParams,
  firstNr: number,
): TruePath {
  const z = (f: keyof typeof L): number => lat[i * K + L[f]];
  const tier = b.tier[i];
  const triple = isTriple(b, i) ? 1 : 0;
  const hr = isHighRiskCa(b, i) ? 1 : 0;
  const fit = z('zFitness');
  const rho = par.fitnessToPersistence;
  const zc = rho * fit + Math.sqrt(1 - rho * rho) * z('zCar');
  const longClass = zc + par.bAdaPersistence * b.ada[i] > normalQuantile(1 - par.pLong);
  let car = longClass
    ? Math.exp(Math.log(par.medianLong) + par.sdLogLong * (2 * z('uLong') - 1))
    : Math.exp(Math.log(par.medianShort) + par.sdLogShort * zc);
  car = Math.max(car, 1);
  const carDay = i === firstNr ? -1 : Math.floor(car * MONTH_DAYS);

  const nrmMonths = piecewiseTime(z('uNrm'), 1, [3], (t) => (t < 3 ? par.lamNrmEarly : par.lamNrm));
  const postRate =
    (Math.LN2 / par.postPdMedian) *
    Math.exp(par.gTriple * triple + par.gHighRiskCa * hr - par.gFitness * fit);
  if (tier === 0) {
    const pd = par.nrPdFrom + (par.nrPdTo - par.nrPdFrom) * z('uNr');
    return {
      t0Day: null,
      carDay,
      lossDay: Infinity,
      pdDay: toDay(pd),
      nrmDay: toDay(nrmMonths),
      postPdDeathDay: toDay(pd - Math.log(z('uPost')) / postRate),
    };
  }
  const u0 = z('uT0');
  const t0Day = u0 < 0.6 ? 14 : u0 < 0.9 ? 28 : 61;
  const t0 = t0Day / MONTH_DAYS;
  const h1 =
    par.lamLoss *
    Math.exp(
      par.bTriple * triple +
        par.bBmHigh * (b.bmPc[i] >= 50 ? 1 : 0) +
        par.bHighRiskCa * hr +
        par.bNonCr * (tier === 1 ? 1 : 0) +
        par.bCrAfterM3 * (tier === 2 ? 1 : 0) -
        par.bFitness * fit +
        par.sdFrailty * z('zFrailty'),
    );
  const rate = (t: number): number =>
    h1 *
    (t < par.earlyEnd ? par.earlyMult : t >= par.lateStart ? par.lateMult : 1) *
    (t >= car ? Math.exp(par.bCarLoss) : 1);
  const loss = piecewiseTime(z('uLoss'), t0, [par.earlyEnd, par.lateStart, car], rate);
  const direct = z('uDirect') < par.pDirectPd;
  const pd = direct ? loss : loss + Math.exp(Math.log(par.gapMedian) + par.gapSdLog * z('zGap'));
  return {
    t0Day,
    carDay,
    lossDay: toDay(loss),
    pdDay: Math.max(toDay(pd), toDay(loss)),
    nrmDay: toDay(nrmMonths),
    postPdDeathDay: toDay(pd - Math.log(z('uPost')) / postRate),
  };
}
