import { Superseded } from '../engine/superseded';
import type { HazardRatios, SurvivalResult, SurvivalSpec, ViewEngine } from '../engine/types';
import type { SurvivalPlan } from './survival-plan';

/** Cox fits wait until the view has settled this long, so rapid toggling never queues them. */
export const HAZARD_SETTLE_MS = 150;

/**
 * Runs the survival tab: asks the engine for the curves of a plan (main view, landmark view,
 * facets) at once and for their Cox hazard ratios once the view has settled, prefetches the other
 * stratifiers in idle time, and keeps only the latest answers (each on its own channel).
 * Results are replaced, never mutated ($state.raw).
 */
export class SurvivalController {
  main = $state.raw<SurvivalResult | null>(null);
  mainHazards = $state.raw<HazardRatios | null>(null);
  landmark = $state.raw<SurvivalResult | null>(null);
  landmarkHazards = $state.raw<HazardRatios | null>(null);
  facets = $state.raw<SurvivalResult[]>([]);
  facetHazards = $state.raw<(HazardRatios | null)[]>([]);
  /** What went wrong with the last view (e.g. a column with too many groups), in plain words. */
  error = $state<string | null>(null);
  /** The last time over every facet: facets side by side share one time axis. */
  readonly facetMaxTime = $derived.by(() =>
    Math.max(0, ...this.facets.flatMap((f) => f.groups.map((g) => g.steps.at(-1)?.time ?? 0))),
  );

  constructor(
    private readonly engine: ViewEngine,
    private readonly settleMs = HAZARD_SETTLE_MS,
  ) {}

  /** Shows a plan; returns the cleanup that cancels its pending Cox fits. */
  show(plan: SurvivalPlan): () => void {
    const { engine } = this;
    const fail = (e: unknown) => {
      if (!(e instanceof Superseded)) this.error = (e as Error).message;
    };
    const tau = plan.tau !== undefined ? { tau: plan.tau } : {};
    const curves = (spec: SurvivalSpec, channel: string, rmst = false) =>
      engine.run({ kind: 'survival', ...spec, ...(rmst ? tau : {}) }, channel);
    const hazards = (spec: SurvivalSpec, channel: string) =>
      engine.run({ kind: 'hazards', ...spec }, channel);

    this.mainHazards = null;
    curves(plan.main, 'survival', true).then((r) => {
      this.main = r;
      this.error = null;
      // Make the next toggle instant: compute the other stratifiers' curves in idle time.
      engine.prefetch(plan.prefetch.map((s) => ({ kind: 'survival', ...s })));
    }, fail);
    this.landmarkHazards = null;
    if (plan.landmark) curves(plan.landmark, 'landmark').then((r) => (this.landmark = r), fail);
    else this.landmark = null;
    this.facetHazards = plan.facets.map(() => null);
    Promise.all(plan.facets.map((f, k) => curves(f, `facet-${k}`, true))).then(
      (rs) => (this.facets = rs),
      fail,
    );
    const settle = setTimeout(() => {
      hazards(plan.main, 'hazards').then((h) => (this.mainHazards = h), fail);
      if (plan.landmark) {
        hazards(plan.landmark, 'landmark-hazards').then((h) => (this.landmarkHazards = h), fail);
      }
      Promise.all(plan.facets.map((f, k) => hazards(f, `facet-hazards-${k}`))).then(
        (hs) => (this.facetHazards = hs),
        fail,
      );
    }, this.settleMs);
    return () => clearTimeout(settle);
  }
}
