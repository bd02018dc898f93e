/**
 * The TRUE data-generating parameters (θ) of the simulated cohort, in months from infusion.
 * Stage A of calibration.md §5 (prototype best_par2.txt, ported and re-tuned); they are
 * recorded in the Arrow metadata so the explorer can show "truth vs naive estimate".
 * The published hazard ratios are targets for the NAIVE estimators, not values of θ.
 */
export interface TrueParams {
  /** Baseline hazard of losing bone-marrow MRD negativity, per month. */
  lamLoss: number;
  /** Log hazard ratios on MRD loss. */
  bTriple: number;
  bBmHigh: number;
  bHighRiskCa: number;
  bNonCr: number;
  bCrAfterM3: number;
  /** Time-dependent effect: log hazard ratio on MRD loss after the true loss of CAR-T cells. */
  bCarLoss: number;
  /** T-cell fitness lowers the MRD-loss hazard by exp(−bFitness·F). */
  bFitness: number;
  sdFrailty: number;
  /** Hazard multiplier before earlyEnd months and after lateStart months (plateau). */
  earlyEnd: number;
  earlyMult: number;
  lateStart: number;
  lateMult: number;
  /** Share of progressions without a preceding bone-marrow MRD loss (extramedullary/serological). */
  pDirectPd: number;
  /** Lag from MRD loss to progression: log-normal median and log-SD (months). */
  gapMedian: number;
  gapSdLog: number;
  /** Non-relapse mortality per month: months 1–3 and later (analysis set survived month 1). */
  lamNrmEarly: number;
  lamNrm: number;
  /** Median survival after progression (months) and its log hazard ratios. */
  postPdMedian: number;
  gTriple: number;
  gHighRiskCa: number;
  gFitness: number;
  /** CAR-T persistence: long-persister share, medians (months) and spreads. */
  pLong: number;
  medianLong: number;
  sdLogLong: number;
  medianShort: number;
  sdLogShort: number;
  /** Correlation of the persistence propensity with T-cell fitness. */
  fitnessToPersistence: number;
  /** ADA shifts the persistence propensity (negative = shorter persistence). */
  bAdaPersistence: number;
  /** Non-responders progress uniformly between these months. */
  nrPdFrom: number;
  nrPdTo: number;
  /** PK: median Cmax (copies/µg gDNA), log-SD, loading on fitness, LLOQ. */
  cmaxMedian: number;
  cmaxSdLog: number;
  cmaxFitness: number;
  pkLloq: number;
  pkNoiseSdLog: number;
}

export const TRUE_PARAMS: TrueParams = {
  lamLoss: 0.004,
  bTriple: 1.8,
  bBmHigh: 0.5,
  bHighRiskCa: 0.9,
  bNonCr: 1.8,
  bCrAfterM3: 0.4,
  bCarLoss: 1.6,
  bFitness: 0.5,
  sdFrailty: 0.5,
  earlyEnd: 9,
  earlyMult: 0.35,
  lateStart: 30,
  lateMult: 0.2,
  pDirectPd: 0.15,
  gapMedian: 3,
  gapSdLog: 0.8,
  lamNrmEarly: 0.01,
  lamNrm: 0.002,
  postPdMedian: 60,
  gTriple: 2.3,
  gHighRiskCa: 1.2,
  gFitness: 0.6,
  pLong: 0.4,
  medianLong: 38,
  sdLogLong: 0.6,
  medianShort: 9,
  sdLogShort: 0.35,
  fitnessToPersistence: 0.7,
  bAdaPersistence: -1.5,
  nrPdFrom: 1.2,
  nrPdTo: 4.2,
  cmaxMedian: 30000,
  cmaxSdLog: 0.9,
  cmaxFitness: 0.5,
  pkLloq: 10,
  pkNoiseSdLog: 0.25,
};

/** Days per month for every conversion (365.25 / 12); calibration.md §2, C22. */
export const MONTH_DAYS = 30.4375;
/** The data cut-off (not a patient date), used only to derive the infusion year. */
export const CUTOFF_ISO = '2024-06-01';
