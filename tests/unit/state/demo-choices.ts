import { readFileSync } from 'node:fs';
import { createEngine } from '../../../src/lib/engine/engine';
import type { SurvivalChoices } from '../../../src/lib/state/survival-plan';

/** The engine with the demo cohort loaded. */
export const demoEngine = createEngine();
demoEngine.load(new Uint8Array(readFileSync('public/data/demo-cohort.arrow')), 'demo-cohort.arrow');

/** The demo cohort's column list, as the engine gives it. */
export const demoColumns = demoEngine.run({ kind: 'columns' });

/** A survival view of all patients on PFS, with the given choices changed. */
export const chooseSurvival = (c: Partial<SurvivalChoices> = {}): SurvivalChoices => ({
  endpoint: 'pfs',
  stratifier: null,
  cut: null,
  reference: null,
  exclude: [],
  asPublished: false,
  facet: null,
  ...c,
});
