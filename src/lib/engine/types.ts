/**
 * The engine interface the UI talks to. One entry point, `run(request)`, over a discriminated
 * union of analysis kinds: adding a view means adding a request kind and its result here and an
 * analysis in analyses.ts — the worker, the client and the components need no new method.
 * The worker proxy (engine-client.ts) and the in-thread engine (engine.ts) both satisfy it, so
 * components never know the transport. Every value crossing it is structured-clone-safe.
 */
import type { StratifierRole, ForestRole } from '../data/column-spec';
import type { EndpointId } from '../data/endpoints';
import type { ValidationReport } from '../data/issues';
import type { LongCsv } from '../data/join-long-tables';
import type { ColumnMapping } from '../data/mapping/column-mapping';
import type { MappingPreviewResult } from '../data/mapping/mapping-preview';
import type { Level } from '../frame/factor';
import type { ReferenceRule, SurvivalSpec } from '../frame/survival-inputs';
import type { Table1Level, Table1Spec } from '../frame/table1-inputs';
import type { Table1Section } from '../data/column-spec';
import type { KmStep } from '../stats/kaplan-meier';
import type { HazardRow } from './hazard-row';
import type { PhPlot, PhTest } from './forest-ph';
import type { CumincRequest, CumincResult } from './cuminc-types';
import type { SwimmerRequest, SwimmerResult } from './swimmer-types';
import type { PaperRow } from '../paper/paper-row';
import type { KineticsComparison, KineticsRequest } from './kinetics-types';
import type { SafetyRequest, SafetyResult } from './safety-types';
import type { ResponseRequest, ResponseResult } from './response-types';
import type { RescaledHr } from './rescaled-hr';
import type { SurvivalRmst } from './rmst-types';
import type { TimeDependentRequest, TimeDependentResult } from './time-dependent-types';

export type { EndpointId, HazardRow, Level, SurvivalSpec, PaperRow, PhPlot, PhTest };
export type { Table1Level, Table1Section };
export type * from './swimmer-types';
export type * from './kinetics-types';
export type * from './safety-types';
export type * from './response-types';
export type * from './cuminc-types';
export type * from './rmst-types';
export type * from './time-dependent-types';
export type ConfType = 'log' | 'log-log' | 'plain';
export type Ties = 'efron' | 'breslow';

export interface DatasetSummary {
  label: string;
  fileName: string;
  simulated: boolean;
  n: number;
  monthDays: number;
  formatVersion: string | null;
}

export interface LoadOutcome {
  ok: boolean;
  report: ValidationReport;
  /** The dataset loaded now: the new one on success, the previous one (or null) on failure. */
  current: DatasetSummary | null;
}

// ---- requests -------------------------------------------------------------------------------

/** Kaplan–Meier curves per group and the log-rank test. */
export interface SurvivalRequest extends SurvivalSpec {
  kind: 'survival';
  confType?: ConfType;
  /** Times (months) at which survival is reported. */
  times?: number[];
  /** RMST horizon (months); default: the largest time every group reaches. */
  tau?: number;
}

/** Cox hazard ratios of the same groups (asked separately: Cox is slower than the curves). */
export interface HazardsRequest extends SurvivalSpec {
  kind: 'hazards';
}

/** Cox models for a forest plot: one per factor, or one with all of them. */
export interface ForestRequest {
  kind: 'forest';
  endpoint: EndpointId;
  factors: string[];
  mode: 'univariable' | 'multivariable';
  ties?: Ties;
  /** Threshold factors in their "as published" variant. */
  asPublished?: boolean;
}

/** The loaded dataset's usable columns, with their registry meaning. */
export interface ColumnsRequest {
  kind: 'columns';
}

/** A self-contained R script (survival package) that reproduces one view's numbers. */
export interface RScriptRequest {
  kind: 'rScript';
  view: SurvivalRequest | HazardsRequest | ForestRequest;
}

/** Every published number of the paper beside the same quantity on the loaded data. */
export interface PaperRequest {
  kind: 'paper';
}

/** Table 1: baseline characteristics overall and by the stratifier's groups, one test per row. */
export interface Table1Request extends Table1Spec {
  kind: 'table1';
}

/** Spearman correlations of the kinetic and outcome measures (pairwise complete). */
export interface CorrelationsRequest {
  kind: 'correlations';
}

export type AnalysisRequest =
  | SurvivalRequest
  | HazardsRequest
  | ForestRequest
  | ColumnsRequest
  | RScriptRequest
  | SwimmerRequest
  | PaperRequest
  | KineticsRequest
  | SafetyRequest
  | Table1Request
  | CorrelationsRequest
  | ResponseRequest
  | CumincRequest
  | TimeDependentRequest;
