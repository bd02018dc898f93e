/**
 * The engine interface the UI talks to. The worker proxy (engine-client.ts) and the
 * in-thread engine (engine.ts) both satisfy it, so components never know the transport.
 * Every value crossing it is structured-clone-safe.
 */
import type { ValidationReport } from '../data/validate';

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
}

export interface StepOut {
  time: number;
  nRisk: number;
  nEvent: number;
  nCensor: number;
  surv: number;
  stdErr: number | null;
  lower: number | null;
  upper: number | null;
}

export interface GroupCurve {
  label: string;
  n: number;
  events: number;
  median: number | null;
  medianLower: number | null;
  medianUpper: number | null;
  steps: StepOut[];
  at: { time: number; surv: number | null; lower: number | null; upper: number | null }[];
  /** Hazard ratio vs the first (reference) group from a univariable Cox model; null for the reference. */
  hr: { hr: number | null; lower: number | null; upper: number | null; p: number | null } | null;
}

export interface SurvivalResult {
  request: SurvivalRequest;
  endpointLabel: string;
  stratifierLabel: string | null;
  nUsed: number;
  nTotal: number;
  groups: GroupCurve[];
  logRank: { chisq: number; df: number; p: number | null } | null;
  coxWarnings: string[];
  /** Plain-language method names shown beside the numbers. */
  methods: string[];
}

export interface EngineApi {
  /** Decode, validate and derive; on failure the previous dataset stays loaded. Never throws. */
  load(bytes: Uint8Array, fileName: string): LoadOutcome;
  summary(): DatasetSummary | null;
  survival(request: SurvivalRequest): SurvivalResult;
}

/** What the UI holds: the engine with every call asynchronous (a worker proxy or an in-thread wrapper). */
export type AsyncEngine = {
  [K in keyof EngineApi]: (
    ...args: Parameters<EngineApi[K]>
  ) => Promise<Awaited<ReturnType<EngineApi[K]>>>;
};
