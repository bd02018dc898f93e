import { decodeTable } from '../../src/lib/data/decode';
import { frameFromCohort, frameFromTable } from './analysis-frame';
import { anneal } from './anneal';
import { encodeCohortArrow } from './arrow-writer';
import { assembleCohort, type SimPatient } from './assemble';
import { drawBaseline } from './baseline';
import { simulateCohort, type Cohort } from './cohort';
import { drawLatent } from './latent';
import { cohortMetadata } from './metadata';
import { makeObjective } from './objective';
import { MONTH_DAYS, TRUE_PARAMS, type TrueParams } from './params';
import { selectPkDraws } from './pk-select';
import { createRng, deriveSeed } from './prng';
import { LOOP_SOFT_TARGETS } from './soft-targets';

export interface GenerateOptions {
  seed: number;
  /** Stage 1 (hard counts only), stage 2 (soft targets, hard counts kept exact), stage B2 (PK draws). */
  iterations: { feasibility: number; calibration: number; pk: number };
  log?: (message: string) => void;
  /** Data-generating parameters θ (default TRUE_PARAMS, the shipped ones). */
  params?: TrueParams;
}

export interface Generated {
  patients: SimPatient[];
  bytes: Uint8Array;
  /** True if stage 1 made every annealed hard count exact. */
  hardExact: boolean;
}

/**
 * The whole generator (calibration.md §4–5): exact-count baseline, latent draws, annealing in
 * two stages, PK selection, assembly and Arrow encoding. A pure function of the options.
 */
export function generateCohort(options: GenerateOptions): Generated {
  const { seed, iterations } = options;
  const par = options.params ?? TRUE_PARAMS;
  const log = options.log ?? (() => {});
  const baseline = drawBaseline(createRng(deriveSeed(seed, 1)));
  const latent = drawLatent(baseline.n, createRng(deriveSeed(seed, 2)));
  // stage 1, restarted from its best state with fresh streams until every hard count is exact
  let s1 = { baseline, latent, loss: Infinity };
  for (let round = 0; round < 3 && s1.loss > 0; round++) {
    s1 = anneal(
      s1.baseline,
      s1.latent,
      makeObjective(par, []),
      createRng(deriveSeed(seed, 3 + 10 * round)),
      {
        iterations: iterations.feasibility,
        startTemperature: round === 0 ? 50 : 5,
        endTemperature: 0.05,
      },
    );
  }
  log(
    `stage 1 (hard counts): loss ${s1.loss.toFixed(2)}${s1.loss === 0 ? ', all exact' : ', NOT exact'}`,
  );
  const objective = makeObjective(par, LOOP_SOFT_TARGETS, s1.loss === 0);
  const s2 = anneal(s1.baseline, s1.latent, objective, createRng(deriveSeed(seed, 4)), {
    iterations: iterations.calibration,
    startTemperature: 5,
    endTemperature: 0.02,
    every: 2500,
    onProgress: (it, _t, cur, best) =>
      log(`stage 2 iteration ${it}: loss ${cur.toFixed(2)} (best ${best.toFixed(2)})`),
  });
  log(`stage 2 (soft targets): loss ${s2.loss.toFixed(2)}`);
  const cohort = simulateCohort(s2.baseline, s2.latent, par);
  const pkLatent = selectPkDraws(cohort, par, seed, iterations.pk);
  const patients = assembleCohort({ ...cohort, latent: pkLatent }, par, seed);
  log('stage B2 (PK draws) done');
  const bytes = encodeCohortArrow(patients, cohortMetadata({ seed, iterations }, par));
  checkFastPathAgrees(cohort, bytes);
  return { patients, bytes, hardExact: s1.loss === 0 };
}

/** The annealing's inline derivations must agree with deriveColumns on the stored table. */
function checkFastPathAgrees(cohort: Cohort, bytes: Uint8Array): void {
  const fast = frameFromCohort(cohort);
  const stored = frameFromTable(decodeTable(bytes, 'demo-cohort.arrow').table, MONTH_DAYS);
  for (const t of LOOP_SOFT_TARGETS) {
    const [a, b] = [t.evaluate(fast).value, t.evaluate(stored).value];
    if (a !== b && !(a !== null && b !== null && Math.abs(a - b) < 1e-9)) {
      throw new Error(`fast path and deriveColumns disagree on ${t.id}: ${a} vs ${b}`);
    }
  }
}
