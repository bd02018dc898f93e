import { frameFromCohort } from './analysis-frame';
import type { Baseline } from './baseline';
import { simulateCohort } from './cohort';
import { mrdGe36WithoutCr, outcomeCounts } from './hard-counts';
import { hardError } from './hard-targets';
import type { TrueParams } from './params';
import type { SoftTarget } from './soft-target-kinds';

/** Weight of one unit of hard-count error (calibration.md §5: 10 × Σ|hard errors|). */
export const HARD_WEIGHT = 10;

/**
 * Annealing objective: 10 × Σ|hard-count errors| + Σ weight × (soft deviation / tolerance)².
 * Soft targets are evaluated with the explorer's own engine on the naive analysis columns.
 */
export function makeObjective(par: TrueParams, soft: readonly SoftTarget[]) {
  return (b: Baseline, lat: Float64Array): number => {
    const c = simulateCohort(b, lat, par);
    const hard = hardError(outcomeCounts(c)) + mrdGe36WithoutCr(c);
    if (soft.length === 0) return HARD_WEIGHT * hard;
    const frame = frameFromCohort(c);
    let s = 0;
    for (const t of soft) {
      const r = t.evaluate(frame);
      s += t.weight * r.dev * r.dev;
    }
    return HARD_WEIGHT * hard + s;
  };
}
