/**
 * The only main-thread file that imports comlink. It starts the engine worker, transfers file
 * bytes to it (no copy), makes newer requests supersede older ones, and is the engine's
 * watchdog: every call has a time limit; a worker that dies (error event, or its lifeline lock
 * released by close(), terminate() or a crash), stops answering pings while idle, or overruns a
 * limit is terminated, every pending call is rejected with EngineStopped, and a new worker is
 * started with the last good dataset. See docs/engine.md, "Time limits and recovery".
 */
import * as Comlink from 'comlink';
import type { AnalysisRequest, LoadOutcome, ResultOf, ViewEngine } from './engine/types';

/**
 * A built-in or same-origin file, or files the user chose (a patient table + long CSVs, and
 * perhaps a saved `*.mapping.json`), with the column mapping confirmed in the mapping step.
 */
export type DataSource =
  | { kind: 'url'; url: string; name: string }
  | { kind: 'files'; files: File[]; mapping?: ColumnMapping };

import { Superseded } from './engine/superseded';
import { RequestScheduler } from './engine/request-scheduler';
import { fileRoles } from './data/file-roles';
import { parseMapping, type ColumnMapping } from './data/mapping/column-mapping';
import type { MappingPreviewResult } from './data/mapping/mapping-preview';
import type { LongCsv } from './data/join-long-tables';
import { startEngineWorker } from './start-worker';
import { fetchDataBytes } from './fetch-data';
import type { WorkerApi } from './engine/worker-api';
import {
  DEFAULT_LIMITS,
  RestartPolicy,
  loadLimitMs,
  type WatchdogLimits,
} from './engine/watchdog-policy';
import { EngineStopped, stopMessage, type StopCause } from './engine/watchdog-messages';
import { lifelineName, watchLifeline } from './engine/lifeline';
import { prefetchEnabled } from './debug-flags';
import { unpackAnswer } from './engine/packed-steps';
import { loadArguments, type Payload } from './engine/load-arguments';

export { Superseded, EngineStopped };

/** What the app is told after a restart: the plain-words message says what happened and was kept. */
export interface RestartInfo {
  reloaded: boolean;
  message: string;
  cause: StopCause;
}

async function readBytes(source: DataSource): Promise<Payload> {
  if (source.kind === 'files') {
    const roles = fileRoles(source.files.map((f) => f.name));
    if (!roles.ok) throw new Error(roles.message);
    const read = async (i: number) => new Uint8Array(await source.files[i].arrayBuffer());
    const serial: LongCsv = {};
    for (const [key, i] of Object.entries(roles.serial) as [keyof LongCsv, number][]) {
      serial[key] = await read(i);
    }
    let mapping = source.mapping;
    if (mapping === undefined && roles.mapping !== undefined) {
      const file = source.files[roles.mapping];
      const parsed = parseMapping(await file.text(), file.name);
      if (!parsed.ok) throw new Error(parsed.message);
      mapping = parsed.mapping;
    }
    const name = source.files[roles.main].name;
    return { bytes: await read(roles.main), name, serial, ...(mapping ? { mapping } : {}) };
  }
  return { bytes: await fetchDataBytes(source.url), name: source.name, serial: {} };
}

function payloadBytes(p: Payload): number {
  return [p.bytes, ...Object.values(p.serial)].reduce((n, b) => n + (b?.byteLength ?? 0), 0);
}

const ENGINE_FAILED =
  'The analysis engine could not be started in this browser (it stopped each time it was started). Reload the page; if this persists, the page may be blocked from starting workers.';

export class EngineClient implements ViewEngine {
  private worker!: Worker;
  private remote!: Comlink.Remote<WorkerApi>;
  private died!: Promise<never>;
  private kill!: (e: Error) => void;
  /** Numbers each started worker; events from a worker that was replaced are ignored. */
  private generation = 0;
  private lastGood: DataSource | null = null;
  /** Settles when a restarted worker has its dataset again: analyses wait for it. */
  private ready: Promise<void> = Promise.resolve();
  /** False while `ready` is pending: a request asked when true is posted at once, not later. */
  private isReady = true;
  private lastGoodLabel: string | null = null;
  /** Cache (per dataset), supersession and idle prefetch of requests. */
  private scheduler = new RequestScheduler();
  /** Called after the worker was stopped and restarted. */
  onRestart: ((info: RestartInfo) => void) | null = null;
  /** Called when the first analysis the user waits for starts (true) and the last ends (false). */
  onAnalysing: ((busy: boolean) => void) | null = null;
  /** Analyses the user waits for (not prefetches) now running in the worker. */
  private analysing = 0;
  /** Called once when the worker keeps dying at start and restarting stops. */
  onGiveUp: ((message: string) => void) | null = null;
  private policy = new RestartPolicy();
  private gaveUp = false;
  private disposed = false;
  private pending = 0;
  private hasLifeline = false;
  /** The file being loaded in the worker, while it is (what Cancel stops). */
  private loading: string | null = null;
  private heartbeat: ReturnType<typeof setInterval> | null = null;
  /** Off with ?prefetch=0 (benchmarks measure first toggles without it). */
  private readonly prefetching = prefetchEnabled();

