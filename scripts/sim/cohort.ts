import type { Baseline } from './baseline';
import { truePath, type TruePath } from './events';
import { observe, type ObservedCore } from './observe';
import type { TrueParams } from './params';

/** One simulated cohort: baseline, latent draws, true paths and what was observed. */
export interface Cohort {
  baseline: Baseline;
  latent: Float64Array;
  paths: TruePath[];
  observed: ObservedCore[];
}

/** Index of the non-responder with CAR-T expansion failure (persistence 0): the first one. */
export function expansionFailureIndex(b: Baseline): number {
  return b.tier.indexOf(0);
}

/** Run the event and observation processes for every patient. */
export function simulateCohort(baseline: Baseline, latent: Float64Array, par: TrueParams): Cohort {
  const firstNr = expansionFailureIndex(baseline);
  const paths: TruePath[] = [];
  const observed: ObservedCore[] = [];
  for (let i = 0; i < baseline.n; i++) {
    const p = truePath(baseline, latent, i, par, firstNr);
    paths.push(p);
    observed.push(observe(baseline, latent, i, p));
  }
  return { baseline, latent, paths, observed };
}
