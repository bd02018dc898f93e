import type { Rng } from './prng';

/**
 * Per-patient latent draws of the outcome process. Annealing (calibration.md §5 stage B)
 * redraws a whole row, or one entry. Names starting with z are N(0, 1), u are U(0, 1).
 */
export const LATENT_FIELDS = [
  'zFitness', // T-cell fitness F
  'zFrailty', // frailty b on the MRD-loss hazard
  'zCar', // persistence propensity (with F)
  'zGap', // MRD loss → progression lag
  'zPk', // CAR-T expansion (Cmax) beyond fitness
  'uLoss', // MRD-loss time
  'uNrm', // death without progression
  'uPost', // death after progression
  'uT0', // visit of first MRD negativity
  'uLong', // position inside the long-persister range
  'uNr', // progression time of non-responders
  'uDirect', // progression without preceding MRD loss
  'uCr', // visit of first CR inside the tier
  'uResp', // visit of first response
  'uSeed', // seed of the observation noise (PK values, 'ne' results, ADA visit)
] as const;

export type LatentField = (typeof LATENT_FIELDS)[number];
export const K = LATENT_FIELDS.length;
export const L: Record<LatentField, number> = Object.fromEntries(
  LATENT_FIELDS.map((f, i) => [f, i]),
) as Record<LatentField, number>;

export function isNormalField(k: number): boolean {
  return LATENT_FIELDS[k].startsWith('z');
}

/** Draw one value of latent field k. */
export function drawLatentValue(k: number, rng: Rng): number {
  return isNormalField(k) ? rng.normal() : rng.uniform();
}

/** n × K latent matrix, row-major. */
export function drawLatent(n: number, rng: Rng): Float64Array {
  const out = new Float64Array(n * K);
  for (let i = 0; i < n; i++) for (let k = 0; k < K; k++) out[i * K + k] = drawLatentValue(k, rng);
  return out;
}

/**
 * A small step from the current value: an autoregressive step for normals, and a
 * multiplicative step on −log(u) for uniforms, so tiny tail probabilities are reachable.
 */
export function perturbLatentValue(k: number, value: number, rng: Rng): number {
  if (isNormalField(k)) return 0.8 * value + 0.6 * rng.normal();
  const e = -Math.log(value) * Math.exp(rng.normal());
  return Math.min(1 - 1e-12, Math.max(1e-12, Math.exp(-e)));
}
