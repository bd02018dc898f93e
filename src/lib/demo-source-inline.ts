/**
 * The offline build's demo cohort: the same bytes as public/data/demo-cohort.arrow, inlined in
 * the page as a data: URL that the engine client fetches like any other address (fetching a
 * data: URL needs no network). Chosen by vite.offline.config.ts in place of demo-source.ts.
 */
import cohort from '../../public/data/demo-cohort.arrow?inline';

export const demoSource = { kind: 'url', url: cohort, name: 'demo-cohort.arrow' } as const;
