import { Superseded } from '../engine/superseded';
import type { ForestRequest, ForestResult, ViewEngine } from '../engine/types';

/** The two forest plots of the Cox tab and what they ask for. */
export interface ForestPlan {
  univariable: ForestRequest;
  /** Null when no factor is ticked. */
  multivariable: ForestRequest | null;
}

/** Runs the Cox tab: univariable rows for every factor and the chosen multivariable model. */
export class ForestController {
  univariable = $state.raw<ForestResult | null>(null);
  multivariable = $state.raw<ForestResult | null>(null);
  error = $state<string | null>(null);

  constructor(private readonly engine: ViewEngine) {}

  show(plan: ForestPlan): void {
    const fail = (e: unknown) => {
      if (!(e instanceof Superseded)) this.error = (e as Error).message;
    };
    this.engine.run(plan.univariable, 'forest').then((r) => {
      this.univariable = r;
      this.error = null;
    }, fail);
    if (plan.multivariable) {
      this.engine
        .run(plan.multivariable, 'forest-multi')
        .then((r) => (this.multivariable = r), fail);
    } else this.multivariable = null;
  }
}
