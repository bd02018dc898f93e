/**
 * The only main-thread file that imports comlink. It starts the engine worker, transfers file
 * bytes to it (no copy), restarts it if it dies — reloading the last good dataset — and
 * makes newer requests supersede older ones.
 */
import * as Comlink from 'comlink';
import type { AnalysisRequest, EngineApi, LoadOutcome, ResultOf, ViewEngine } from './engine/types';

/** A built-in or same-origin file, or files the user chose (a patient table + long CSVs). */
export type DataSource =
  { kind: 'url'; url: string; name: string } | { kind: 'files'; files: File[] };

interface Payload {
  bytes: Uint8Array;
  name: string;
  serial: LongCsv;
}

import { Superseded } from './engine/superseded';
import { RequestScheduler } from './engine/request-scheduler';
import { fileRoles } from './data/file-roles';
import type { LongCsv } from './data/join-long-tables';
import { startEngineWorker } from './start-worker';
import { fetchDataBytes } from './fetch-data';

export { Superseded };

async function readBytes(source: DataSource): Promise<Payload> {
  if (source.kind === 'files') {
    const roles = fileRoles(source.files.map((f) => f.name));
    if (!roles.ok) throw new Error(roles.message);
    const read = async (i: number) => new Uint8Array(await source.files[i].arrayBuffer());
    const serial: LongCsv = {};
    for (const [key, i] of Object.entries(roles.serial) as [keyof LongCsv, number][]) {
      serial[key] = await read(i);
    }
    return { bytes: await read(roles.main), name: source.files[roles.main].name, serial };
  }
  return { bytes: await fetchDataBytes(source.url), name: source.name, serial: {} };
}

/** Hand the bytes to the worker without copying them. */
function transferred(p: Payload): [Uint8Array, string, LongCsv] {
  const buffers = [p.bytes, ...Object.values(p.serial)].map((b) => b!.buffer);
  return Comlink.transfer([p.bytes, p.name, p.serial], buffers);
}

/** More deaths than this within the window and the worker is not restarted again. */
const MAX_RESTARTS = 3;
const RESTART_WINDOW_MS = 10_000;
const ENGINE_FAILED =
  'The analysis engine could not be started in this browser (it stopped each time it was started). Reload the page; if this persists, the page may be blocked from starting workers.';

export class EngineClient implements ViewEngine {
  private worker!: Worker;
  private remote!: Comlink.Remote<EngineApi>;
  private died!: Promise<never>;
  private lastGood: DataSource | null = null;
  /** Cache (per dataset), supersession and idle prefetch of requests. */
  private scheduler = new RequestScheduler();
  /** Called after the worker died and was restarted. */
  onRestart: ((reloaded: boolean) => void) | null = null;
  /** Called once when the worker keeps dying at start and restarting stops. */
  onGiveUp: ((message: string) => void) | null = null;
  /** When the worker last died, to stop restarting one that cannot start at all. */
  private deaths: number[] = [];
  private gaveUp = false;

  /** `createWorker` is for tests; the app uses the engine worker in workers/. */
  constructor(private readonly createWorker: () => Worker = startEngineWorker) {
    this.start();
  }

  private start(): void {
    this.worker = this.createWorker();
    this.remote = Comlink.wrap<EngineApi>(this.worker);
    this.died = new Promise<never>((_, reject) => {
      const fail = (e: Event) => {
        e.preventDefault();
        const now = Date.now();
        this.deaths = [...this.deaths.filter((t) => now - t < RESTART_WINDOW_MS), now];
        if (this.deaths.length > MAX_RESTARTS) {
          // A worker that dies again and again (blocked by a security policy, or a browser that
          // cannot start it) would otherwise be restarted for ever.
          this.gaveUp = true;
          reject(new Error(ENGINE_FAILED));
          this.onGiveUp?.(ENGINE_FAILED);
          return;
        }
        reject(new Error('The analysis engine stopped unexpectedly and was restarted.'));
        void this.restart();
      };
      this.worker.addEventListener('error', fail, { once: true });
      this.worker.addEventListener('messageerror', fail, { once: true });
    });
    this.died.catch(() => undefined);
  }

  private async restart(): Promise<void> {
    this.worker.terminate();
    this.start();
    let reloaded = false;
    if (this.lastGood) {
      const payload = await readBytes(this.lastGood);
      reloaded = (await this.call(() => this.remote.load(...transferred(payload)))).ok;
    }
    this.onRestart?.(reloaded);
  }

  private call<T>(fn: () => Promise<T>): Promise<T> {
    if (this.gaveUp) return Promise.reject(new Error(ENGINE_FAILED));
    return Promise.race([fn(), this.died]);
  }

  /** Reads and loads a dataset; on failure the worker keeps the previous one. */
  async load(source: DataSource): Promise<LoadOutcome> {
    const payload = await readBytes(source);
    const outcome = await this.call(() => this.remote.load(...transferred(payload)));
    if (outcome.ok) {
      this.lastGood = source;
      this.scheduler.reset();
    }
    return outcome;
  }

  private job<R extends AnalysisRequest>(request: R) {
    return {
      key: JSON.stringify(request),
      run: () => this.call(() => this.remote.run(request) as Promise<ResultOf<R>>),
    };
  }

  /**
   * Runs one analysis in the worker. Answers are cached per dataset; on each channel only the
   * latest request's answer is delivered (older ones reject with Superseded).
   */
  run<R extends AnalysisRequest>(request: R, channel: string = request.kind): Promise<ResultOf<R>> {
    return this.scheduler.latest(channel, this.job(request));
  }

  /** Computes analyses the user is likely to ask for next, in idle time. */
  prefetch(requests: AnalysisRequest[]): void {
    this.scheduler.prefetch(requests.map((r) => this.job(r)));
  }

  dispose(): void {
    this.worker.terminate();
  }
}
