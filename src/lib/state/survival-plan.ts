import { endpointById, type EndpointId } from '../data/endpoints';
import { timeDependentOf } from '../data/registry';
import { tdCovariate } from '../data/time-dependent-covariates';
import type { ColumnInfo, SurvivalSpec, TimeDependentRequest } from '../engine/types';
import type { GroupValue } from './view-state.svelte';
import { stratifierOptions } from './stratifier-options';

/** The parts of the view state a survival view depends on. */
export interface SurvivalChoices {
  endpoint: EndpointId;
  stratifier: string | null;
  cut: number | null;
  reference: GroupValue | null;
  exclude: GroupValue[];
  asPublished: boolean;
  facet: string | null;
  /** RMST horizon (months); null or absent = the default rule. */
  tau?: number | null;
  /** A post-baseline stratifier with a fair analysis: show the naive curves too. */
  showNaive?: boolean;
  /** The fair analysis's side-by-side landmark; null = the first one with a hazard ratio. */
  fairLandmark?: number | null;
}

/** What the survival tab shows: the main view, its landmark view, facets, and what to prefetch. */
export interface SurvivalPlan {
  main: SurvivalSpec;
  /** The fairer landmark comparison of a post-baseline stratifier known at a fixed time. */
  landmark: SurvivalSpec | null;
  /** Why a post-baseline stratifier with a landmark shows none for this endpoint. */
  landmarkNote: string | null;
  facets: SurvivalSpec[];
  prefetch: SurvivalSpec[];
  /** The RMST horizon asked of the main and facet curves (absent: the default rule). */
  tau?: number;
  /**
   * The fair analysis of a post-baseline stratifier with a time-dependent counterpart (PFS, OS):
   * time-dependent Cox, Simon–Makuch curves, landmarks and the naive HR (Recommended preset).
   */
  fair: TimeDependentRequest | null;
  /** Recommended preset: the fair analysis first, the naive curves one click away. */
  naiveHidden: boolean;
  /** Months of follow-up the "yes" group of the naive comparison is guaranteed (shaded). */
  guaranteedMonths: number | null;
  /** Made before the dataset's columns are known (first-plan.ts): its failures are not shown. */
  provisional?: true;
}

/**
 * Turns the user's choices into the survival requests of one screen. Pure, so the controller
 * only has to send them.
 * @example survivalPlan({ endpoint: 'pfs', stratifier: 'car_persist_ge6', … }, columns).landmark?.landmark // 6
 */
export function survivalPlan(c: SurvivalChoices, columns: readonly ColumnInfo[]): SurvivalPlan {
  const info = columns.find((col) => col.name === c.stratifier);
  const main: SurvivalSpec = {
    endpoint: c.endpoint,
    stratifier: c.stratifier,
    ...(c.cut !== null ? { cut: c.cut } : {}),
    ...(c.asPublished && info?.stratifier?.asPublished ? { asPublished: true } : {}),
    ...(c.reference !== null ? { reference: c.reference } : {}),
    ...(c.exclude.length > 0 ? { exclude: [...c.exclude] } : {}),
  };
  const rule = c.cut === null ? info?.stratifier?.landmark : undefined;
  const infusionClock = endpointById(c.endpoint).clock === 'infusion';
  let landmark: SurvivalSpec | null = null;
  let landmarkNote: string | null = null;
  if (rule && infusionClock && columns.some((col) => col.name === (rule.column ?? c.stratifier))) {
    const sameColumn = rule.column === undefined;
    landmark = {
      endpoint: c.endpoint,
      stratifier: rule.column ?? c.stratifier,
      landmark: rule.months,
      ...(sameColumn && c.reference !== null ? { reference: c.reference } : {}),
    };
  } else if (rule && !infusionClock) {
    landmarkNote = `The landmark view (month ${rule.months} after infusion) applies to PFS and OS, whose clocks start at infusion.`;
  }
  const facet = columns.find((col) => col.name === c.facet && col.name !== c.stratifier);
  const facets = (facet?.levels ?? [])
    .filter((l) => l.n > 0)
    .map((l) => ({ ...main, subset: { column: facet!.name, value: l.value } }));
  const prefetch = stratifierOptions(columns)
    .filter((o) => o.column !== c.stratifier)
    .map((o) => ({ endpoint: c.endpoint, stratifier: o.column }));
  const fair = fairRequest(c, columns);
  return {
    main,
    landmark,
    landmarkNote,
    facets,
    prefetch,
    ...(c.tau != null ? { tau: c.tau } : {}),
    fair,
    naiveHidden: fair !== null && !c.asPublished && !c.showNaive,
    guaranteedMonths: fair !== null && !c.asPublished ? (rule?.months ?? null) : null,
  };
}

/**
 * The fair analysis's request of the current choices, or null: a stratifier (not split at a
 * cut-point) with a time-dependent counterpart in the registry, an endpoint whose clock starts at
 * infusion, and the serial columns it is built from. The landmarks: the covariate's, plus the
 * one chosen.
 */
function fairRequest(
  c: SurvivalChoices,
  columns: readonly ColumnInfo[],
): TimeDependentRequest | null {
  if (c.stratifier === null || c.cut !== null) return null;
  if (endpointById(c.endpoint).clock !== 'infusion') return null;
  const td = timeDependentOf(c.stratifier);
  if (!td) return null;
  const spec = tdCovariate(td.covariate);
  if (!spec.requires.every((name) => columns.some((col) => col.name === name))) return null;
  const defaults = spec.landmarks(td.months);
  const chosen = c.fairLandmark ?? null;
  const landmarks =
    chosen === null || defaults.includes(chosen)
      ? defaults
      : [...defaults, chosen].sort((a, b) => a - b);
  return {
    kind: 'timeDependent',
    endpoint: c.endpoint,
    covariate: td.covariate,
    ...(td.months !== undefined ? { months: td.months } : {}),
    landmarks,
    naive: td.naive,
  };
}
