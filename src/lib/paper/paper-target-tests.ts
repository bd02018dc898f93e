import type { EndpointId } from '../data/endpoints';
import { tTest } from '../stats/t-test';
import { compareCount, compareP, compareRho } from './paper-closeness';
import type { PaperContext, Side } from './paper-context';
import { correlation, nOfN, plain, pPhrase } from './paper-format';
import {
  allSides,
  AS_PUBLISHED_NOTE,
  METHOD,
  mw,
  ns,
  sig,
  type Computed,
  type PClaim,
} from './paper-target-kinds';

/**
 * Builders of the paper's group comparisons, counts and models for paper-targets.ts: each returns
 * the computation of a target as a function of the PaperContext.
 */

type Compute = (c: PaperContext) => Computed;
type SideOf = (c: PaperContext) => (i: number) => Side;

/** Mann–Whitney tests (several columns or groups) all claimed on one side of 0.05. */
export function mannWhitneyAll(
  tests: (c: PaperContext) => ReturnType<typeof mw>[],
  claim: PClaim = ns('no significant difference'),
): Compute {
  return (c) => {
    const t = tests(c);
    return {
      ...allSides(t, claim, METHOD.mannWhitney),
      notes: t.map(
        (x) =>
          `${x.what}: median ${plain(x.groups.median1, 3)} vs ${plain(x.groups.median0, 3)} (n = ${x.groups.n1} vs ${x.groups.n0}), ${pPhrase(x.p)}.`,
      ),
    };
  };
}

/** One Mann–Whitney test of a column between two groups, compared on its side of 0.05. */
export function mannWhitneyOne(what: string, column: string, side: SideOf, claim: PClaim): Compute {
  return mannWhitneyAll((c) => [mw(c, what, column, side(c))], claim);
}

/** Student's t-test (R t.test(var.equal = TRUE)) of a column between two groups. */
export function tTestOne(column: string, side: SideOf, groups: string, claim: PClaim): Compute {
  return (c) => {
    const s = side(c);
    const y = c.numeric(column);
    const pick = (k: 1 | 0) =>
      Float64Array.from(
        [...y.keys()].filter((i) => s(i) === k),
        (i) => y[i],
      );
    const t = tTest(pick(1), pick(0), { varEqual: true });
    return {
      value: `mean ${plain(t.meanX, 2)} vs ${plain(t.meanY, 2)} (${groups}); ${pPhrase(t.p)}`,
      method: 'Student’s t-test (R t.test(var.equal = TRUE)), as the paper states',
      nUsed: t.nX + t.nY,
      comparisons: [compareP('p', claim.text, claim.value, claim.significant, t.p)],
    };
  };
}

/** Fisher tests of pairs of 0/1 columns, all "no significant difference". */
export function fisherAll(pairs: [what: string, a: string, b: string][]): Compute {
  return (c) =>
    allSides(
      pairs
        .filter(([, a, b]) => c.has(a) && c.has(b))
        .map(([what, a, b]) => ({ what, ...c.fisher(a, b) }))
        .filter((t) => t.n > 0),
      ns('no significant difference'),
      METHOD.fisher,
    );
}

/** Spearman correlation of two columns, compared on r and on p < 0.001. */
export function spearmanOf(x: string, y: string, rho: number): Compute {
  return (c) => {
    const s = c.spearman(x, y);
    return {
      value: correlation(s.rho, s.p),
      method: METHOD.spearman,
      nUsed: s.n,
      comparisons: [
        compareRho('Spearman r', rho, s.rho),
        compareP('p', 'p < 0.001', 0.001, true, s.p),
      ],
      notes: [
        'Both durations are censored by follow-up and treated as exact, as in the paper (pitfalls P10).',
      ],
    };
  };
}

/**
 * Patients at or above a threshold (persistence ≥ X, MRD negativity ≥ X) of those with the
 * underlying duration, compared on the count.
 */
export function thresholdCount(column: string, n: number, denominator: string): Compute {
  return (c) => {
    const yes = c.count(column, (v) => v === 1).n;
    const known = c.numeric(denominator).filter((v) => !Number.isNaN(v)).length;
    const decided = c.count(column, () => true).N;
    return {
      value: nOfN(yes, known),
      method: METHOD.count,
      nUsed: known,
      comparisons: [compareCount('n', n, yes)],
      notes: [
        `${known - decided} of ${known} were still followed before the threshold without reaching it (undecidable; counted below it by the paper).`,
      ],
    };
  };
}

/** Univariable Cox p (Breslow ties) of several factors on some endpoints, all not significant. */
export function coxNotSignificant(endpoints: EndpointId[], factors: readonly string[]): Compute {
  return (c) => {
    const present = factors.filter((f) => c.has(f));
    const tests = endpoints.flatMap((e) =>
      c
        .cox(e, present)
        .rows.map((r) => ({ what: `${r.label}, ${e.toUpperCase()}`, p: r.p, n: r.n })),
    );
    return allSides(tests, ns('p > 0.05'), METHOD.cox);
  };
}

/**
 * A multivariable Cox model (Breslow ties) whose factors the paper calls independent, read as
 * p ≤ 0.05 for each.
 */
export function coxIndependent(
  endpoint: EndpointId,
  factors: string[],
  asPublished = false,
): Compute {
  return (c) => {
    const f = c.cox(endpoint, factors, { mode: 'multivariable', asPublished });
    const m = f.model!;
    const r = allSides(
      f.rows.map((row) => ({ what: row.label, p: row.p, n: m.n })),
      sig('independent (p ≤ 0.05)', 0.05),
      `multivariable ${METHOD.cox}`,
    );
    const epv = m.epv !== null && m.epv < 10 ? ' (under 10: likely overfitted, pitfalls P5)' : '';
    return {
      ...r,
      value: f.rows
        .map((row) => `${row.label}: HR ${plain(row.hr, 3)}, ${pPhrase(row.p)}`)
        .join('; '),
      nUsed: m.n,
      notes: [
        `${m.events} events in ${m.n} patients; events per variable ${plain(m.epv, 1)}${epv}.`,
        ...(asPublished ? [AS_PUBLISHED_NOTE] : []),
      ],
    };
  };
}
