/**
 * The offline build's engine worker: its code is a string inside the page and starts from a
 * Blob URL, because a page opened from file:// may not load a worker from a file (and the
 * offline file has no other file to load it from). Chosen by vite.offline.config.ts in place of
 * start-worker.ts.
 */
import EngineWorker from '../../workers/engine.worker.ts?worker&inline';

export function startEngineWorker(): Worker {
  return new EngineWorker();
}
