import { modelMatrix, type ModelColumn } from '../stats/model-matrix';
import type { AnalysisFrame } from './analysis-frame';
import type { Cell } from './cell';

/** One covariate of a Cox model. */
export interface Covariate {
  name: string;
  /** Treat as a factor with these levels, the first being the reference (factor(levels = …)). */
  levels?: readonly string[];
  /** Use the column's "as published" variant. */
  asPublished?: boolean;
}

export interface CoxInputsSpec {
  time: string;
  event: string;
  /** Delayed-entry (start) time column: counting-process data, Surv(entry, time, event). */
  entry?: string;
  strata?: { name: string; levels?: readonly string[]; asPublished?: boolean };
  covariates: Covariate[];
}

export interface CoxInputs {
  time: Float64Array;
  event: Uint8Array;
  entry?: Float64Array;
  strata?: Int32Array;
  /** The design: one column per term, complete cases only. */
  x: Float64Array[];
  /** Term names as R's model.matrix (numeric `age`, dummies `celltypesmallcell`). */
  names: string[];
  terms: { column: string; level: string | null }[];
}

/**
 * The model inputs of a Cox model, as coxph(Surv([entry,] time, event) ~ covariates
 * [+ strata(s)]) builds them: rows with a missing time, event, entry (or entry ≥ time, as Surv()
 * drops them), stratum or covariate are left out; numeric covariates enter as they are (a 0/1
 * column is one term named after the column), text covariates as treatment-coded factors.
 * Throws, as R stops, when a factor has fewer than two levels.
 * @example coxInputs(frame, { time: 'pfs_months', event: 'pfs_event', covariates: [{ name: 'age_years' }] }).names // ['age_years']
 */
export function coxInputs(frame: AnalysisFrame, spec: CoxInputsSpec): CoxInputs {
  const time = frame.numeric(spec.time);
  const event = frame.event(spec.event);
  const entry = spec.entry ? frame.numeric(spec.entry) : undefined;
  const strata = spec.strata
    ? frame.factor(spec.strata.name, {
        order: spec.strata.levels,
        asPublished: spec.strata.asPublished,
      }).codes
    : undefined;
  const rows: number[] = [];
  for (let i = 0; i < frame.n; i++) {
    if (Number.isNaN(time[i]) || Number.isNaN(event[i])) continue;
    if (entry && !(entry[i] < time[i])) continue;
    if (strata && strata[i] < 0) continue;
    rows.push(i);
  }
  const mm = modelMatrix(spec.covariates.map((c) => modelColumn(frame, c, rows)));
  const used = rows.filter((_, j) => mm.keep[j] === 1);
  const pick = (a: Float64Array) => Float64Array.from(used, (r) => a[r]);
  return {
    time: pick(time),
    event: Uint8Array.from(used, (r) => event[r]),
    entry: entry ? pick(entry) : undefined,
    strata: strata ? Int32Array.from(used, (r) => strata[r]) : undefined,
    x: mm.x,
    names: mm.names,
    terms: mm.terms,
  };
}

function modelColumn(frame: AnalysisFrame, c: Covariate, rows: number[]): ModelColumn {
  let cells: readonly Cell[] = frame.cells(c.name);
  if (c.asPublished && frame.hasAsPublished(c.name)) {
    const f = frame.factor(c.name, { asPublished: true });
    cells = Array.from(f.codes, (k) => (k < 0 ? null : (f.levels[k].value as number)));
  }
  const numeric = cells.every((v) => v === null || typeof v === 'number');
  const levels = c.levels ? [...c.levels] : numeric ? undefined : distinctText(cells);
  if (levels && levels.length < 2) {
    // R stops too: "contrasts can be applied only to factors with 2 or more levels"
    throw new Error(`covariate '${c.name}' has fewer than 2 levels`);
  }
  const values = rows.map((r) => (levels && cells[r] !== null ? String(cells[r]) : cells[r]));
  return { name: c.name, levels, values };
}

function distinctText(cells: readonly Cell[]): string[] {
  const seen = new Set<string>();
  for (const v of cells) if (v !== null) seen.add(String(v));
  return [...seen].sort((a, b) => a.localeCompare(b, 'en'));
}
