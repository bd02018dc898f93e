/**
 * Request and result of the CAR-T kinetics comparison (engine kind 'kinetics'): per-patient
 * Cmax, Tmax, AUCs and persistence, their quartiles per group, the test of each, and the
 * transgene curves. Structured-clone-safe; added to the union in types.ts.
 */
import type { Level } from '../frame/factor';
import type { AucMethod } from '../stats/kinetics';
import type { Quartiles } from '../stats/quantile';
import type { VisitMedian } from '../stats/visit-medians';

export type { AucMethod, Quartiles, VisitMedian };

/** Rank tests (Mann–Whitney, Kruskal–Wallis) or tests of means (Welch's t, Welch's ANOVA). */
export type KineticsTest = 'rank' | 'welch';

export interface KineticsRequest {
  kind: 'kinetics';
  /** Column defining the groups; null = all patients. */
  groupBy: string | null;
  cut?: number;
  asPublished?: boolean;
  exclude?: (number | string)[];
  /** Default 'rank'. */
  test?: KineticsTest;
  /** Default 'linear'. */
  auc?: AucMethod;
}

export type KineticsMetricId = 'cmax' | 'tmax' | 'auc28' | 'aucLast' | 'persistence';

export interface KineticsSample {
  day: number;
  /** Copies/µg DNA; 0 for a sample below the limit of quantification. */
  copies: number;
  blq: boolean;
}

export interface KineticsPatient {
  id: string;
  /** Index into the result's groups. */
  group: number;
  cmax: number | null;
  tmax: number | null;
  auc28: number | null;
  aucLast: number | null;
  /** Months to the last detectable sample. */
  persistence: number | null;
  /** True when the last sample was still detectable (persistence is then a lower bound). */
  persistenceCensored: boolean | null;
  lastSampleDay: number | null;
  samples: KineticsSample[];
}

/** A test across the groups, named as it is on screen, with the R call it matches. */
export interface GroupComparison {
  /** Plain name with its variant, e.g. "Mann–Whitney U test (normal approximation, continuity correction)". */
  method: string;
  /** Short name drawn on the chart, e.g. "Mann–Whitney". */
  short: string;
  rCall: string;
  statistic: { name: string; value: number } | null;
  /** Degrees of freedom (none for Mann–Whitney, one for χ² and t, two for F). */
  df: number[];
  p: number | null;
}

export interface KineticsMetric {
  id: KineticsMetricId;
  /** Short label ("Cmax") and a plain title ("Peak expansion (Cmax)"). */
  label: string;
  title: string;
  unit: string;
  /** Log scale for copies and AUCs (they span orders of magnitude). */
  scale: 'log' | 'linear';
  /** Patients with a value. */
  nUsed: number;
  /** Per group (same order as the result's groups): n, quartiles (R type 7), min, max. */
  groups: Quartiles[];
  test: GroupComparison | null;
  /** Why there is no test, in plain words. */
  note: string | null;
  /** What to keep in mind reading this measurement (censoring, sampling length), in plain words. */
  caveat: string | null;
}

export interface KineticsComparison {
  request: KineticsRequest;
  title: string;
  groupLabel: string | null;
  /** Groups with patients, in R's level order; n = patients with kinetics. */
  groups: Level[];
  source: 'samples' | 'summary';
  test: KineticsTest;
  auc: AucMethod;
  patients: KineticsPatient[];
  metrics: KineticsMetric[];
  /** Scheduled sampling days, and per group the median copies at each (≥ 3 patients). */
  schedule: number[];
  curves: VisitMedian[][];
  nUsed: number;
  nTotal: number;
  /** Plain-language method names shown beside the numbers. */
  methods: string[];
}
