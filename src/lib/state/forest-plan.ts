import type { ColumnInfo, EndpointId, Ties } from '../engine/types';
import type { ForestPlan } from './forest-controller.svelte';
import { refusal } from './forest-refusal';

export interface ForestChoices {
  endpoint: EndpointId;
  ties: Ties;
  asPublished: boolean;
  chosenFactors: string[];
}

/** The forest factors this dataset has (the registry's forest role), in the paper's order. */
export function forestFactors(columns: readonly ColumnInfo[]): ColumnInfo[] {
  return columns.filter((c) => c.forest).sort((a, b) => a.forest!.order - b.forest!.order);
}

/**
 * The Cox tab's requests: every available forest factor one at a time, and the ticked ones together
 * — without the factors refused under the Recommended preset (forest-refusal.ts).
 * @example forestPlan(choices, columns).univariable.factors[0] // 'triple_refractory'
 */
export function forestPlan(c: ForestChoices, columns: readonly ColumnInfo[]): ForestPlan {
  const available = forestFactors(columns)
    .filter((f) => refusal(f, c.asPublished) === null)
    .map((f) => f.name);
  const common = {
    kind: 'forest' as const,
    endpoint: c.endpoint,
    ties: c.ties,
    asPublished: c.asPublished,
  };
  const chosen = c.chosenFactors.filter((f) => available.includes(f));
  return {
    univariable: { ...common, factors: available, mode: 'univariable' },
    multivariable: chosen.length > 0 ? { ...common, factors: chosen, mode: 'multivariable' } : null,
  };
}
