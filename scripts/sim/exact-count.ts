import type { Rng } from './prng';

/**
 * Exactly k ones: the k patients with the highest score + N(0, noiseSd²) get 1.
 * This is a rank-threshold Gaussian copula: marginal counts are exact, and the
 * association with the score is tuned by the noise. Ties are broken by index.
 * @example
 * assignTopK(Float64Array.from([0.1, 2, -1]), 1, rng, 0); // Uint8Array [0, 1, 0]
 */
export function assignTopK(score: Float64Array, k: number, rng: Rng, noiseSd = 1): Uint8Array {
  const noisy = Array.from(score, (s, i) => ({ i, v: s + noiseSd * rng.normal() }));
  noisy.sort((a, b) => b.v - a.v || a.i - b.i);
  const out = new Uint8Array(score.length);
  for (let r = 0; r < k; r++) out[noisy[r].i] = 1;
  return out;
}

/**
 * Split patients into ordered categories of exact sizes by a noisy score:
 * the highest sizes[0] scores get category 0, the next sizes[1] category 1, and so on.
 */
export function assignByRank(
  score: Float64Array,
  sizes: readonly number[],
  rng: Rng,
  noiseSd = 1,
): Int32Array {
  const total = sizes.reduce((a, b) => a + b, 0);
  if (total !== score.length) throw new Error(`sizes sum to ${total}, expected ${score.length}`);
  const noisy = Array.from(score, (s, i) => ({ i, v: s + noiseSd * rng.normal() }));
  noisy.sort((a, b) => b.v - a.v || a.i - b.i);
  const out = new Int32Array(score.length);
  let r = 0;
  sizes.forEach((size, cat) => {
    for (let j = 0; j < size; j++) out[noisy[r++].i] = cat;
  });
  return out;
}

/** Give sorted values to patients in the order of a noisy score (highest score → highest value). */
export function permuteByScore(
  sortedValues: readonly number[],
  score: Float64Array,
  rng: Rng,
  noiseSd = 1,
): Float64Array {
  const order = Array.from(score, (s, i) => ({ i, v: s + noiseSd * rng.normal() }));
  order.sort((a, b) => a.v - b.v || a.i - b.i);
  const out = new Float64Array(score.length);
  order.forEach((o, r) => (out[o.i] = sortedValues[r]));
  return out;
}
