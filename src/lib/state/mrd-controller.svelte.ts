import { Superseded } from '../engine/superseded';
import { viewScope } from './view-scope';
import type {
  CumincResult,
  HazardRatios,
  SurvivalRequest,
  SurvivalResult,
  SwimmerResult,
  ViewEngine,
} from '../engine/types';
import { cumincPlan } from './cuminc-plan';
import type { MrdPlan } from './mrd-plan';
import { HAZARD_SETTLE_MS } from './survival-controller.svelte';

/**
 * Runs the MRD tab: the swimmer plot, the Kaplan–Meier chart linked to it and the curve of
 * remaining MRD-negative at once, their Cox hazard ratios once the view has settled; only the
 * latest answers are kept (each on its own channel). Results are replaced, never mutated.
 */
export class MrdController {
  swimmer = $state.raw<SwimmerResult | null>(null);
  linked = $state.raw<SurvivalResult | null>(null);
  linkedHazards = $state.raw<HazardRatios | null>(null);
  negativity = $state.raw<SurvivalResult | null>(null);
  negativityHazards = $state.raw<HazardRatios | null>(null);
  /** The same patients' cumulative incidence, death while MRD-negative a competing event. */
  cuminc = $state.raw<CumincResult | null>(null);
  /** What went wrong with the last view, in plain words. */
  error = $state<string | null>(null);

  constructor(
    private readonly engine: ViewEngine,
    private readonly settleMs = HAZARD_SETTLE_MS,
  ) {}

  /** Shows a plan; returns the cleanup that cancels its pending Cox fits. */
  show(plan: MrdPlan): () => void {
    const { engine } = this;
    const { mine, leave } = viewScope();
    const fail = mine((e: unknown) => {
      if (!(e instanceof Superseded)) this.error = (e as Error).message;
    });
    this.error = null;
    if (plan.swimmer)
      engine.run(plan.swimmer, 'mrd-swimmer').then(
        mine((r) => (this.swimmer = r)),
        fail,
      );
    else this.swimmer = null;
    this.linkedHazards = null;
    this.negativityHazards = null;
    const curves = (request: SurvivalRequest | null, channel: string) =>
      request ? engine.run(request, channel) : Promise.resolve(null);
    curves(plan.linked, 'mrd-linked').then(
      mine((r: SurvivalResult | null) => (this.linked = r)),
      fail,
    );
    curves(plan.negativity, 'mrd-negativity').then(
      mine((r: SurvivalResult | null) => (this.negativity = r)),
      fail,
    );
    const incidence = cumincPlan(plan.negativity);
    if (incidence)
      engine.run(incidence, 'mrd-cuminc').then(
        mine((r) => (this.cuminc = r)),
        fail,
      );
    else this.cuminc = null;
    const hazards = (request: SurvivalRequest | null, channel: string) =>
      request ? engine.run({ ...request, kind: 'hazards' }, channel) : Promise.resolve(null);
    const settle = setTimeout(() => {
      hazards(plan.linked, 'mrd-linked-hazards').then(
        mine((h: HazardRatios | null) => (this.linkedHazards = h)),
        fail,
      );
      hazards(plan.negativity, 'mrd-negativity-hazards').then(
        mine((h: HazardRatios | null) => (this.negativityHazards = h)),
        fail,
      );
    }, this.settleMs);
    return () => {
      leave();
      clearTimeout(settle);
    };
  }
}
