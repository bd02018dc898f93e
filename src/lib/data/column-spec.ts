/**
 * The shape of one entry of the column registry (columns.ts for input columns, derived-columns.ts
 * for the columns the explorer computes). An entry is the only place where a column's label,
 * unit, readable values, post-baseline flag and roles in the analyses are declared; every list
 * on screen (stratifiers, forest factors, facets) is a filter over the registry (registry.ts).
 */

export type ColumnType = 'string' | 'number' | 'integer' | 'boolean' | 'enum';
export type Requirement = 'required' | 'recommended' | 'optional';

export type StratifierGroup =
  'Baseline' | 'Treatment' | 'Response and MRD' | 'CAR-T kinetics' | 'Safety';

/**
 * A landmark analysis of a post-baseline stratifier (Anderson, Cain & Gelber 1983): patients
 * still event-free and followed at `months` after infusion, grouped by what was known then.
 */
export interface LandmarkRule {
  months: number;
  /** The column that classifies patients at the landmark, when it is not the stratifier itself. */
  column?: string;
}

export interface StratifierRole {
  group: StratifierGroup;
  /** Months at which the group is known: the fairer landmark view shown beside the naive one. */
  landmark?: LandmarkRule;
  /**
   * A threshold on a right-censored duration with an "as published" variant: patients followed
   * for less than the threshold are counted below it, as a naive analysis does.
   */
  asPublished?: true;
  /** For post-baseline stratifiers: why comparing its groups from infusion is biased, in plain words. */
  bias?: string;
}

export interface ForestRole {
  /** What one unit of the covariate means, for reading its hazard ratio. */
  unit: 'yes vs no' | 'per month' | 'per year';
  /** Position in the forest plot (the paper's Fig. 3 order). */
  order: number;
  /**
   * A second, more readable scale for a per-unit hazard ratio (HR^by): a month is too small a
   * unit for a duration over years, so "per month" is also shown "per 12 months".
   */
  rescale?: { by: number; unit: string };
}

/** The sections of the cohort's Table 1, in the order shown. */
export const TABLE1_SECTIONS = [
  'Demographics',
  'Disease',
  'Cytogenetics',
  'Prior therapy',
  'Treatment',
] as const;
export type Table1Section = (typeof TABLE1_SECTIONS)[number];

export interface Table1Role {
  section: Table1Section;
  /** Position in Table 1 (across sections; sections come in TABLE1_SECTIONS order). */
  order: number;
  /** A number shown as its values, n/N (%) each (ECOG, dose level), not as median [IQR]. */
  levels?: true;
}

export interface CorrelationRole {
  /** Position in the correlation matrix. */
  order: number;
  /** The matrix's row and column label (the full label is its tooltip). */
  short: string;
  /**
   * For a censored time: its event column. A value without the event is the end of follow-up,
   * not the time itself, so a rank correlation on it is descriptive at best (pitfalls P10).
   */
  event?: string;
}

/**
 * The views (by tab id) that cannot show anything without certain columns: their first inputs.
 * A forest role means "one of the Cox forest plots' factors", a Table 1 role "one of Table 1's
 * rows"; every other need is declared on the column (`views`).
 */
export type NeedingView =
  'forest' | 'mrd' | 'kinetics' | 'correlations' | 'cohort' | 'response' | 'safety';

/** 'needs': the view shows nothing without the column; 'one-of': this or another 'one-of' column. */
export type ViewNeed = 'needs' | 'one-of';

/** What a column means to the analyses; shared by input and derived columns. */
export interface ColumnMeaning {
  name: string;
  type: ColumnType;
  /** The words shown on screen, in tables and in exports. */
  label: string;
  unit?: string;
  /** Allowed values of an enum, in the order groups are listed. */
  levels?: readonly string[];
  /** Readable label per value (keyed by the value as text: '0'/'1' for booleans). */
  valueLabels?: Readonly<Record<string, string>>;
  /** Known only after infusion: comparing groups from infusion invites immortal-time bias. */
  postBaseline: boolean;
  /** An event-status column: the values that are the event (every other value is censored). */
  eventValues?: readonly number[];
  stratifier?: StratifierRole;
  forest?: ForestRole;
  /** A baseline characteristic of the cohort's Table 1. */
  table1?: Table1Role;
  /** A kinetic or outcome measure of the correlation matrix. */
  correlation?: CorrelationRole;
  /** Bookkeeping or an outcome detail: never offered as groups (stratifier or facet). */
  internal?: true;
  /** Views that need the column, beyond those its forest and Table 1 roles imply. */
  views?: Readonly<Partial<Record<NeedingView, ViewNeed>>>;
}

/** An input column of the patient table: its meaning plus the data contract's rules. */
export interface ColumnSpec extends ColumnMeaning {
  type: ColumnType;
  requirement: Requirement;
  min?: number;
  max?: number;
  /** True if null is never allowed. */
  noMissing?: boolean;
  /** For integer codes: the only allowed values (anything else is an error). */
  codes?: readonly number[];
  /** What an empty cell means when it is expected (no warning is given for these). */
  missingMeans?: string;
}

/** A column the explorer computes from the input columns (derive.ts). */
export interface DerivedColumnSpec extends ColumnMeaning {
  type: 'boolean' | 'number' | 'enum';
  /** The rule in plain words (docs/data-format.md repeats it). */
  rule: string;
  /** For a threshold on a right-censored duration: which duration, and the threshold in months. */
  threshold?: { of: 'mrd-negativity' | 'car-t-detection'; months: number };
}

/**
 * Value labels of a yes/no column: `yesNo('prior CAR-T')` → { 0: 'No prior CAR-T', 1: 'Prior CAR-T' }.
 * @example yesNo('EMD/PCL')['1'] // 'EMD/PCL'
 */
export function yesNo(what: string): Record<string, string> {
  return { '0': `No ${what}`, '1': `${what[0].toUpperCase()}${what.slice(1)}` };
}

/** Value labels of a 0/1 column from its two labels. @example binary('< 50 %', '≥ 50 %')['0'] // '< 50 %' */
export function binary(no: string, yes: string): Record<string, string> {
  return { '0': no, '1': yes };
}
