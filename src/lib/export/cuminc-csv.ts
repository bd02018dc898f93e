import type { CumincResult } from '../engine/types';
import type { CsvCell } from './csv';

/**
 * The cumulative-incidence numbers as CSV rows: per group and outcome n, events, incidence and
 * standard error at each reported month, and Gray's test for that outcome; every row names the
 * dataset (so a simulated cohort stays marked) and the view.
 * @example cumincRows(result, 'Simulated cohort')[0][0] // 'dataset'
 */
export function cumincRows(result: CumincResult, dataset: string): CsvCell[][] {
  const header = [
    'dataset',
    'view',
    'group',
    'n',
    'outcome',
    'events',
    ...result.times.flatMap((t) => [`cif_${t}`, `cif_${t}_se`]),
    'gray_chisq',
    'gray_df',
    'gray_p',
    'method',
  ];
  const label = new Map(result.causes.map((c) => [c.cause, c.label]));
  const rows = result.groups.flatMap((g) =>
    g.causes.map((c): CsvCell[] => {
      const test = result.tests.find((t) => t.cause === c.cause);
      return [
        dataset,
        result.title,
        g.label,
        g.n,
        label.get(c.cause) ?? String(c.cause),
        c.events,
        ...c.at.flatMap((a) => [a.est, a.se]),
        test?.stat ?? null,
        test?.df ?? null,
        test?.p ?? null,
        result.methods.join('; '),
      ];
    }),
  );
  return [header, ...rows];
}

/**
 * The method caption of the exported cumulative-incidence figure: n used / N, Gray's tests, the
 * methods and the dataset.
 * @example cumincCaption(result, ['Gray’s test …'], 'Simulated cohort')[0] // 'n used 33 of 56.'
 */
export function cumincCaption(result: CumincResult, tests: string[], dataset: string): string[] {
  return [
    `n used ${result.nUsed} of ${result.nTotal}.${tests.length ? ` ${tests.join('; ')}.` : ''}`,
    `Methods: ${result.methods.join('; ')}.`,
    `Dataset: ${dataset}.`,
  ];
}
