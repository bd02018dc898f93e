import { from } from 'arquero';
import { frameFromTable } from './analysis-frame';
import { anneal } from './anneal';
import { assembleCohort } from './assemble';
import type { Cohort } from './cohort';
import { K, L, drawLatentValue } from './latent';
import type { Undo } from './moves';
import { MONTH_DAYS, type TrueParams } from './params';
import { createRng, deriveSeed } from './prng';
import { REPORT_TARGETS } from './report-targets';

const PK_FIELDS = [L.zPk, L.uSeed];

/**
 * Stage B2: select the PK-only latent draws (expansion zPk and the observation-noise seed)
 * for the group comparisons on PK, CRS and ADA. These draws do not enter the event or
 * observation processes, so the hard counts and the outcome targets cannot change.
 */
export function selectPkDraws(
  c: Cohort,
  par: TrueParams,
  seed: number,
  iterations: number,
): Float64Array {
  const objective = (lat: Float64Array): number => {
    const patients = assembleCohort({ ...c, latent: lat }, par, seed);
    const frame = frameFromTable(from(patients.map((p) => p.record)), MONTH_DAYS);
    let s = 0;
    for (const t of REPORT_TARGETS) {
      const r = t.evaluate(frame);
      s += t.weight * r.dev * r.dev;
    }
    return s;
  };
  const propose = (_b: unknown, lat: Float64Array, rng: ReturnType<typeof createRng>): Undo => {
    const i = rng.int(c.baseline.n);
    const k = PK_FIELDS[rng.int(PK_FIELDS.length)];
    const old = lat[i * K + k];
    lat[i * K + k] = drawLatentValue(k, rng);
    return () => (lat[i * K + k] = old);
  };
  const result = anneal(
    c.baseline,
    c.latent.slice(),
    (_b, lat) => objective(lat),
    createRng(deriveSeed(seed, 5)),
    {
      iterations,
      startTemperature: 2,
      endTemperature: 0.01,
      propose,
    },
  );
  return result.latent;
}
