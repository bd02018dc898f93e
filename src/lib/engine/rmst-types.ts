import type { RmstComparison } from '../stats/rmst-difference';

export type { RmstComparison };

/** One group's restricted mean survival time up to τ, with its 95% CI (estimate ± 1.96 se). */
export interface GroupRmst {
  estimate: number;
  se: number;
  lower: number;
  upper: number;
}

/** Restricted mean survival time (RMST) of every group of a survival view at one τ. */
export interface SurvivalRmst {
  /** The horizon, in the endpoint's time unit (months). */
  tau: number;
  /** 'chosen': the request's `tau`; 'default': the largest time every group reaches. */
  tauRule: 'chosen' | 'default';
  /** The groups' last observed times are all ≥ τ (otherwise a curve is extended flat to τ). */
  withinFollowUp: boolean;
  /** Per group, in the order of SurvivalResult.groups. */
  groups: GroupRmst[];
  /** Each group vs the reference (null for the reference itself, and with one group). */
  comparisons: (RmstComparison | null)[];
  method: string;
}
