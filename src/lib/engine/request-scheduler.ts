import { Superseded } from './superseded';

export interface Job<T = unknown> {
  /** Identifies the answer: equal keys share one cached result. */
  key: string;
  run: () => Promise<T>;
}

/**
 * Orders requests to one engine: answers are cached by key until reset(); on each channel only
 * the latest request's answer is delivered (older ones reject with Superseded); prefetch jobs
 * run one at a time, only while no delivered request is waiting, so they never delay the user
 * by more than one job. A request whose key is already being computed (a prefetch of the
 * stratifier just clicked, or the same request twice) waits for that answer instead of asking
 * the engine again: the engine answers one message at a time, so a second copy would wait for
 * the first and then do the same work.
 */
export class RequestScheduler {
  private seq = new Map<string, number>();
  private cache = new Map<string, unknown>();
  /** Answers being computed now, by key (dropped once settled). */
  private running = new Map<string, Promise<unknown>>();
  private version = 0;
  private inFlight = 0;
  private queue: Job[] = [];
  private pumping = false;
  /** Wakes the prefetch pump when the last delivered request is answered. */
  private wake: (() => void) | null = null;

  constructor(private readonly idleMs = 20) {}

  /** Forget every answer (a new dataset was loaded); answers still in flight are dropped. */
  reset(): void {
    this.version++;
    this.cache.clear();
    this.running.clear();
    this.queue = [];
  }

  has(key: string): boolean {
    return this.cache.has(key);
  }

  async latest<T>(channel: string, job: Job<T>): Promise<T> {
    const seq = (this.seq.get(channel) ?? 0) + 1;
    this.seq.set(channel, seq);
    const version = this.version;
    let result = this.cache.get(job.key) as T | undefined;
    if (result === undefined) {
      this.inFlight++;
      try {
        result = await this.share(job);
      } finally {
        if (--this.inFlight === 0) this.wake?.();
      }
      if (version === this.version) this.cache.set(job.key, result);
    }
    if (this.seq.get(channel) !== seq || version !== this.version) throw new Superseded();
    return result;
  }

  /** Replace the prefetch queue; jobs whose answers are cached are skipped. */
  prefetch(jobs: Job[]): void {
    this.queue = jobs.filter((j) => !this.cache.has(j.key));
    void this.pump();
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.queue.length > 0) {
        if (this.inFlight > 0) {
          // Resumes as soon as the user's requests are answered (at the latest after idleMs), so
          // the next likely view is computed while the answer is drawn.
          await new Promise<void>((r) => {
            const timer = setTimeout(r, this.idleMs);
            this.wake = () => {
              clearTimeout(timer);
              r();
            };
          });
          this.wake = null;
          continue;
        }
        const job = this.queue.shift()!;
        if (this.cache.has(job.key)) continue;
        const version = this.version;
        try {
          const result = await this.share(job);
          if (version === this.version) this.cache.set(job.key, result);
        } catch {
          // A prefetch that fails is simply not cached; the real request will report the error.
        }
      }
    } finally {
      this.pumping = false;
    }
  }

  /** The answer of `job`: the one being computed for its key if any, else a new run. */
  private share<T>(job: Job<T>): Promise<T> {
    const pending = this.running.get(job.key) as Promise<T> | undefined;
    if (pending) return pending;
    const run = job.run();
    this.running.set(job.key, run);
    const forget = () => {
      if (this.running.get(job.key) === run) this.running.delete(job.key);
    };
    run.then(forget, forget);
    return run;
  }
}
