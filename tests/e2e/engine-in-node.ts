import { readFileSync } from 'node:fs';
import { createEngine } from '../../src/lib/engine/engine';

/** The same engine the worker runs, loaded in Node with the demo cohort: the expected numbers. */
export function demoEngine() {
  const engine = createEngine();
  const bytes = new Uint8Array(readFileSync('public/data/demo-cohort.arrow'));
  const out = engine.load(bytes, 'demo-cohort.arrow');
  if (!out.ok) throw new Error('demo cohort failed to load');
  return engine;
}
