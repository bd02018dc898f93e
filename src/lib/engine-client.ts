/**
 * The only main-thread file that imports comlink. It starts the engine worker, transfers file
 * bytes to it (no copy), restarts it if it dies — reloading the last good dataset — and
 * makes newer requests supersede older ones.
 */
import * as Comlink from 'comlink';
import type {
  ColumnInfo,
  EngineApi,
  ForestRequest,
  ForestResult,
  HazardRatios,
  LoadOutcome,
  SurvivalRequest,
  SurvivalResult,
} from './engine/types';

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
  const res = await fetch(source.url);
  if (!res.ok) throw new Error(`Could not fetch ${source.name} (HTTP ${res.status}).`);
  return { bytes: new Uint8Array(await res.arrayBuffer()), name: source.name, serial: {} };
}

/** Hand the bytes to the worker without copying them. */
function transferred(p: Payload): [Uint8Array, string, LongCsv] {
  const buffers = [p.bytes, ...Object.values(p.serial)].map((b) => b!.buffer);
  return Comlink.transfer([p.bytes, p.name, p.serial], buffers);
}

function defaultWorker(): Worker {
  return new Worker(new URL('../../workers/engine.worker.ts', import.meta.url), { type: 'module' });
}

export class EngineClient {
  private worker!: Worker;
  private remote!: Comlink.Remote<EngineApi>;
  private died!: Promise<never>;
  private lastGood: DataSource | null = null;
  /** Cache (per dataset), supersession and idle prefetch of requests. */
  private scheduler = new RequestScheduler();
  /** Called after the worker died and was restarted. */
  onRestart: ((reloaded: boolean) => void) | null = null;

  /** `createWorker` is for tests; the app uses the engine worker in workers/. */
  constructor(private readonly createWorker: () => Worker = defaultWorker) {
    this.start();
  }

  private start(): void {
    this.worker = this.createWorker();
    this.remote = Comlink.wrap<EngineApi>(this.worker);
    this.died = new Promise<never>((_, reject) => {
      const fail = (e: Event) => {
        e.preventDefault();
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

  private job<T>(method: string, request: unknown, run: () => Promise<T>) {
    return { key: `${method}:${JSON.stringify(request)}`, run: () => this.call(run) };
  }

  /** Kaplan–Meier curves and log-rank test for one view (latest request per channel wins). */
  survival(request: SurvivalRequest, channel = 'survival'): Promise<SurvivalResult> {
    return this.scheduler.latest(
      channel,
      this.job('survival', request, () => this.remote.survival(request)),
    );
  }

  hazardRatios(request: SurvivalRequest, channel = 'hazard'): Promise<HazardRatios> {
    return this.scheduler.latest(
      channel,
      this.job('hazard', request, () => this.remote.hazardRatios(request)),
    );
  }

  forest(request: ForestRequest, channel = 'forest'): Promise<ForestResult> {
    return this.scheduler.latest(
      channel,
      this.job('forest', request, () => this.remote.forest(request)),
    );
  }

  /** Computes views the user is likely to toggle to next, in idle time. */
  prefetch(requests: SurvivalRequest[]): void {
    this.scheduler.prefetch(
      requests.map((r) => this.job('survival', r, () => this.remote.survival(r))),
    );
  }

  columns(): Promise<ColumnInfo[]> {
    return this.call(() => this.remote.columns());
  }

  dispose(): void {
    this.worker.terminate();
  }
}
