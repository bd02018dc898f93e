import { MRD_COX_TARGETS } from './soft-targets-mrd-cox';
import { SURVIVAL_TARGETS } from './soft-targets-survival';
import type { SoftTarget } from './soft-target-kinds';

/** Soft targets that the annealing can see (calibration.md §1c); outcome columns only. */
export const LOOP_SOFT_TARGETS: readonly SoftTarget[] = [...SURVIVAL_TARGETS, ...MRD_COX_TARGETS];
