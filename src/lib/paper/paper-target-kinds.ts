import type { EndpointId } from '../data/endpoints';
import type { Cell } from '../frame/cell';
import { quantile } from '../stats/quantile';
import { medianFollowUp } from '../stats/reverse-km';
import {
  compareCount,
  compareHazardRatio,
  compareMedian,
  compareP,
  compareSurvival,
} from './paper-closeness';
import type { PaperContext, Side, TwoGroups } from './paper-context';
import {
  hazardRatio,
  medianCI,
  medianSpread,
  months,
  nOfN,
  percent,
  plain,
  pPhrase,
} from './paper-format';
import type { PaperComparison, PaperGroup } from './paper-row';

/** What a target computes on the data: the value as printed, its method, n used, comparisons. */
export interface Computed {
  value: string;
  method: string;
  nUsed: number | null;
  /** Empty when the paper prints no number to compare with. */
  comparisons: PaperComparison[];
  notes?: string[];
}

/** One published number of the paper (targets.md §1–§8) and how to compute it. */
export interface PaperTarget {
  id: string;
  group: PaperGroup;
  label: string;
  /** As printed in the paper (targets.md's "published value"). */
  published: string;
  /** Columns it needs: when one is missing the row is "not computable here", naming them. */
  needs?: readonly string[];
  /** Columns used when present; the ones missing are named, the rest still computed. */
  optional?: readonly string[];
  /** The view that shows it (a URL query). */
  link?: string;
  /** Fixed notes from targets.md (what the paper leaves open). */
  notes?: readonly string[];
  /** Why no patient-level data can give it; such a target has no `compute`. */
  noPatientData?: string;
  compute?: (c: PaperContext) => Computed;
}

/** The paper's claim about a p-value: its text, number (or bound) and side of 0.05. */
export interface PClaim {
  text: string;
  value: number | null;
  significant: boolean;
}

/** "p = 0.017" → significant; "n.s." claims are written with `ns`. */
export const sig = (text: string, value: number): PClaim => ({ text, value, significant: true });
export const ns = (text = 'not significant', value: number | null = null): PClaim => ({
  text,
  value,
  significant: false,
});

/** The note of a threshold group counted as the paper did. */
export const AS_PUBLISHED_NOTE =
  'As published: patients followed for less than the threshold are counted below it (the paper’s naive groups; immortal-time bias, pitfalls P1).';

export const METHOD = {
  proportion: 'proportion n/N (patients with a value)',
  count: 'count of patients',
  km: 'Kaplan–Meier median, Brookmeyer–Crowley CI (R survfit)',
  logRank: 'log-rank test (R survdiff)',
  kmAt: 'Kaplan–Meier estimate (R summary(survfit, times))',
  cox: 'Cox, Breslow ties as the paper’s SPSS; Wald CI and p (R coxph)',
  spearman: 'Spearman, cor.test exact = FALSE',
  mannWhitney: 'Mann–Whitney (R wilcox.test)',
  fisher: 'Fisher’s exact test (R fisher.test)',
  quartiles: 'median and IQR, quantile type 6 (SPSS HAVERAGE; R quantile(type = 6))',
  medianRange: 'sample median and range',
  reverseKm: 'median follow-up by reverse Kaplan–Meier (Schemper & Smith 1996)',
} as const;

/** A proportion n/N compared with the paper's count (and denominator, when it implies one). */
export function proportion(
  c: PaperContext,
  column: string,
  test: (v: Cell) => boolean,
  published: { n: number; N?: number },
): Computed {
  const { n, N } = c.count(column, test);
  return {
    value: nOfN(n, N),
    method: METHOD.proportion,
    nUsed: N,
    comparisons: [
      compareCount('n', published.n, n),
      ...(published.N === undefined ? [] : [compareCount('N', published.N, N)]),
    ],
  };
}

