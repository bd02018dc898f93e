/**
 * Where the simulated demo cohort comes from. The one place that decides: the hosted build
 * fetches public/data/demo-cohort.arrow from the site; the offline build
 * (vite.offline.config.ts) swaps this module for demo-source-inline.ts.
 */
export const demoSource = {
  kind: 'url',
  url: `${import.meta.env.BASE_URL}data/demo-cohort.arrow`,
  name: 'demo-cohort.arrow',
} as const;
