import { loadDataset } from '../../src/lib/data/load-dataset';
import { createEngine } from '../../src/lib/engine/engine';
import type { EngineApi } from '../../src/lib/engine/types';
import { AnalysisFrame } from '../../src/lib/frame/analysis-frame';

/**
 * A stored cohort as the explorer sees it: its engine, and its analysis frame for the analyses
 * the engine has no request kind for yet (correlations).
 */
export interface AppView {
  engine: EngineApi;
  frame: AnalysisFrame;
}

/**
 * Load stored bytes the way the explorer does (decode, validate, reconcile the serial columns,
 * derive), so the report can compute a number with exactly the code behind the screen.
 * Throws when the explorer would refuse the file.
 * @example appView(bytes, 'demo-cohort.arrow').engine.run({ kind: 'survival', endpoint: 'pfs', stratifier: null }).groups[0].median
 */
export function appView(bytes: Uint8Array, fileName: string): AppView {
  const engine = createEngine();
  const loaded = engine.load(bytes, fileName);
  const res = loadDataset(bytes, fileName);
  if (!loaded.ok || !res.ok) {
    const why = loaded.report.errors.map((e) => e.message).join('; ');
    throw new Error(`The explorer cannot load ${fileName}: ${why}`);
  }
  return { engine, frame: new AnalysisFrame(res.dataset.table) };
}