/** Median and IQR (SPSS quartiles), compared with the paper's three numbers. */
export function quartiles(
  c: PaperContext,
  column: string,
  published: [number, number, number],
): Computed {
  const [q1, q2, q3] = c.quantiles(column, [0.25, 0.5, 0.75], 6);
  const r7 = c.quantiles(column, [0.25, 0.75], 7);
  return {
    value: medianSpread(q2, q1, q3, 'IQR'),
    method: METHOD.quartiles,
    nUsed: c.numeric(column).filter((v) => !Number.isNaN(v)).length,
    comparisons: [
      compareMedian('median', published[1], q2),
      compareMedian('lower quartile', published[0], q1),
      compareMedian('upper quartile', published[2], q3),
    ],
    notes: [`R’s default quantile (type 7) gives IQR ${plain(r7[0])}–${plain(r7[1])}.`],
  };
}

/** Sample median and range of the values that are present, compared on the median. */
export function medianRange(values: Float64Array, published: number, unit: 'd' | 'mo'): Computed {
  const x = values.filter((v) => !Number.isNaN(v)).sort();
  const median = quantile(x, 0.5);
  const fixed = unit === 'mo' ? 1 : 0;
  return {
    value: medianSpread(median, x[0] ?? null, x.at(-1) ?? null, 'range', { unit, fixed }),
    method: METHOD.medianRange,
    nUsed: x.length,
    comparisons: [compareMedian('median', published, median)],
  };
}

/** Median follow-up by reverse Kaplan–Meier (with the range of follow-up), compared with the paper's. */
export function followUp(time: Float64Array, event: Float64Array, published: number): Computed {
  const rows = [...time.keys()].filter((i) => !Number.isNaN(time[i]) && !Number.isNaN(event[i]));
  const t = Float64Array.from(rows, (i) => time[i]);
  const e = Uint8Array.from(rows, (i) => event[i]);
  const fu = medianFollowUp(t, e);
  const sorted = t.slice().sort();
  const range = sorted.length ? `; range ${months(sorted[0])}–${months(sorted.at(-1)!)}` : '';
  return {
    value: `${medianCI(fu.median, fu.lower, fu.upper).replace(/\)$/, `${range})`)}`,
    method: METHOD.reverseKm,
    nUsed: fu.n,
    comparisons: [compareMedian('median follow-up', published, fu.median)],
  };
}

/** A group of a survival view: its value, how the paper calls it, the paper's median or rate. */
export interface GroupClaim {
  value: string | number;
  what: string;
  /** The paper's median or rate; null = "not reached"; absent = the paper gives none. */
  published?: number | null;
  publishedText?: string;
}

/** Kaplan–Meier medians of the groups of a stratifier (or all patients), and the log-rank p. */
export function medians(
  c: PaperContext,
  endpoint: EndpointId,
  stratifier: string | null,
  groups: GroupClaim[],
  options: { asPublished?: boolean; exclude?: string[]; p?: PClaim } = {},
): Computed {
  const r = c.survival({
    endpoint,
    stratifier,
    ...(options.asPublished ? { asPublished: true } : {}),
    ...(options.exclude ? { exclude: options.exclude } : {}),
  });
  const shown = groups.map((g) => {
    const curve = stratifier ? c.group(r, g.value) : r.groups[0];
    return { g, curve };
  });
  const text = shown
    .map(
      ({ g, curve }) =>
        `${stratifier ? `${g.what} ` : ''}${medianCI(curve.median, curve.medianLower, curve.medianUpper)}`,
    )
    .join(' vs ');
  const comparisons = shown.flatMap(({ g, curve }) =>
    g.published === undefined
      ? []
      : [compareMedian(`median, ${g.what}`, g.published, curve.median, g.publishedText)],
  );
  const p = r.logRank?.p ?? null;
  if (options.p)
    comparisons.push(
      compareP('log-rank p', options.p.text, options.p.value, options.p.significant, p),
    );
  return {
    value: `${text}${r.logRank ? `; log-rank ${pPhrase(p)}` : ''}`,
    method: `${METHOD.km}${r.logRank ? `; ${METHOD.logRank}` : ''}`,
    nUsed: r.nUsed,
    comparisons,
    notes:
      r.groups.length > 1
        ? [`Groups: ${r.groups.map((g) => `${g.label} ${g.n} (${g.events} events)`).join(', ')}.`]
        : [],
  };
}

