import type { Baseline } from './baseline';
import { proposeMove, type Undo } from './moves';
import type { Rng } from './prng';

export interface AnnealOptions {
  iterations: number;
  startTemperature: number;
  endTemperature: number;
  /** Called every `every` iterations with progress. */
  onProgress?: (it: number, temperature: number, current: number, best: number) => void;
  every?: number;
  /** Move proposal (default: proposeMove, the moves of calibration.md §5 stage B). */
  propose?: (b: Baseline, lat: Float64Array, rng: Rng) => Undo;
}

export interface AnnealResult {
  baseline: Baseline;
  latent: Float64Array;
  loss: number;
  accepted: number;
}

/**
 * Simulated annealing over one cohort realisation (calibration.md §5 stage B): propose a
 * move, keep it with the Metropolis rule at a geometrically cooling temperature, and
 * return the best state seen. The state is mutated in place; the best is kept as a copy.
 */
export function anneal(
  baseline: Baseline,
  latent: Float64Array,
  objective: (b: Baseline, lat: Float64Array) => number,
  rng: Rng,
  options: AnnealOptions,
): AnnealResult {
  const {
    iterations,
    startTemperature,
    endTemperature,
    every = 1000,
    propose = proposeMove,
  } = options;
  const cool = Math.pow(endTemperature / startTemperature, 1 / Math.max(1, iterations));
  let current = objective(baseline, latent);
  let best = { loss: current, baseline: cloneBaseline(baseline), latent: latent.slice() };
  let temperature = startTemperature;
  let accepted = 0;
  for (let it = 1; it <= iterations; it++) {
    const undo = propose(baseline, latent, rng);
    const next = objective(baseline, latent);
    if (next <= current || rng.uniform() < Math.exp((current - next) / temperature)) {
      current = next;
      accepted++;
      if (current < best.loss)
        best = { loss: current, baseline: cloneBaseline(baseline), latent: latent.slice() };
    } else {
      undo();
    }
    temperature *= cool;
    if (options.onProgress && it % every === 0)
      options.onProgress(it, temperature, current, best.loss);
  }
  return { baseline: best.baseline, latent: best.latent, loss: best.loss, accepted };
}

/** Deep copy of a baseline (typed arrays and plain arrays). */
export function cloneBaseline(b: Baseline): Baseline {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(b)) {
    out[k] = ArrayBuffer.isView(v) ? (v as Float64Array).slice() : Array.isArray(v) ? [...v] : v;
  }
  return out as unknown as Baseline;
}