export type AnalysisKind = AnalysisRequest['kind'];

// ---- results --------------------------------------------------------------------------------

export interface GroupCurve {
  /** The group's raw value (for choosing the reference) and its readable label. */
  value: string | number;
  label: string;
  n: number;
  events: number;
  median: number | null;
  medianLower: number | null;
  medianUpper: number | null;
  /** Every Kaplan–Meier step, as kaplanMeier reports it (R's survfit rows). */
  steps: KmStep[];
  at: { time: number; surv: number; lower: number | null; upper: number | null }[];
}

export interface SurvivalResult {
  request: SurvivalRequest;
  /** A title that tells this chart from every other on screen (landmark, facet). */
  title: string;
  endpointLabel: string;
  stratifierLabel: string | null;
  /** Time-axis title: months counted from where this view's clock starts. */
  timeAxis: string;
  nUsed: number;
  nTotal: number;
  /** Groups with patients, reference first. */
  groups: GroupCurve[];
  referenceRule: ReferenceRule;
  logRank: { chisq: number; df: number; p: number | null } | null;
  /** Restricted mean survival time per group up to τ, and vs the reference (null: no rows). */
  rmst?: SurvivalRmst | null;
  /** Plain-language method names shown beside the numbers. */
  methods: string[];
}

/** Hazard ratio of each group vs the reference (null for the reference itself). */
export interface HazardRatios {
  ratios: (HazardRow | null)[];
  /** R's warnings about the fit, passed on. */
  warnings: string[];
  method: string;
}

export interface ForestRow extends HazardRow {
  factor: string;
  label: string;
  unit: string;
  postBaseline: boolean;
  /** The hazard ratio on the registry's second scale (e.g. per 12 months), else null. */
  rescaled: RescaledHr | null;
  n: number;
  events: number;
  /** The smallest group the term compares (a level or its reference; a 0/1 column's 1s or 0s) among the rows used; null for a continuous term. */
  smallestGroup?: number | null;
  /** cox.zph's proportional-hazards test of this row's term (its model's); null when none. */
  ph: PhTest | null;
  /** The term's scaled Schoenfeld residual plot (plot.cox.zph); null when no test. */
  phPlot: PhPlot | null;
  /** Univariable rows: the Wald p adjusted over the screen's rows (R p.adjust), family = tests. */
  pAdjusted?: { holm: number | null; BH: number | null; family: number };
}

export interface ForestResult {
  request: ForestRequest;
  mode: 'univariable' | 'multivariable';
  ties: Ties;
  asPublished: boolean;
  endpointLabel: string;
  nTotal: number;
  rows: ForestRow[];
  /** The multivariable model's summary; null for univariable rows. */
  model: {
    n: number;
    events: number;
    /** Events per estimated coefficient; under 10 the model is likely overfitted. */
    epv: number | null;
    lrTest: { stat: number; df: number; p: number };
    concordance: number | null;
    converged: boolean;
    warnings: string[];
    /** cox.zph's GLOBAL proportional-hazards test of the model; null when none. */
    ph: PhTest | null;
  } | null;
}

export interface ColumnInfo {
  name: string;
  label: string;
  kind: 'binary' | 'categorical' | 'numeric' | 'time' | 'event' | 'serial' | 'id';
  unit?: string;
  /** Values of a binary or categorical column: R's order, readable labels, rows per value. */
  levels?: Level[];
  nMissing: number;
  postBaseline: boolean;
  derived: boolean;
  /** The registry's roles of the column, when it has them. */
  stratifier?: StratifierRole;
  forest?: ForestRole;
  /** Bookkeeping, an outcome detail or a landmark classifier: never offered as groups. */
  internal?: true;
}

/**
 * An R script and, for large data, the CSV it reads (to be saved beside it under `csv.fileName`).
 * The same view of the same data always gives the same bytes (no date is written).
 */
export interface RScript {
  fileName: string;
  script: string;
  csv: { fileName: string; text: string } | null;
}

/** One column of one Table 1 row: Overall, or one group. */
export interface Table1Cell {
  /** Patients with a value: the N of every n/N in this cell. */
  n: number;
  missing: number;
  /** numeric rows: median and quartiles (R's quantile type 7); null otherwise or without values. */
  median: number | null;
  q1: number | null;
  q3: number | null;
  /** binary and categorical rows: patients with each of the row's `levels`; [] for numeric rows. */
  counts: number[];
}

