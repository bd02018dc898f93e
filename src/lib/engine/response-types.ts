/**
 * The response view's request and result (engine kind `response`), kept apart from types.ts so
 * that file only lists the kinds. Every value is structured-clone-safe; R's NA is null.
 */
import type { ResponseSpec } from '../frame/response-inputs';

export type { ResponseSpec };

/** Response rates, response over time, and response by triple/penta-refractory status. */
export interface ResponseRequest extends ResponseSpec {
  kind: 'response';
}

/** The three rates the view reports. */
export type RateId = 'orr' | 'cr' | 'mrd';
/** The three "time to first …" the view reports. */
export type FirstId = 'response' | 'cr' | 'mrd';

/** x of n with the exact (Clopper–Pearson) 95 % CI; estimate and limits null when n = 0. */
export interface Proportion {
  x: number;
  n: number;
  estimate: number | null;
  lower: number | null;
  upper: number | null;
}

/** Median and range (months) of a time among the patients who reached it. */
export interface TimeToFirst {
  n: number;
  median: number | null;
  min: number | null;
  max: number | null;
}

/** One group's rates and times (the whole cohort has value null). */
export interface ResponseGroup {
  value: string | number | null;
  label: string;
  /** Patients in the group. */
  n: number;
  rates: Record<RateId, Proportion>;
  times: Record<FirstId, TimeToFirst>;
}

/**
 * The conditional maximum-likelihood odds ratio with its exact 95 % CI (R's fisher.test), of the
 * second group against the first. `infinite`: every patient of the second group had the outcome
 * (or none of the first did), so the estimate and the upper limit are infinite (null here);
 * all null without `infinite`: not estimable (no patient, or every patient, had the outcome).
 */
export interface OddsRatio {
  estimate: number | null;
  lower: number | null;
  upper: number | null;
  infinite: boolean;
}

/** Fisher's exact test of one rate across groups. */
export interface RateTest {
  rate: RateId;
  /** Rows = groups in order, columns = [had it, did not]. */
  table: number[][];
  p: number | null;
  /** Two groups only. */
  oddsRatio: OddsRatio | null;
  /** Why p is missing, in plain words. */
  note: string | null;
}

/** Response rates by one baseline factor and their tests (the paper's Fig. S4). */
export interface FactorComparison {
  column: string;
  label: string;
  /** Patients with the factor known. */
  nUsed: number;
  groups: ResponseGroup[];
  tests: RateTest[];
}

/** One band of the response-over-time chart, deepest response first. */
export interface ResponseBand {
  id: 'sCR' | 'CR' | 'VGPR' | 'PR' | 'MR/SD' | 'none' | 'progressed' | 'ended';
  /** Short label for the legend (abbreviations allowed). */
  label: string;
  /** The band in plain words. */
  title: string;
}

/** One group's bands month by month. */
export interface ResponsePanel {
  label: string;
  /** Patients counted at every month (the denominator stays the same). */
  n: number;
  /** counts[b][j]: patients in band b at months[j]; the bands sum to n at every month. */
  counts: number[][];
  /** Patients who had reached CR or better by months[j], whatever happened after. */
  everCr: number[];
}

export interface ResponseOverTime {
  months: number[];
  bands: ResponseBand[];
  panels: ResponsePanel[];
  /** The rule, in words, for the caption. */
  rule: string;
}

export interface ResponseResult {
  request: ResponseRequest;
  title: string;
  stratifierLabel: string | null;
  nTotal: number;
  /** Patients with a known group (all patients without a stratifier). */
  nGrouped: number;
  overall: ResponseGroup;
  /** By the stratifier, in R's level order; empty without one. */
  groups: ResponseGroup[];
  /** Each rate across the stratifier's groups; empty with fewer than two groups. */
  tests: RateTest[];
  /** Response by triple- and penta-refractory status, whichever the dataset has. */
  factors: FactorComparison[];
  /** Null when the dataset has no response assessments (`overTimeNote` says so). */
  overTime: ResponseOverTime | null;
  overTimeNote: string | null;
  /** What each rate counts, over whom, and why. */
  denominators: Record<RateId, string>;
  methods: string[];
}
