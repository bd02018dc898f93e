import { Superseded } from '../engine/superseded';
import type { PaperRow, ViewEngine } from '../engine/types';

/**
 * Runs the "Paper vs this dataset" tab: asks the engine for the paper's rows on the loaded
 * dataset (one `paper` request; the engine client caches it per dataset) and keeps the latest
 * answer. Rows are replaced, never mutated ($state.raw).
 */
export class PaperController {
  rows = $state.raw<PaperRow[] | null>(null);
  error = $state<string | null>(null);

  constructor(private readonly engine: ViewEngine) {}

  /** Ask again (a dataset was loaded: `generation` names it, for the effect that calls this). */
  refresh(generation: unknown): void {
    void generation;
    this.engine.run({ kind: 'paper' }, 'paper').then(
      (rows) => {
        this.rows = rows;
        this.error = null;
      },
      (e: unknown) => {
        if (!(e instanceof Superseded)) this.error = (e as Error).message;
      },
    );
  }
}
