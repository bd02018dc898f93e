import { Superseded } from '../engine/superseded';
import type { CorrelationPair, CorrelationsResult, ViewEngine } from '../engine/types';

/**
 * Runs the correlations tab: asks the engine for the matrix of the loaded dataset and keeps the
 * latest answer (replaced, never mutated) or what went wrong, in plain words.
 */
export class CorrelationsController {
  result = $state.raw<CorrelationsResult | null>(null);
  error = $state<string | null>(null);
  private generation: unknown = undefined;

  constructor(private readonly engine: ViewEngine) {}

  /** Shows the matrix; `generation` changes when another dataset is loaded. */
  show(generation: unknown): void {
    if (generation === this.generation) return;
    this.generation = generation;
    this.engine.run({ kind: 'correlations' }, 'correlations').then(
      (r) => {
        this.result = r;
        this.error = null;
      },
      (e: unknown) => {
        if (!(e instanceof Superseded)) this.error = (e as Error).message;
      },
    );
  }

  /** The pair of two measures (in either order), if the matrix has it. */
  pairOf(selected: readonly [string, string] | null): CorrelationPair | null {
    if (!selected || !this.result) return null;
    const [a, b] = selected;
    return (
      this.result.pairs.find((p) => (p.x === a && p.y === b) || (p.x === b && p.y === a)) ?? null
    );
  }
}