  /** `createWorker` and `limits` are for tests; the app uses the engine worker in workers/. */
  constructor(
    private readonly createWorker: () => Worker = startEngineWorker,
    readonly limits: WatchdogLimits = DEFAULT_LIMITS,
  ) {
    this.start();
    if (limits.heartbeatMs > 0) {
      this.heartbeat = setInterval(() => this.checkAlive(), limits.heartbeatMs);
    }
  }

  private start(): void {
    const gen = ++this.generation;
    this.worker = this.createWorker();
    this.remote = Comlink.wrap<WorkerApi>(this.worker);
    this.died = new Promise<never>((_, reject) => (this.kill = reject));
    this.died.catch(() => undefined);
    const fail = (e: Event) => {
      e.preventDefault();
      this.lost({ reason: 'died' }, gen);
    };
    this.worker.addEventListener('error', fail, { once: true });
    this.worker.addEventListener('messageerror', fail, { once: true });
    this.hasLifeline = false;
    const name = lifelineName(gen);
    this.call(() => this.remote.holdLifeline(name), this.limits.analysisMs, this.analysisTimeout)
      .then((held) => {
        if (held && gen === this.generation) {
          this.hasLifeline = watchLifeline(name, () => this.lost({ reason: 'died' }, gen));
        }
      })
      .catch(() => undefined);
  }

  private get analysisTimeout(): StopCause {
    return { reason: 'timeout', what: 'analysis', limitMs: this.limits.analysisMs };
  }

  /** The worker `gen` died, hung or was cancelled: stop it, reject its calls, start another. */
  private lost(cause: StopCause, gen: number): void {
    if (gen !== this.generation || this.gaveUp || this.disposed) return;
    this.worker.terminate();
    const cancelled = cause.reason === 'cancelled' || cause.reason === 'analysis-cancelled';
    if (!cancelled && !this.policy.allowRestart(Date.now())) {
      // A worker that dies again and again (blocked by a security policy, or a browser that
      // cannot start it) would otherwise be restarted for ever.
      this.gaveUp = true;
      this.kill(new Error(ENGINE_FAILED));
      this.onGiveUp?.(ENGINE_FAILED);
      return;
    }
    this.kill(new EngineStopped(stopMessage(cause, this.lastGoodLabel), cause));
    void this.restart(cause);
  }

  private async restart(cause: StopCause): Promise<void> {
    this.start();
    const gen = this.generation;
    let reloaded = false;
    const lastGood = this.lastGood;
    // Analyses asked for meanwhile wait for the dataset (else: "No dataset is loaded.").
    this.isReady = false;
    const ready = (this.ready = (async () => {
      if (!lastGood) return;
      try {
        reloaded = (await this.loadPayload(await readBytes(lastGood))).ok;
      } catch {
        reloaded = false;
      }
    })());
    void ready.then(() => {
      if (this.ready === ready) this.isReady = true;
    });
    await this.ready;
    if (gen !== this.generation || this.disposed) return; // stopped again meanwhile
    const message = stopMessage(cause, this.lastGoodLabel, reloaded || !this.lastGood);
    this.onRestart?.({ reloaded, message, cause });
  }

  /** An idle worker without a lifeline must answer a ping in time, or it is considered dead. */
  private checkAlive(): void {
    if (this.hasLifeline || this.pending > 0 || this.gaveUp || this.disposed) return;
    const gen = this.generation;
    const timer = setTimeout(
      () => this.lost({ reason: 'unresponsive' }, gen),
      this.limits.pingTimeoutMs,
    );
    this.remote.ping().then(
      () => clearTimeout(timer),
      () => clearTimeout(timer),
    );
  }

  /** Runs one call to the worker; past `limitMs` the worker is stopped and restarted. */
  private call<T>(fn: () => Promise<T>, limitMs: number, onTimeout: StopCause): Promise<T> {
    if (this.gaveUp) return Promise.reject(new Error(ENGINE_FAILED));
    const gen = this.generation;
    this.pending++;
    const timer = setTimeout(() => this.lost(onTimeout, gen), limitMs);
    return Promise.race([fn(), this.died]).finally(() => {
      clearTimeout(timer);
      this.pending--;
    });
  }