/** The test of one Table 1 row, comparing the groups (patients with a value and a known group). */
export interface Table1Test {
  method: 'fisher' | 'chi-square' | 'mann-whitney' | 'kruskal-wallis';
  /** The test's name on screen. */
  name: string;
  /** The R call it matches. */
  rCall: string;
  statistic: number | null;
  df: number | null;
  p: number | null;
  /** Patients in the test. */
  n: number;
  /** A caveat in plain words (e.g. small expected counts), or null. */
  note: string | null;
}

export interface Table1Row {
  column: string;
  label: string;
  unit: string | null;
  section: Table1Section;
  /** numeric: median [IQR]; binary: n/N (%) of "yes"; categorical: n/N (%) of each value. */
  kind: 'numeric' | 'binary' | 'categorical';
  /** binary: [no, yes]; categorical: the values present, in the registry's order (else R's). */
  levels: Table1Level[];
  overall: Table1Cell;
  /** One cell per group of the result, in its order. */
  groups: Table1Cell[];
  test: Table1Test | null;
  /** Why the groups could not be compared on this row (null when tested, or without groups). */
  noTest: string | null;
}

export interface Table1Result {
  request: Table1Request;
  title: string;
  stratifierLabel: string | null;
  /** The stratifier is known only after infusion: the groups' baseline, not a cause. */
  postBaseline: boolean;
  nTotal: number;
  /** Patients with a known group: the tests use these; the others are in Overall only. */
  nGrouped: number;
  /** Groups with patients, reference first. */
  groups: Level[];
  referenceRule: ReferenceRule | null;
  rows: Table1Row[];
  /** Plain-language method names shown beside the numbers. */
  methods: string[];
}

/** One measure of the correlation matrix, with every patient's value. */
export interface CorrelationVariable {
  column: string;
  label: string;
  /** The matrix's row and column label. */
  short: string;
  unit: string | null;
  /** A censored time (its value may be the end of follow-up rather than the event). */
  censorable: boolean;
  /** Patients with a value, and how many of those values are censored. */
  n: number;
  nCensored: number;
  /** Per patient (the dataset's row order): the value, null = missing. */
  values: (number | null)[];
  /** Per patient: the value is censored. */
  censored: boolean[];
}

/** Spearman's rank correlation of two measures, on the patients with both. */
export interface CorrelationPair {
  /** Column names: x is the earlier measure in the matrix's order, y the later. */
  x: string;
  y: string;
  rho: number | null;
  p: number | null;
  n: number;
  /** Patients in the pair with at least one censored value. */
  nCensored: number;
}

export interface CorrelationsResult {
  nTotal: number;
  variables: CorrelationVariable[];
  /** Every pair of measures, x before y in the matrix's order. */
  pairs: CorrelationPair[];
  method: string;
  /** Why a rank correlation on censored times is descriptive at best. */
  caveat: string;
}

export interface AnalysisResults {
  survival: SurvivalResult;
  hazards: HazardRatios;
  forest: ForestResult;
  columns: ColumnInfo[];
  rScript: RScript;
  swimmer: SwimmerResult;
  paper: PaperRow[];
  kinetics: KineticsComparison;
  safety: SafetyResult;
  table1: Table1Result;
  correlations: CorrelationsResult;
  response: ResponseResult;
  cuminc: CumincResult;
  timeDependent: TimeDependentResult;
}

export type ResultOf<R extends AnalysisRequest> = AnalysisResults[R['kind']];

// ---- the two sides --------------------------------------------------------------------------

export interface EngineApi {
  /** Decode, validate and derive; on failure the previous dataset stays loaded. Never throws. */
  load(bytes: Uint8Array, fileName: string, serial?: LongCsv, mapping?: ColumnMapping): LoadOutcome;
  /** The mapping step's view of a file: its columns, the proposed mapping, the first rows. */
  proposeMapping(bytes: Uint8Array, fileName: string): MappingPreviewResult;
  summary(): DatasetSummary | null;
  /** Run one analysis on the loaded dataset; throws a plain-language error when it cannot. */
  run<R extends AnalysisRequest>(request: R): ResultOf<R>;
}

/**
 * What the view controllers call. `channel` names a stream of requests in which only the latest
 * answer is delivered (older ones reject with Superseded).
 */
export interface ViewEngine {
  run<R extends AnalysisRequest>(request: R, channel?: string): Promise<ResultOf<R>>;
  /** Hint: analyses likely to be asked for next, to compute in idle time. */
  prefetch(requests: AnalysisRequest[]): void;
}
