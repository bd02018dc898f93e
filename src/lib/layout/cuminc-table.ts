import type { CumincResult } from '../engine/types';
import { formatPercent, pPhrase } from './format';

export interface CumincTableRow {
  key: string;
  group: string;
  n: number;
  outcome: string;
  events: number;
  /** "12.5% (SE 4.1)" at each of the result's times; "—" past the group's follow-up. */
  cells: string[];
}

/**
 * The cumulative-incidence table of the MRD view: one row per group and outcome, with the
 * incidence and its standard error (Gray's variance, cmprsk) at each reported month.
 * @example cumincTableRows(result)[0].cells // ['12.5% (SE 4.1)', '20.0% (SE 5.2)']
 */
export function cumincTableRows(result: CumincResult): CumincTableRow[] {
  const label = new Map(result.causes.map((c) => [c.cause, c.label]));
  return result.groups.flatMap((g, k) =>
    g.causes.map((c) => ({
      key: `${k}-${c.cause}`,
      group: g.label,
      n: g.n,
      outcome: label.get(c.cause) ?? `Cause ${c.cause}`,
      events: c.events,
      cells: c.at.map((a) =>
        a.est === null
          ? '—'
          : `${formatPercent(a.est, 1)}${a.se === null ? '' : ` (SE ${(100 * a.se).toFixed(1)})`}`,
      ),
    })),
  );
}

/**
 * Gray's test per outcome in words: "Gray’s test, lost MRD negativity: χ² = 1.23, df = 2, p = 0.541".
 * Empty with one group.
 * @example grayTestText(result)[0]
 */
export function grayTestText(result: CumincResult): string[] {
  const label = new Map(result.causes.map((c) => [c.cause, c.label]));
  return result.tests.map((t) => {
    const name = label.get(t.cause) ?? `cause ${t.cause}`;
    const what = name.charAt(0).toLowerCase() + name.slice(1);
    const stat =
      t.stat === null ? 'not computable (singular variance)' : `χ² = ${t.stat.toFixed(2)}`;
    return `Gray’s test, ${what}: ${stat}, df = ${t.df}, ${pPhrase(t.p)}`;
  });
}
