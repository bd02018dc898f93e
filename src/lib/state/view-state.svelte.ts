import type { EndpointId } from '../engine/types';

/** What the explorer shows: endpoint, stratifier (or a numeric split), facets, forest choices. */
export class ViewState {
  tab = $state<'curves' | 'forest'>('curves');
  endpoint = $state<EndpointId>('pfs');
  stratifier = $state<string | null>(null);
  /** Set when the stratifier is a numeric column split at a typed cut-point. */
  cut = $state<number | null>(null);
  facet = $state<string | null>(null);
  /** Threshold stratifiers: count patients censored before the threshold as below it (paper). */
  asPublished = $state(false);
  showBands = $state(true);
  showEvents = $state(false);
  /** Tie handling of the Cox models: Efron (R's default) or Breslow (SPSS, as the paper). */
  ties = $state<'efron' | 'breslow'>('efron');
  /** Factors of the multivariable Cox model. */
  chosenFactors = $state<string[]>(['triple_refractory', 'high_risk_ca', 'car_persist_ge6']);
}
