/**
 * The time-dependent analysis of a post-baseline stratifier (pitfalls P1–P3): request and result.
 * Plain, structured-clone-safe objects; times in months since CAR-T infusion.
 */
import type { EndpointId } from '../data/endpoints';
import type { TdCovariateId } from '../data/time-dependent-covariates';
import type { KmStep } from '../stats/kaplan-meier';

export interface TimeDependentRequest {
  kind: 'timeDependent';
  endpoint: EndpointId;
  covariate: TdCovariateId;
  /** X of "MRD-negative for ≥ X months". */
  months?: number;
  /** Landmarks (months after infusion) of the sensitivity table; default: the covariate's. */
  landmarks?: number[];
  /** The baseline-grouped stratifier shown for comparison; default: the covariate's. */
  naive?: string;
}

/** One hazard ratio (state held vs not held), with its method and the patients it used. */
export interface TdHazardRatio {
  method: string;
  hr: number | null;
  lower: number | null;
  upper: number | null;
  p: number | null;
  /** Patients used / in the dataset, and events among them. */
  nUsed: number;
  nTotal: number;
  events: number;
  /** Patients in the "held" group and their events (at baseline, at the landmark, or ever). */
  nHeld: number;
  eventsHeld: number;
  /** Monotone likelihood (R: "coefficient may be infinite"): HR tends to 0 or ∞, no CI or p. */
  infinite: boolean;
  /** Why there is no HR (one group empty or no event), or null. */
  note: string | null;
}

export interface TdLandmarkRow extends TdHazardRatio {
  landmark: number;
  /** Patients with an event or censored at or before the landmark. */
  nExcluded: number;
}

/** One Simon–Makuch curve: the state held (1) or not (0). */
export interface TdCurve {
  value: 0 | 1;
  label: string;
  /** Patients who spent time in this state, intervals (split rows) and events in this curve. */
  patients: number;
  intervals: number;
  events: number;
  steps: KmStep[];
}

export interface TimeDependentResult {
  request: TimeDependentRequest;
  title: string;
  endpointLabel: string;
  covariateLabel: string;
  /** How z(t) is built, in plain words. */
  covariateRule: string;
  timeAxis: string;
  nTotal: number;
  /** Patients in the counting-process data, their split rows and events. */
  nPatients: number;
  nIntervals: number;
  events: number;
  excluded: { reason: string; n: number }[];
  timeDependent: TdHazardRatio;
  curves: TdCurve[];
  landmarks: TdLandmarkRow[];
  naive: (TdHazardRatio & { column: string; label: string }) | null;
  methods: string[];
  /** The fixed caption under every time-dependent or landmark result (pitfalls P3). */
  caption: string;
}
