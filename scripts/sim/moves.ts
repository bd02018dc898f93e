import type { Baseline } from './baseline';
import { K, drawLatentValue, perturbLatentValue } from './latent';
import type { Rng } from './prng';

/** Groups of baseline columns that travel together when two patients swap (counts preserved). */
export const SWAP_BUNDLES: Record<string, (keyof Baseline)[]> = {
  exposure: [
    'piExposed',
    'imidExposed',
    'mabExposed',
    'piRefractory',
    'imidRefractory',
    'mabRefractory',
    'nPiRefractory',
    'nImidRefractory',
  ],
  fish: ['fishEvaluable', 'del17p', 't414', 't1416'],
  bm: ['bmPc'],
  ada: ['ada'],
  followUp: ['fuDay'],
  tier: ['tier'],
  emd: ['emd', 'pcl'],
  priorCart: ['priorCart'],
  priorAsct: ['priorAsct'],
  age: ['age'],
};
const BUNDLE_NAMES = Object.keys(SWAP_BUNDLES);

type Indexable = { [i: number]: unknown };

/** An applied move and how to undo it. */
export type Undo = () => void;

/**
 * Propose one annealing move in place (calibration.md §5 stage B) and return its undo:
 * (i) redraw one patient's latent row, (ii) swap a bundle of baseline columns between two
 * patients, (iii) redraw one latent value, or (iv) take a small step in one latent value.
 */
export function proposeMove(b: Baseline, lat: Float64Array, rng: Rng): Undo {
  const n = b.n;
  const r = rng.uniform();
  if (r < 0.5) {
    const i = rng.int(n);
    const saved = lat.slice(i * K, (i + 1) * K);
    for (let k = 0; k < K; k++) lat[i * K + k] = drawLatentValue(k, rng);
    return () => lat.set(saved, i * K);
  }
  if (r < 0.7) {
    const name = BUNDLE_NAMES[rng.int(BUNDLE_NAMES.length)];
    let i = rng.int(n);
    let j = rng.int(n);
    if (name === 'tier') {
      // response tiers move only among responders; non-responders stay fixed
      const responders = [...b.tier.keys()].filter((x) => b.tier[x] > 0);
      i = responders[rng.int(responders.length)];
      j = responders[rng.int(responders.length)];
    }
    const swap = (): void => {
      for (const col of SWAP_BUNDLES[name]) {
        const arr = b[col] as unknown as Indexable;
        const t = arr[i];
        arr[i] = arr[j];
        arr[j] = t;
      }
    };
    swap();
    return swap;
  }
  const i = rng.int(n);
  const k = rng.int(K);
  const old = lat[i * K + k];
  lat[i * K + k] = r < 0.8 ? drawLatentValue(k, rng) : perturbLatentValue(k, old, rng);
  return () => (lat[i * K + k] = old);
}
