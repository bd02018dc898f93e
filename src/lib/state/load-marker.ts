/**
 * A note left in localStorage while a file loads, so that a tab killed mid-load can be explained
 * when the explorer is opened again. A worker that runs out of JavaScript heap takes its whole
 * tab down in Chromium (measured: no error event, the page crashes), so the watchdog — which
 * lives in that tab — cannot report it; the next page can. The note holds the file's name and
 * address only, never its contents. While the load runs, its tab holds a Web Lock named in the
 * note: a note whose lock nobody holds belongs to a tab that died; one whose lock is held
 * belongs to another tab that is still loading, and is left alone. A load that ends, or a page
 * that is closed or reloaded normally (pagehide), removes its note.
 */

export interface LoadMarker {
  name: string;
  /** The ?data= address loaded, when it came from one. */
  url: string | null;
  lock: string;
}

interface HeldLocks {
  held?: { name?: string }[];
}

interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface MarkerEnv {
  storage: StorageLike | null;
  locks: {
    request(name: string, callback: () => Promise<void>): Promise<unknown>;
    query(): Promise<HeldLocks>;
  } | null;
}

export const MARKER_KEY = 'car-t-explorer-loading';

/** The browser's storage and locks; either is null where missing or refused (private modes). */
export function browserMarkerEnv(): MarkerEnv {
  let storage: MarkerEnv['storage'] = null;
  try {
    storage = (globalThis as { localStorage?: StorageLike }).localStorage ?? null;
  } catch {
    storage = null;
  }
  const locks = (globalThis.navigator as { locks?: MarkerEnv['locks'] } | undefined)?.locks;
  return { storage, locks: locks ?? null };
}

function read(env: MarkerEnv): LoadMarker | null {
  try {
    const raw = env.storage?.getItem(MARKER_KEY);
    if (!raw) return null;
    const m = JSON.parse(raw) as Partial<LoadMarker>;
    return typeof m.name === 'string' && typeof m.lock === 'string'
      ? { name: m.name, url: typeof m.url === 'string' ? m.url : null, lock: m.lock }
      : null;
  } catch {
    return null;
  }
}

function remove(env: MarkerEnv, lock: string): void {
  try {
    if (read(env)?.lock === lock) env.storage?.removeItem(MARKER_KEY);
  } catch {
    /* storage refused: nothing was written either */
  }
}

/** Notes that `name` is loading; the returned function ends the note (call it once the load ends). */
export function beginLoad(env: MarkerEnv, name: string, url: string | null): () => void {
  const lock = `car-t-explorer-load-${Math.random().toString(36).slice(2)}`;
  let release: () => void = () => undefined;
  try {
    env.locks
      ?.request(lock, () => new Promise<void>((resolve) => (release = resolve)))
      .catch(() => undefined);
    env.storage?.setItem(MARKER_KEY, JSON.stringify({ name, url, lock } satisfies LoadMarker));
  } catch {
    /* storage or locks refused: the load goes on without a note */
  }
  return () => {
    remove(env, lock);
    release();
  };
}

/**
 * The load that was running when a tab died, or null. Removes the note it returns, so the
 * explanation is given once.
 */
export async function crashedLoad(env: MarkerEnv): Promise<LoadMarker | null> {
  const marker = read(env);
  if (!marker) return null;
  if (env.locks) {
    try {
      const { held = [] } = await env.locks.query();
      if (held.some((l) => l.name === marker.lock)) return null; // another tab, still loading
    } catch {
      /* cannot tell: treat the note as left by a dead tab */
    }
  }
  remove(env, marker.lock);
  return marker;
}

/** What the user is told when the explorer opens after a tab died loading `marker`. */
export function crashedLoadMessage(marker: LoadMarker): string {
  const from = marker.url ? ` (from the page address ${marker.url})` : '';
  return (
    `The explorer stopped while reading “${marker.name}”${from}: the browser tab most likely ran ` +
    `out of memory. It was not opened again, and the simulated demo cohort is shown instead. ` +
    `A smaller file, or one with fewer columns, needs less memory (limits: docs/security.md).`
  );
}
