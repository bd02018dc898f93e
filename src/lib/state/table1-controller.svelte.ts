import { Superseded } from '../engine/superseded';
import type { Table1Request, Table1Result, ViewEngine } from '../engine/types';

/**
 * Runs the cohort tab: asks the engine for Table 1 of a plan and keeps the latest answer
 * (replaced, never mutated) or what went wrong, in plain words.
 */
export class Table1Controller {
  result = $state.raw<Table1Result | null>(null);
  error = $state<string | null>(null);
  private last = '';
  private generation: unknown = null;

  constructor(private readonly engine: ViewEngine) {}

  /** Shows Table 1 for a request; `generation` changes when another dataset is loaded. */
  show(request: Table1Request, generation: unknown = null): void {
    const key = JSON.stringify(request);
    if (key === this.last && generation === this.generation) return;
    this.last = key;
    this.generation = generation;
    this.engine.run(request, 'table1').then(
      (r) => {
        this.result = r;
        this.error = null;
      },
      (e: unknown) => {
        if (!(e instanceof Superseded)) this.error = (e as Error).message;
      },
    );
  }
}