/** Kaplan–Meier survival at a time in groups of a stratifier, and the log-rank p. */
export function survivalAt(
  c: PaperContext,
  endpoint: EndpointId,
  stratifier: string,
  time: number,
  groups: GroupClaim[],
  p: PClaim,
  options: { asPublished?: boolean } = {},
): Computed {
  const r = c.survival(
    { endpoint, stratifier, ...(options.asPublished ? { asPublished: true } : {}) },
    [time],
  );
  const at = groups.map((g) => ({ g, s: c.group(r, g.value).at[0]?.surv ?? null }));
  const lr = r.logRank?.p ?? null;
  return {
    value: `${at.map(({ g, s }) => `${g.what} ${percent(s)}`).join(' vs ')} at ${time} mo; log-rank ${pPhrase(lr)}`,
    method: `${METHOD.kmAt} at ${time} months; ${METHOD.logRank}`,
    nUsed: r.nUsed,
    comparisons: [
      ...at.flatMap(({ g, s }) =>
        g.published == null
          ? []
          : [compareSurvival(`${time}-month estimate, ${g.what}`, g.published, s)],
      ),
      compareP('log-rank p', p.text, p.value, p.significant, lr),
    ],
    notes: [`Groups: ${r.groups.map((g) => `${g.label} ${g.n} (${g.events} events)`).join(', ')}.`],
  };
}

/** A univariable Cox hazard ratio (Breslow ties) of one factor, compared on HR and p. */
export function coxRatio(
  c: PaperContext,
  endpoint: EndpointId,
  factor: string,
  published: { hr: number; p: PClaim },
  options: { asPublished?: boolean } = {},
): Computed {
  const row = c.cox(endpoint, [factor], options).rows[0];
  return {
    value: hazardRatio(row.hr, row.lower, row.upper, row.p, row.warning),
    method: METHOD.cox,
    nUsed: row.n,
    comparisons: [
      compareHazardRatio('hazard ratio', published.hr, row.hr),
      compareP('Wald p', published.p.text, published.p.value, published.p.significant, row.p),
    ],
    notes: [`${row.label}, ${row.unit}: ${row.events} events in ${row.n} patients.`],
  };
}

/** p-values of several tests, all claimed on one side of 0.05 ("no significant difference"). */
export function allSides(
  tests: { what: string; p: number | null; n: number }[],
  claim: PClaim,
  method: string,
): Computed {
  if (tests.length === 0)
    throw new Error('none of the columns it compares has values in this dataset');
  const comparisons = tests.map((t) =>
    compareP(t.what, claim.text, claim.value, claim.significant, t.p),
  );
  const off = comparisons.filter((x) => !x.close);
  const lowest = [...tests].sort((a, b) => (a.p ?? 2) - (b.p ?? 2))[0];
  const side = claim.significant ? 'p ≤ 0.05' : 'p > 0.05';
  const value =
    tests.length === 1
      ? `${tests[0].what}: ${pPhrase(tests[0].p)}`
      : `${tests.length - off.length} of ${tests.length} ${side}; ${off.length ? `not: ${off.map((x) => `${x.what} (${pPhrase(x.data)})`).join(', ')}` : `lowest ${lowest.what} (${pPhrase(lowest.p)})`}`;
  return {
    value,
    method,
    nUsed: Math.max(0, ...tests.map((t) => t.n)),
    comparisons,
    notes:
      tests.length > 1
        ? [tests.map((t) => `${t.what}: ${pPhrase(t.p)} (n = ${t.n})`).join('; ') + '.']
        : [],
  };
}

/** A Mann–Whitney comparison as a test for allSides, with its medians in the note. */
export function mw(
  c: PaperContext,
  what: string,
  column: string,
  side: (i: number) => Side,
): { what: string; p: number | null; n: number; groups: TwoGroups } {
  const groups = c.mannWhitney(column, side);
  return { what, p: groups.p, n: groups.n1 + groups.n0, groups };
}

/** Binary column as sides: 1 → 1, 0 → 0, missing → left out. */
export function sideOf(c: PaperContext, column: string): (i: number) => Side {
  const x = c.numeric(column);
  return (i) => (x[i] === 1 ? 1 : x[i] === 0 ? 0 : null);
}

export { nOfN, plain, pPhrase, hazardRatio, medianCI, percent };
