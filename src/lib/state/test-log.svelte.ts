import { pAdjust } from '../stats/p-adjust';
import type { LoggedTest } from './test-log-entry';

export type { LoggedTest };

/** A logged test's p adjusted over every test of the session (R's p.adjust). */
export interface SessionAdjusted {
  holm: number | null;
  BH: number | null;
  /** Tests in the family (those with a p-value). */
  family: number;
}

/**
 * The session's test log: each distinct test (endpoint, stratifier, test) whose p-value the user
 * has looked at since the dataset was loaded, counted once (its first p kept), in the order
 * looked at. Loading another dataset starts a new log. Its p-values form one family, so every
 * logged test also has a Holm and a Benjamini–Hochberg adjusted p (pitfall P6).
 */
export class TestLog {
  entries = $state.raw<readonly LoggedTest[]>([]);
  readonly count = $derived(this.entries.length);
  private readonly adjusted = $derived.by(() => {
    const p = this.entries.map((e) => e.p);
    return {
      holm: pAdjust(p, 'holm'),
      BH: pAdjust(p, 'BH'),
      family: p.filter((x) => x !== null).length,
    };
  });
  private dataset: number | null = null;

  /** Starts a new log when the dataset (its generation) is not the one logged so far. */
  use(dataset: number): void {
    if (this.dataset === dataset) return;
    this.dataset = dataset;
    this.entries = [];
  }

  /** Logs a test looked at; a test already in the log is not counted again. */
  record(test: LoggedTest | null): void {
    if (test === null || this.entries.some((e) => e.key === test.key)) return;
    this.entries = [...this.entries, test];
  }

  /** The Holm and BH adjusted p of a logged test over the session's family (null if not logged). */
  adjustedOf(key: string): SessionAdjusted | null {
    const i = this.entries.findIndex((e) => e.key === key);
    if (i < 0) return null;
    const a = this.adjusted;
    return { holm: a.holm[i], BH: a.BH[i], family: a.family };
  }
}
