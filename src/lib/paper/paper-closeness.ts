import type { CompareKind, PaperComparison } from './paper-row';

/**
 * When a number on the data is "close" to the paper's, per kind of number. Shown on screen and in
 * docs/methods.md; a row is close when every number it compares is.
 */
export const CLOSE_RULES: Readonly<Record<CompareKind, string>> = {
  count: 'Counts and n/N: equal (the denominator too, where the paper implies one).',
  median:
    'Medians, quartiles and median follow-up: within 10 % of the paper’s; “not reached” matches only “not reached”.',
  survival: 'Survival probabilities at a time (Kaplan–Meier): within 5 percentage points.',
  'hazard-ratio': 'Hazard ratios: the log hazard ratio within 25 % of the paper’s.',
  p: 'p-values: on the same side of 0.05 (significant when p ≤ 0.05, the paper’s two-sided threshold).',
  rho: 'Correlations: within 0.10 of the paper’s.',
  bound: 'Bounds (“at most 10”): within the bound.',
  direction: 'Directions (“higher in …”): the same direction.',
};

/** The paper's significance threshold (two-sided p ≤ 0.05, Methods 2.6). */
export const ALPHA = 0.05;

const known = (v: number | null): v is number => v !== null && Number.isFinite(v);

/** A count compared with the paper's: equal. @example compareCount('n', 28, 28).close // true */
export function compareCount(
  what: string,
  published: number,
  data: number | null,
): PaperComparison {
  return {
    what,
    kind: 'count',
    publishedText: String(published),
    published,
    data,
    close: data === published,
  };
}

/**
 * A median (or quartile) compared with the paper's: within 10 %; null is "not reached".
 * @example compareMedian('median PFS', 30.1, 29.8).close // true
 */
export function compareMedian(
  what: string,
  published: number | null,
  data: number | null,
  publishedText = published === null ? 'NR' : String(published),
): PaperComparison {
  const close =
    published === null
      ? data === null
      : known(data) && Math.abs(data - published) <= 0.1 * Math.abs(published);
  return { what, kind: 'median', publishedText, published, data, close };
}

/** A survival probability (0–1) compared with the paper's: within 5 percentage points. */
export function compareSurvival(
  what: string,
  published: number,
  data: number | null,
): PaperComparison {
  return {
    what,
    kind: 'survival',
    publishedText: `${(100 * published).toFixed(1)}%`,
    published,
    data,
    close: known(data) && Math.abs(data - published) <= 0.05,
  };
}

/** A hazard ratio compared with the paper's: |log HR − log HR_paper| ≤ 0.25 |log HR_paper|. */
export function compareHazardRatio(
  what: string,
  published: number,
  data: number | null,
): PaperComparison {
  const close =
    known(data) &&
    data > 0 &&
    Math.abs(Math.log(data) - Math.log(published)) <= 0.25 * Math.abs(Math.log(published));
  return { what, kind: 'hazard-ratio', publishedText: String(published), published, data, close };
}

/**
 * A p-value compared with the paper's claim: on the same side of 0.05. `published` is the
 * printed p or bound ("p < 0.001" → 0.001), null for "not significant" with no number.
 * @example compareP('log-rank p', 'p = 0.017', 0.017, true, 0.002).close // true
 */
export function compareP(
  what: string,
  publishedText: string,
  published: number | null,
  significant: boolean,
  data: number | null,
): PaperComparison {
  const close = known(data) && data <= ALPHA === significant;
  return { what, kind: 'p', publishedText, published, data, close };
}

/** A correlation compared with the paper's: within 0.10. */
export function compareRho(what: string, published: number, data: number | null): PaperComparison {
  return {
    what,
    kind: 'rho',
    publishedText: String(published),
    published,
    data,
    close: known(data) && Math.abs(data - published) <= 0.1,
  };
}

/** A count compared with an upper bound the paper implies ("≤ 10"). */
export function compareAtMost(what: string, bound: number, data: number | null): PaperComparison {
  return {
    what,
    kind: 'bound',
    publishedText: `≤ ${bound}`,
    published: bound,
    data,
    close: known(data) && data <= bound,
  };
}

/**
 * A direction compared with the paper's: `data` is a difference whose sign says the direction
 * (positive = as the paper says).
 */
export function compareDirection(
  what: string,
  publishedText: string,
  data: number | null,
): PaperComparison {
  return {
    what,
    kind: 'direction',
    publishedText,
    published: 1,
    data,
    close: known(data) && data > 0,
  };
}
