/**
 * How the engine worker starts. The one place that decides: the hosted build loads the worker
 * from its own file beside the page's script; the offline build (vite.offline.config.ts) swaps
 * this module for start-worker-inline.ts.
 */
export function startEngineWorker(): Worker {
  return new Worker(new URL('../../workers/engine.worker.ts', import.meta.url), { type: 'module' });
}
