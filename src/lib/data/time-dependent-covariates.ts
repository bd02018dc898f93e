/**
 * The time-dependent covariates of the fair analysis of post-baseline stratifiers (pitfalls P1–P3).
 * Part of the column registry: each covariate z(t) is declared here once — its label, the serial
 * data it is built from, the rule, its naive (baseline-grouped) stratifier and its default
 * landmarks — and registry.ts maps a stratifier to it. The split data are built in
 * src/lib/frame/counting-process.ts.
 */

export type TdCovariateId =
  'mrd_neg' | 'mrd_neg_sustained' | 'car_detectable' | 'in_cr' | 'ada_pos';

export interface TdCovariateSpec {
  id: TdCovariateId;
  /** True when the covariate takes a number of months X (MRD-negative for ≥ X months). */
  needsMonths: boolean;
  /** The on-screen name of "the state held" (z = 1). */
  label: (months?: number) => string;
  /** A short name of the state, for legends on a phone. */
  short: (months?: number) => string;
  /** The input columns it is built from (the first one is required). */
  requires: readonly string[];
  /** How z(t) is built from the serial records, in plain words (docs/methods.md). */
  rule: (months?: number) => string;
  /** The baseline-grouped stratifier of the same idea, whose naive HR is shown beside it. */
  naive: (months?: number) => string;
  /** Landmarks (months after infusion) of the sensitivity table, editable on screen. */
  landmarks: (months?: number) => number[];
}

const X = (months?: number) => months ?? 12;

export const TD_COVARIATES: readonly TdCovariateSpec[] = [
  {
    id: 'mrd_neg',
    needsMonths: false,
    label: () => 'Currently MRD-negative',
    short: () => 'MRD-negative',
    requires: ['mrd_assessments'],
    rule: () =>
      'the result of the latest MRD test with a result (neg/pos), carried forward until the next test; 0 before the first negative test and from progression on',
    naive: () => 'mrd_ever_neg',
    landmarks: () => [3, 6, 12, 24],
  },
  {
    id: 'mrd_neg_sustained',
    needsMonths: true,
    label: (m) => `MRD-negative for ≥ ${X(m)} months so far`,
    short: (m) => `MRD-neg. ≥ ${X(m)} mo`,
    requires: ['mrd_assessments'],
    rule: (m) =>
      `1 from ${X(m)} months after the start of the current MRD-negative run until the run ends (an MRD-positive test or progression)`,
    naive: (m) => `mrd_neg_ge${X(m)}`,
    landmarks: (m) => [X(m) + 1, X(m) + 6, X(m) + 12, X(m) + 24],
  },
  {
    id: 'car_detectable',
    needsMonths: false,
    label: () => 'CAR transgene currently detectable',
    short: () => 'CAR-T detectable',
    requires: ['pk_samples'],
    rule: () =>
      'from infusion, the detectability of the latest PK sample (below_lloq = 0, or copies > 0), carried forward until the next sample',
    naive: () => 'car_persist_ge6',
    landmarks: () => [3, 6, 12, 24],
  },
  {
    id: 'in_cr',
    needsMonths: false,
    label: () => 'In complete response (CR/sCR)',
    short: () => 'In CR',
    requires: ['response_assessments'],
    rule: () => '1 from the first response assessment of CR or sCR until progression',
    naive: () => 'cr_or_better',
    landmarks: () => [1, 3, 6, 12],
  },
  {
    id: 'ada_pos',
    needsMonths: false,
    label: () => 'ADA-positive so far',
    short: () => 'ADA-positive',
    requires: ['ada_post_pos', 'ada_first_pos_months'],
    rule: () => '1 from the first ADA-positive test (ada_first_pos_months) on',
    naive: () => 'ada_post_pos',
    landmarks: () => [3, 6, 12, 24],
  },
];

/** The declaration of one time-dependent covariate; throws on an unknown id. */
export function tdCovariate(id: string): TdCovariateSpec {
  const spec = TD_COVARIATES.find((c) => c.id === id);
  if (!spec) throw new Error(`Unknown time-dependent covariate "${id}".`);
  return spec;
}

/** Stratifiers (naive, baseline-grouped) and the time-dependent covariate of the same idea. */
export const TD_COUNTERPARTS: readonly {
  pattern: RegExp;
  covariate: TdCovariateId;
  /** X of the covariate, from the stratifier's name. */
  months?: (m: RegExpExecArray) => number;
}[] = [
  { pattern: /^mrd_neg_ge(\d+(?:\.\d+)?)$/, covariate: 'mrd_neg_sustained', months: (m) => +m[1] },
  { pattern: /^mrd_ever_neg$/, covariate: 'mrd_neg' },
  { pattern: /^car_persist_ge\d+(?:\.\d+)?$/, covariate: 'car_detectable' },
  { pattern: /^(cr_or_better|cr_by_m\d+(?:\.\d+)?)$/, covariate: 'in_cr' },
  { pattern: /^ada_post_pos$/, covariate: 'ada_pos' },
];

/**
 * A label inside a sentence: its first letter in lower case unless it starts an abbreviation.
 * @example lowerFirst('In complete response') // 'in complete response'; lowerFirst('MRD-negative') // 'MRD-negative'
 */
export function lowerFirst(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}
