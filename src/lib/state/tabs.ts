/**
 * The explorer's views, one tab each, in the order shown. A view of the paper added later adds
 * its entry here (and its component in src/components/views/index.ts); the URL's `tab` parameter
 * accepts exactly these ids.
 */
export const TABS = [
  { id: 'curves', label: 'Survival curves', stratified: true },
  { id: 'forest', label: 'Cox forest plots', stratified: false },
  { id: 'mrd', label: 'MRD dynamics', stratified: true },
  { id: 'kinetics', label: 'CAR-T kinetics', stratified: true },
  { id: 'correlations', label: 'Correlations', stratified: false },
  { id: 'cohort', label: 'Cohort (Table 1)', stratified: true },
  { id: 'response', label: 'Response', stratified: true },
  { id: 'safety', label: 'Safety', stratified: false },
  { id: 'paper', label: 'Paper vs this dataset', stratified: false },
] as const satisfies readonly { id: string; label: string; stratified: boolean }[];

export type Tab = (typeof TABS)[number]['id'];

/** The tab with this id. */
export function tabById(id: Tab): (typeof TABS)[number] {
  return TABS.find((t) => t.id === id) ?? TABS[0];
}
