import { Superseded } from '../engine/superseded';
import type { KineticsComparison, KineticsRequest, ViewEngine } from '../engine/types';

/**
 * Runs the CAR-T kinetics tab: asks the engine for the kinetics comparison of the current groups
 * and keeps only the latest answer. The result is replaced, never mutated ($state.raw).
 */
export class KineticsController {
  result = $state.raw<KineticsComparison | null>(null);
  /** What went wrong with the last request, in plain words. */
  error = $state<string | null>(null);

  constructor(private readonly engine: ViewEngine) {}

  show(request: KineticsRequest | null): void {
    if (request === null) {
      this.result = null;
      this.error = 'This dataset has no CAR-T kinetics (no pk_samples and no cmax_copies column).';
      return;
    }
    this.engine.run(request, 'kinetics').then(
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
