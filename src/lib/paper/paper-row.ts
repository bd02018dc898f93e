/**
 * One published number of the paper set beside the same quantity computed on the loaded data:
 * what the `paper` analysis returns (one row per id of targets.md §1–§8), structured-clone-safe.
 */

/** The groups of targets.md, in its order. */
export const PAPER_GROUPS = [
  { id: 'flow', label: 'Cohort flow and design' },
  { id: 'baseline', label: 'Baseline characteristics' },
  { id: 'response', label: 'Response' },
  { id: 'survival', label: 'Survival' },
  { id: 'hazards', label: 'Hazard ratios (Cox regression)' },
  { id: 'mrd', label: 'MRD dynamics' },
  { id: 'kinetics', label: 'CAR-T pharmacokinetics' },
  { id: 'safety', label: 'Safety and immunogenicity' },
] as const;

export type PaperGroup = (typeof PAPER_GROUPS)[number]['id'];

/**
 * - `close`: every number compared is close by the rule of its kind (paper-closeness.ts);
 * - `differs`: at least one is not;
 * - `not-published`: computed here, but the paper prints no number to compare with;
 * - `not-computable`: this dataset lacks a column it needs (named), or the data cannot give it;
 * - `no-patient-data`: no patient-level data can give it (e.g. patients screened before infusion).
 */
export type PaperStatus =
  'close' | 'differs' | 'not-published' | 'not-computable' | 'no-patient-data';

/** The kinds of number compared, each with its own rule of "close". */
export type CompareKind =
  'count' | 'median' | 'survival' | 'hazard-ratio' | 'p' | 'rho' | 'bound' | 'direction';

/** One number of a row: the paper's and the data's, and whether they are close. */
export interface PaperComparison {
  /** What the number is, e.g. "median PFS, triple-refractory". */
  what: string;
  kind: CompareKind;
  /** The paper's number as printed ("p < 0.001", "NR", "n.s."). */
  publishedText: string;
  /** The paper's number (a bound for "< 0.001"); null for "NR" or "not significant". */
  published: number | null;
  /** The data's number; null when not reached or not estimable. */
  data: number | null;
  close: boolean;
}

export interface PaperRow {
  /** The id of targets.md (F01, C01, …, A09). */
  id: string;
  group: PaperGroup;
  /** What it is, in plain words. */
  label: string;
  /** The paper's value as printed. */
  published: string;
  /** The value on the loaded data, formatted like the paper's; null when not computed. */
  value: string | null;
  /** The method that gave `value`, named as everywhere in the explorer. */
  method: string | null;
  /** Patients used, of `nTotal`. */
  nUsed: number | null;
  nTotal: number;
  status: PaperStatus;
  comparisons: PaperComparison[];
  /** Columns the dataset lacks (status `not-computable`). */
  missingColumns: string[];
  /** Why the row is not computable, in plain words (null when it is). */
  reason: string | null;
  /** The URL query of the view that shows the number (null when no view does). */
  link: string | null;
  /** How this value was computed on these data (groups, exclusions). */
  notes: string[];
  /** The consistency findings of targets.md §10 that concern this number. */
  audit: string[];
}
