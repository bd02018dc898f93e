/**
 * The page's side of the worker lifeline (see WorkerApi.holdLifeline): the worker holds a Web
 * Lock for its whole life; the page queues a request for the same lock, which the browser grants
 * only when the worker has ended — by close(), terminate(), a crash or running out of memory —
 * even when no error event is fired (Chromium fires none for close()).
 */

interface LockManagerLike {
  request(name: string, callback: () => unknown): Promise<unknown>;
}

function pageLocks(): LockManagerLike | undefined {
  return (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
}

/** A lock name unique to this page and worker. */
export function lifelineName(generation: number): string {
  return `car-t-engine-lifeline-${Math.random().toString(36).slice(2)}-${generation}`;
}

/** Calls `gone` once the lock `name`, held by a worker, is released; false if locks are missing. */
export function watchLifeline(
  name: string,
  gone: () => void,
  locks: LockManagerLike | undefined = pageLocks(),
): boolean {
  if (!locks) return false;
  try {
    locks.request(name, () => gone()).catch(() => undefined);
    return true;
  } catch {
    return false;
  }
}
