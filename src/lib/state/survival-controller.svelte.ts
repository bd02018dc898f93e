import { viewScope } from './view-scope';
import { Superseded } from '../engine/superseded';
import type {
  HazardRatios,
  SurvivalRequest,
  SurvivalResult,
  SurvivalSpec,
  TimeDependentResult,
  ViewEngine,
} from '../engine/types';
import type { SurvivalPlan } from './survival-plan';

/**
 * Cox fits wait until the view's curves have been on screen this long, so rapid toggling never
 * queues them (counted from the curves shown, not from the click: at 10^5 patients a Cox fit
 * takes longer than a toggle, and a fit started for a view already left would make the next
 * toggle wait for it).
 */
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
  /** The fair analysis of a post-baseline stratifier (time-dependent Cox, landmarks), or null. */
  fair = $state.raw<TimeDependentResult | null>(null);
  /** Why the fair analysis could not be run (the naive view is shown instead), in plain words. */
  fairError = $state<string | null>(null);
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

  /**
   * Starts computing a plan's main curves now, before the view is shown (the page is still being
   * built): `show` then finds the answer computed or on its way. Nothing is shown or reported.
   */
  prime(plan: SurvivalPlan): void {
    this.engine.run(mainRequest(plan), 'survival').catch(() => undefined);
  }

  /** Shows a plan; returns the cleanup that cancels its pending Cox fits. */
  show(plan: SurvivalPlan): () => void {
    const { engine } = this;
    const scope = viewScope();
    const { mine } = scope;
    const fail = mine((e: unknown) => {
      if (!(e instanceof Superseded) && !plan.provisional) this.error = (e as Error).message;
    });
    const tau = plan.tau !== undefined ? { tau: plan.tau } : {};
    const curves = (spec: SurvivalSpec, channel: string, rmst = false) =>
      engine.run({ kind: 'survival', ...spec, ...(rmst ? tau : {}) }, channel);
    const hazards = (spec: SurvivalSpec, channel: string) =>
      engine.run({ kind: 'hazards', ...spec }, channel);

    const fitHazards = () => {
      hazards(plan.main, 'hazards').then(
        mine((h) => (this.mainHazards = h)),
        fail,
      );
      if (plan.landmark) {
        hazards(plan.landmark, 'landmark-hazards').then(
          mine((h) => (this.landmarkHazards = h)),
          fail,
        );
      }
      Promise.all(plan.facets.map((f, k) => hazards(f, `facet-hazards-${k}`))).then(
        mine((hs) => (this.facetHazards = hs)),
        fail,
      );
    };
    let settle: ReturnType<typeof setTimeout> | undefined;
    this.mainHazards = null;
    engine.run(mainRequest(plan), 'survival').then((r) => {
      this.main = r;
      this.error = null;
      // Make the next toggle instant: compute the other stratifiers' curves in idle time.
      engine.prefetch(plan.prefetch.map((s) => ({ kind: 'survival', ...s })));
      if (!scope.left) settle = setTimeout(fitHazards, this.settleMs);
    }, fail);
    this.landmarkHazards = null;
    if (plan.landmark) curves(plan.landmark, 'landmark').then((r) => (this.landmark = r), fail);
    else this.landmark = null;
    const shown = this.fair?.request;
    const f = plan.fair;
    if (
      !f ||
      !shown ||
      [f.endpoint, f.covariate, f.months].join() !==
        [shown.endpoint, shown.covariate, shown.months].join()
    ) {
      this.fair = null;
    }
    if (plan.fair) {
      engine.run(plan.fair, 'time-dependent').then(
        (r) => {
          this.fair = r;
          this.fairError = null;
        },
        (e: unknown) => {
          if (e instanceof Superseded) return;
          this.fair = null;
          this.fairError = (e as Error).message;
        },
      );
    } else {
      this.fair = null;
      this.fairError = null;
    }
    this.facetHazards = plan.facets.map(() => null);
    Promise.all(plan.facets.map((f, k) => curves(f, `facet-${k}`, true))).then(
      (rs) => (this.facets = rs),
      fail,
    );
    return () => {
      scope.leave();
      clearTimeout(settle);
    };
  }
}

/** The main curves' request of a plan (with its RMST horizon): one key for prime and show. */
function mainRequest(plan: SurvivalPlan): SurvivalRequest {
  return { kind: 'survival', ...plan.main, ...(plan.tau !== undefined ? { tau: plan.tau } : {}) };
}