  /** Posts a load to the worker; `posted` runs once the message is on its way. */
  private loadPayload(p: Payload, posted?: () => void): Promise<LoadOutcome> {
    const limitMs = loadLimitMs(payloadBytes(p), this.limits);
    const cause: StopCause = { reason: 'timeout', what: 'load', limitMs, fileName: p.name };
    // For bench:load (load time = this mark → first curve drawn); a mark costs nothing.
    globalThis.performance?.mark?.('load:bytes-to-worker');
    const outcome = this.call(() => this.remote.load(...loadArguments(p)), limitMs, cause);
    posted?.();
    return outcome;
  }

  /**
   * Reads and loads a dataset; on failure the worker keeps the previous one. `handed` is called
   * once the bytes are on their way to the worker: from then on, what is asked is answered from
   * the dataset this load leaves loaded, so a page may ask for its first views meanwhile.
   */
  async load(source: DataSource, handed?: () => void): Promise<LoadOutcome> {
    const payload = await readBytes(source);
    this.loading = payload.name;
    let outcome: LoadOutcome;
    try {
      outcome = await this.loadPayload(payload, () => {
        // The worker answers one message at a time, in order: every request posted after this
        // load is answered after it, from the new dataset (or the old one, if the file is
        // refused), and every answer still to come for a request posted before is dropped.
        this.scheduler.reset();
        handed?.();
      });
    } finally {
      this.loading = null;
    }
    if (outcome.ok) {
      this.lastGood = source;
      this.lastGoodLabel = outcome.current?.label ?? null;
    }
    return outcome;
  }

  /**
   * The mapping step's view of a chosen data file (its columns, the proposal, the first rows),
   * read in the worker; the loaded dataset is not touched.
   */
  async proposeMapping(file: File): Promise<MappingPreviewResult> {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const limitMs = loadLimitMs(bytes.byteLength, this.limits);
    const cause: StopCause = { reason: 'timeout', what: 'load', limitMs, fileName: file.name };
    await this.ready;
    return this.call<MappingPreviewResult>(
      () => this.remote.proposeMapping(Comlink.transfer(bytes, [bytes.buffer]), file.name),
      limitMs,
      cause,
    );
  }

  /**
   * Stops the load in progress (if any): the worker is terminated and restarted with the
   * previous dataset; the load rejects with EngineStopped. Returns whether a load was stopped.
   */
  cancelLoad(): boolean {
    if (this.loading === null) return false;
    this.lost({ reason: 'cancelled', fileName: this.loading }, this.generation);
    return true;
  }

  private job<R extends AnalysisRequest>(request: R) {
    const ask = () =>
      this.call(
        () => (this.remote.run(request) as Promise<ResultOf<R>>).then(unpackAnswer),
        this.limits.analysisMs,
        this.analysisTimeout,
      );
    return {
      key: JSON.stringify(request),
      // Posted in the same task when no restart is under way: a request asked while the page is
      // being built reaches the worker before the work it does unasked (worker-api.ts).
      run: () => (this.isReady ? ask() : this.ready.then(ask)),
    };
  }

  /**
   * Runs one analysis in the worker. Answers are cached per dataset; on each channel only the
   * latest request's answer is delivered (older ones reject with Superseded).
   */
  run<R extends AnalysisRequest>(request: R, channel: string = request.kind): Promise<ResultOf<R>> {
    const job = this.job(request);
    if (this.scheduler.has(job.key)) return this.scheduler.latest(channel, job);
    if (this.analysing++ === 0) this.onAnalysing?.(true);
    return this.scheduler.latest(channel, job).finally(() => {
      if (--this.analysing === 0) this.onAnalysing?.(false);
    });
  }

  /**
   * Stops the analyses in progress (if any): the worker is terminated and restarted with the
   * current dataset; they reject with EngineStopped. Returns whether any was running.
   */
  cancelAnalysis(): boolean {
    if (this.analysing === 0) return false;
    this.lost({ reason: 'analysis-cancelled' }, this.generation);
    return true;
  }

  /** Computes analyses the user is likely to ask for next, in idle time. */
  prefetch(requests: AnalysisRequest[]): void {
    if (!this.prefetching) return;
    this.scheduler.prefetch(requests.map((r) => this.job(r)));
  }

  dispose(): void {
    this.disposed = true;
    if (this.heartbeat !== null) clearInterval(this.heartbeat);
    this.worker.terminate();
  }
}
