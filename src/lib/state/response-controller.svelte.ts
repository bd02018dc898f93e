import { Superseded } from '../engine/superseded';
import type { ResponseResult, ViewEngine } from '../engine/types';
import type { ResponsePlan } from './response-plan';

/**
 * Runs the response tab: asks the engine for the plan's rates, tests and chart counts, keeps only
 * the latest answer (its own channel), and prefetches the other stratifiers in idle time. The
 * result is replaced, never mutated ($state.raw).
 */
export class ResponseController {
  result = $state.raw<ResponseResult | null>(null);
  /** What went wrong with the last view (e.g. a column with too many groups), in plain words. */
  error = $state<string | null>(null);

  constructor(private readonly engine: ViewEngine) {}

  show(plan: ResponsePlan): void {
    this.engine.run(plan.request, 'response').then(
      (r) => {
        this.result = r;
        this.error = null;
        this.engine.prefetch(plan.prefetch);
      },
      (e: unknown) => {
        if (!(e instanceof Superseded)) this.error = (e as Error).message;
      },
    );
  }
}
