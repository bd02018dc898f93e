/**
 * The engine interface the UI talks to. The worker proxy (engine-client.ts) and the
 * in-thread engine (engine.ts) both satisfy it, so components never know the transport.
 * Every value crossing it is structured-clone-safe.
 */
import type { ValidationReport } from '../data/issues';
import type { LongCsv } from '../data/join-long-tables';
import type { KmStep } from '../stats/kaplan-meier';

export type ConfType = 'log' | 'log-log' | 'plain';
export type EndpointId = 'pfs' | 'os' | 'dor' | 'mrd';

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

export interface SurvivalRequest {
  endpoint: EndpointId;
  /** Column defining the groups (a binary/categorical column), or null for the whole cohort. */
  stratifier: string | null;
  /** For a numeric stratifier: the cut-point; groups are < cut and ≥ cut. */
  cut?: number;
  confType?: ConfType;
  /** Times (months) at which survival is reported. */
  times?: number[];
  /**
   * For threshold stratifiers (persistence ≥ X, MRD-negative ≥ X): count patients censored before
   * X as below X, as a naive ("as published") analysis does, instead of leaving them out.
   */
  asPublished?: boolean;
  /**
   * Landmark analysis at this many months: only patients still event-free and followed at the
   * landmark, with time counted from it (Anderson, Cain & Gelber 1983).
   */
  landmark?: number;
  /** Restrict to the rows where this column has this value (one facet of a second stratifier). */
  subset?: { column: string; value: number | string };
}

export interface GroupCurve {
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

export interface HazardRatio {
  hr: number | null;
  lower: number | null;
  upper: number | null;
  p: number | null;
}

/** Univariable Cox hazard ratios of each group vs the first (null for the reference). */
export interface HazardRatios {
  ratios: (HazardRatio | null)[];
  warnings: string[];
}

export interface SurvivalResult {
  request: SurvivalRequest;
  endpointLabel: string;
  stratifierLabel: string | null;
  nUsed: number;
  nTotal: number;
  groups: GroupCurve[];
  logRank: { chisq: number; df: number; p: number | null } | null;
  /** Plain-language method names shown beside the numbers. */
  methods: string[];
}

export interface ForestRequest {
  endpoint: EndpointId;
  factors: string[];
  mode: 'univariable' | 'multivariable';
  ties?: 'efron' | 'breslow';
}

export interface ForestRow {
  factor: string;
  label: string;
  hr: number | null;
  lower: number | null;
  upper: number | null;
  p: number | null;
  n: number;
  events: number;
  warning?: string;
}

export interface ForestResult {
  mode: 'univariable' | 'multivariable';
  ties: 'efron' | 'breslow';
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
    warnings: string[];
  } | null;
}

export interface ColumnInfo {
  name: string;
  label: string;
  kind: 'binary' | 'categorical' | 'numeric' | 'time' | 'event' | 'serial' | 'id';
  levels?: string[];
  nMissing: number;
  postBaseline: boolean;
  derived: boolean;
}

export interface EngineApi {
  /** Decode, validate and derive; on failure the previous dataset stays loaded. Never throws. */
  load(bytes: Uint8Array, fileName: string, serial?: LongCsv): LoadOutcome;
  summary(): DatasetSummary | null;
  survival(request: SurvivalRequest): SurvivalResult;
  /** Cox hazard ratios for the same groups (a separate call: Cox is slower than the curves). */
  hazardRatios(request: SurvivalRequest): HazardRatios;
  /** The loaded dataset's usable columns (for stratifier and covariate lists). */
  columns(): ColumnInfo[];
  forest(request: ForestRequest): ForestResult;
}

/**
 * What the explorer's components call. `channel` names a stream of requests in which only the
 * latest answer is delivered (older ones reject with Superseded).
 */
export interface ViewEngine {
  survival(request: SurvivalRequest, channel?: string): Promise<SurvivalResult>;
  hazardRatios(request: SurvivalRequest, channel?: string): Promise<HazardRatios>;
  forest(request: ForestRequest, channel?: string): Promise<ForestResult>;
  columns(): Promise<ColumnInfo[]>;
  /** Hint: views likely to be asked for next, to compute in idle time. */
  prefetch(requests: SurvivalRequest[]): void;
}
