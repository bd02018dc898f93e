import { TABS } from './tabs';

/** Names of the views being built alongside this one (their tabs join TABS when merged). */
const LATER_VIEWS: Readonly<Record<string, string>> = {
  mrd: 'MRD dynamics',
  kinetics: 'CAR-T kinetics',
  correlations: 'Correlations',
  cohort: 'Table 1',
  response: 'Response',
  safety: 'Safety',
};

/**
 * The name of the view a link opens, from its `tab` parameter (the survival curves when absent).
 * @example viewLabel('?tab=forest&endpoint=os') // 'Cox forest plots'
 */
export function viewLabel(query: string): string {
  const tab = new URLSearchParams(query).get('tab') ?? TABS[0].id;
  return TABS.find((t) => t.id === tab)?.label ?? LATER_VIEWS[tab] ?? tab;
}
