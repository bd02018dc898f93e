import { Superseded } from '../engine/superseded';
import type {
  HazardRatios,
  KineticsComparison,
  SafetyResult,
  SurvivalResult,
  ViewEngine,
} from '../engine/types';
import type { SafetyPlan } from './safety-plan';

/**
 * Runs the safety tab: the CRS and ADA summary, the kinetics by CRS grade and by ADA status, and
 * the survival curves by ADA status with their hazard ratios, each on its own channel so only
 * the latest answers are kept. Results are replaced, never mutated ($state.raw).
 */
export class SafetyController {
  summary = $state.raw<SafetyResult | null>(null);
  byCrs = $state.raw<KineticsComparison | null>(null);
  byAda = $state.raw<KineticsComparison | null>(null);
  survival = $state.raw<SurvivalResult | null>(null);
  hazards = $state.raw<HazardRatios | null>(null);
  /** What went wrong with the last request, in plain words. */
  error = $state<string | null>(null);

  constructor(private readonly engine: ViewEngine) {}

  show(plan: SafetyPlan): void {
    const { engine } = this;
    const fail = (e: unknown) => {
      if (!(e instanceof Superseded)) this.error = (e as Error).message;
    };
    engine.run(plan.safety, 'safety').then((r) => {
      this.summary = r;
      this.error = null;
    }, fail);
    if (plan.byCrs) engine.run(plan.byCrs, 'safety-crs').then((r) => (this.byCrs = r), fail);
    else this.byCrs = null;
    if (plan.byAda) engine.run(plan.byAda, 'safety-ada').then((r) => (this.byAda = r), fail);
    else this.byAda = null;
    this.hazards = null;
    if (plan.survival) {
      const spec = plan.survival;
      engine.run({ kind: 'survival', ...spec }, 'safety-survival').then((r) => {
        this.survival = r;
        engine
          .run({ kind: 'hazards', ...spec }, 'safety-hazards')
          .then((h) => (this.hazards = h), fail);
      }, fail);
    } else this.survival = null;
  }
}
