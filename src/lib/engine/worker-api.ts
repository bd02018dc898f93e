import * as Comlink from 'comlink';
import { createEngine } from './engine';
import { packAnswer } from './packed-steps';
import type { EngineApi } from './types';

/** What the engine worker exposes: the engine, plus what the watchdog needs to see it alive. */
export interface WorkerApi extends EngineApi {
  /** Answers at once; an idle worker that does not is considered dead. */
  ping(): true;
  /**
   * Takes the Web Lock `name` and holds it for the worker's whole life; resolves true once held
   * (false where Web Locks are unavailable). The browser releases it when the worker ends in
   * any way — close(), terminate(), a crash — which is how the page notices a silent death.
   */
  holdLifeline(name: string): Promise<boolean>;
}

interface LockManagerLike {
  request(name: string, callback: () => Promise<unknown>): Promise<unknown>;
}

/** The object workers/engine.worker.ts exposes; tests expose it over a MessageChannel. */
export function createWorkerApi(
  locks: LockManagerLike | undefined = (
    globalThis.navigator as { locks?: LockManagerLike } | undefined
  )?.locks,
): WorkerApi {
  const engine = createEngine();
  return {
    // The page asks for the first view's curves and the column list as soon as a load is
    // answered, while it builds the explorer (explorer-controller.svelte.ts), in that order.
    load: (bytes, fileName, serial, mapping) => engine.load(bytes, fileName, serial, mapping),
    proposeMapping: (bytes, fileName) => engine.proposeMapping(bytes, fileName),
    summary: () => engine.summary(),
    run(request) {
      // Kaplan–Meier steps travel packed (packed-steps.ts); the client unpacks them.
      const transfer: ArrayBuffer[] = [];
      const answer = packAnswer(engine.run(request), transfer);
      return Comlink.transfer(answer, transfer) as ReturnType<typeof engine.run<typeof request>>;
    },
    ping: () => true,
    holdLifeline(name: string): Promise<boolean> {
      if (!locks) return Promise.resolve(false);
      return new Promise<boolean>((held) => {
        try {
          locks
            .request(name, () => {
              held(true);
              return new Promise<never>(() => undefined);
            })
            .catch(() => held(false));
        } catch {
          // An opaque origin (a page opened from file://) may refuse locks outright.
          held(false);
        }
      });
    },
  };
}
