import type { EndpointId, Ties } from '../engine/types';

/** A group's value, as the engine reports it (GroupCurve.value). */
export type GroupValue = string | number;

/**
 * Everything the user has set in the explorer: endpoint, tab, stratifier (or a numeric split),
 * reference and groups compared, facets, display toggles, forest choices. One object, so the
 * whole view can later be written to and read from the URL.
 */
export class ViewState {
  tab = $state<'curves' | 'forest'>('curves');
  endpoint = $state<EndpointId>('pfs');
  stratifier = $state<string | null>(null);
  /** Set when the stratifier is a numeric column split at a typed cut-point. */
  cut = $state<number | null>(null);
  /** The group the others are compared with; null = the default rule. */
  reference = $state<GroupValue | null>(null);
  /** Groups left out of the comparison. */
  exclude = $state<GroupValue[]>([]);
  facet = $state<string | null>(null);
  /** Threshold stratifiers: count patients censored before the threshold as below it (paper). */
  asPublished = $state(false);
  showBands = $state(true);
  showEvents = $state(false);
  /** Tie handling of the Cox models: Efron (R's default) or Breslow (SPSS, as the paper). */
  ties = $state<Ties>('efron');
  /** Factors of the multivariable Cox model. */
  chosenFactors = $state<string[]>(['triple_refractory', 'high_risk_ca', 'car_persist_ge6']);

  /** Compare groups of this column (or the whole cohort); resets the split and the groups. */
  stratify(column: string | null, cut: number | null = null): void {
    this.stratifier = column;
    this.cut = cut;
    this.reference = null;
    this.exclude = [];
    if (column !== null && this.facet === column) this.facet = null;
  }
}
