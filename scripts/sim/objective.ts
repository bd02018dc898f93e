import { frameFromCohort } from './analysis-frame';
import type { Baseline } from './baseline';
import { simulateCohort } from './cohort';
import { mrdGe36WithoutCr, outcomeCounts } from './hard-counts';
import { hardError } from './hard-targets';
import type { TrueParams } from './params';
import type { SoftTarget } from './soft-target-kinds';

/** Weight of one unit of hard-count error (calibration.md §5: 10 × Σ|hard errors|). */
export const HARD_WEIGHT = 10;

/** Σ weight × (deviation / tolerance)² over soft targets, on the naive analysis columns. */
export function softLoss(
  soft: readonly SoftTarget[],
  frame: ReturnType<typeof frameFromCohort>,
): number {
  let s = 0;
  for (const t of soft) {
    const r = t.evaluate(frame);
    s += t.weight * r.dev * r.dev;
  }
  return s;
}

/**
 * Annealing objective: 10 × Σ|hard-count errors| + Σ weight × (soft deviation / tolerance)².
 * With `constrained`, a state that breaks any hard count is infeasible (Infinity) and the
 * soft targets are not even computed: once the counts are exact (stage 1), stage 2 only
 * explores exact states, which saves most of the engine calls.
 */
export function makeObjective(par: TrueParams, soft: readonly SoftTarget[], constrained = false) {
  return (b: Baseline, lat: Float64Array): number => {
    const c = simulateCohort(b, lat, par);
    const hard = hardError(outcomeCounts(c)) + mrdGe36WithoutCr(c);
    if (hard > 0 && constrained) return Infinity;
    if (soft.length === 0) return HARD_WEIGHT * hard;
    return HARD_WEIGHT * hard + softLoss(soft, frameFromCohort(c));
  };
}
