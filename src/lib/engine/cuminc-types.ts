import type { SurvivalSpec } from '../frame/survival-inputs';

/**
 * Cumulative incidence with a competing event (Aalen–Johansen) by the stratifier's groups, and
 * Gray's test: the MRD view's "loss of MRD negativity, death while MRD-negative competing".
 */
export interface CumincRequest extends Omit<SurvivalSpec, 'landmark' | 'subset'> {
  kind: 'cuminc';
  /** Months at which the cumulative incidence is reported (default 12 and 24). */
  times?: number[];
}

/** One cause's cumulative incidence curve in one group. */
export interface CumincCause {
  /** The status code (1 = lost MRD negativity, 2 = died while MRD-negative). */
  cause: number;
  events: number;
  /** The step function's corners, as cmprsk::cuminc returns them (0, each jump twice, last time). */
  time: number[];
  est: number[];
  var: number[];
  /** The cumulative incidence at the request's times (timepoints); null after the last follow-up. */
  at: { time: number; est: number | null; se: number | null }[];
}

export interface CumincGroup {
  value: string | number;
  label: string;
  n: number;
  causes: CumincCause[];
}

export interface CumincResult {
  request: CumincRequest;
  title: string;
  /** Time-axis title: months counted from where the endpoint's clock starts. */
  timeAxis: string;
  stratifierLabel: string | null;
  nUsed: number;
  nTotal: number;
  /** The causes, in status-code order, with their plain-language names. */
  causes: { cause: number; label: string }[];
  /** Groups with patients, reference first (as the Kaplan–Meier chart of the same endpoint). */
  groups: CumincGroup[];
  /** Gray's test per cause; empty with one group. */
  tests: { cause: number; stat: number | null; df: number; p: number | null }[];
  times: number[];
  methods: string[];
}
