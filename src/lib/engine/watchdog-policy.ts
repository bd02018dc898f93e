/**
 * The engine watchdog's rules, as plain data and pure functions: how long a worker call may take,
 * how often an idle worker is asked whether it still answers, and when a worker that keeps dying
 * is given up. The client (src/lib/engine-client.ts) applies them; tests pass their own.
 */

export interface WatchdogLimits {
  /** Longest an analysis may take before the worker is stopped and restarted. */
  analysisMs: number;
  /** Longest a load may take, before the per-megabyte allowance. */
  loadBaseMs: number;
  /** Extra time a load gets per megabyte of input (CSV parsing is ~10 s per 100 MB). */
  loadPerMbMs: number;
  /** How often an idle worker is pinged when no lifeline lock is available; 0 turns it off. */
  heartbeatMs: number;
  /** How long an idle worker has to answer a ping. */
  pingTimeoutMs: number;
  /** After this long a load shows its progress line and Cancel button. */
  progressAfterMs: number;
}

export const DEFAULT_LIMITS: WatchdogLimits = {
  analysisMs: 20_000,
  loadBaseMs: 20_000,
  loadPerMbMs: 200,
  heartbeatMs: 5_000,
  pingTimeoutMs: 3_000,
  progressAfterMs: 300,
};

const MB = 1024 * 1024;

/** The time limit for loading `bytes` bytes: the base plus the allowance per started megabyte. */
export function loadLimitMs(bytes: number, limits: WatchdogLimits = DEFAULT_LIMITS): number {
  return limits.loadBaseMs + Math.ceil(Math.max(0, bytes) / MB) * limits.loadPerMbMs;
}

/** Whole seconds for messages ("20 s"), never "0 s". */
export function seconds(ms: number): string {
  return `${Math.max(1, Math.round(ms / 1000))} s`;
}

/** More losses than `max` within `windowMs` and the worker is not restarted again. */
export class RestartPolicy {
  private losses: number[] = [];

  constructor(
    private readonly max = 3,
    private readonly windowMs = 10_000,
  ) {}

  /** Records a loss at `now`; true when the worker may be restarted once more. */
  allowRestart(now: number): boolean {
    this.losses = [...this.losses.filter((t) => now - t < this.windowMs), now];
    return this.losses.length <= this.max;
  }
}
