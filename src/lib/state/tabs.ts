/**
 * The explorer's views, one tab each, in the order shown. A view of the paper added later adds
 * its entry here (and its component in src/components/views/index.ts); the URL's `tab` parameter
 * accepts exactly these ids. `stratified`: the view follows "Compare groups" (the side panel is
 * shown); `endpoint`: it follows the endpoint picker (shown only then).
 */
export const TABS = [
  { id: 'curves', label: 'Survival curves', stratified: true, endpoint: true },
  { id: 'forest', label: 'Cox forest plots', stratified: false, endpoint: true },
  { id: 'mrd', label: 'MRD dynamics', stratified: true, endpoint: true },
  { id: 'kinetics', label: 'CAR-T kinetics', stratified: true, endpoint: false },
  { id: 'correlations', label: 'Correlations', stratified: false, endpoint: false },
  { id: 'cohort', label: 'Cohort (Table 1)', stratified: true, endpoint: false },
  { id: 'response', label: 'Response', stratified: true, endpoint: false },
  { id: 'safety', label: 'Safety', stratified: false, endpoint: false },
  { id: 'paper', label: 'Paper vs this dataset', stratified: false, endpoint: false },
] as const satisfies readonly {
  id: string;
  label: string;
  stratified: boolean;
  endpoint: boolean;
}[];

export type Tab = (typeof TABS)[number]['id'];

/** The tab with this id. */
export function tabById(id: Tab): (typeof TABS)[number] {
  return TABS.find((t) => t.id === id) ?? TABS[0];
}
