import type { AnalysisFrame } from './analysis-frame';

/** Outcome of one soft target on one cohort. */
export interface SoftResult {
  value: number | null;
  /** Signed deviation in tolerance units; |dev| ≤ 1 passes for value targets. */
  dev: number;
  pass: boolean;
  /** Extra detail (p-value, CI) for the report. */
  note?: string;
}

/**
 * A soft target of calibration.md §1c, evaluated on `In`: the annealing's AnalysisFrame by
 * default, or another view of the cohort for the report (app-targets.ts).
 */
export interface SoftTarget<In = AnalysisFrame> {
  id: string;
  label: string;
  published: string;
  tolerance: string;
  /** Weight in the annealing objective (low for the documented tensions). */
  weight: number;
  /** True if computable inside the annealing loop (outcome columns only). */
  inLoop: boolean;
  evaluate: (f: In) => SoftResult;
}

const fmt = (v: number | null, digits = 1): string => (v === null ? 'NR' : v.toFixed(digits));

/** A median (or other number) with ± tolerance; NR (null) counts as 3 tolerances off. */
export function valueTarget<In = AnalysisFrame>(
  id: string,
  label: string,
  target: number,
  tol: number,
  fn: (f: In) => number | null,
  weight = 1,
  inLoop = true,
): SoftTarget<In> {
  return {
    id,
    label,
    weight,
    inLoop,
    published: String(target),
    tolerance: `± ${tol}`,
    evaluate: (f) => {
      const v = fn(f);
      const dev = v === null ? 3 : (v - target) / tol;
      return { value: v, dev, pass: Math.abs(dev) <= 1 };
    },
  };
}

/** A median that must stay "not reached". */
export function notReachedTarget<In = AnalysisFrame>(
  id: string,
  label: string,
  fn: (f: In) => number | null,
): SoftTarget<In> {
  return {
    id,
    label,
    weight: 1,
    inLoop: true,
    published: 'NR',
    tolerance: 'must stay NR',
    evaluate: (f) => {
      const v = fn(f);
      return { value: v, dev: v === null ? 0 : 2, pass: v === null };
    },
  };
}

/** A p-value that must be on the published side of a threshold. */
export function pSideTarget<In = AnalysisFrame>(
  id: string,
  label: string,
  published: string,
  significant: boolean,
  fn: (f: In) => number | null,
  threshold = 0.05,
  inLoop = true,
  weight = 1,
): SoftTarget<In> {
  return {
    id,
    label,
    weight,
    inLoop,
    published,
    tolerance: significant ? `p < ${threshold}` : `p > ${threshold}`,
    evaluate: (f) => {
      const p = fn(f);
      if (p === null) return { value: null, dev: 2, pass: false };
      const ok = significant ? p < threshold : p > threshold;
      const miss = Math.abs(Math.log10(Math.max(p, 1e-12)) - Math.log10(threshold));
      return { value: p, dev: ok ? 0 : 1 + Math.min(2, miss), pass: ok };
    },
  };
}

/** A naive univariable hazard ratio: within ± 25% on the log scale, inside the CI, p on its side. */
export function hrTarget<In = AnalysisFrame>(
  id: string,
  label: string,
  hr: number,
  lower: number,
  upper: number,
  pPublished: number,
  fn: (f: In) => { hr: number | null; p: number | null },
  weight = 1,
): SoftTarget<In> {
  return {
    id,
    label,
    weight,
    inLoop: true,
    published: `${hr} (${lower}–${upper}), p = ${pPublished < 0.001 ? '< 0.001' : pPublished}`,
    tolerance: '± 25% (log scale), inside CI, p side',
    evaluate: (f) => {
      const r = fn(f);
      if (r.hr === null) return { value: null, dev: 3, pass: false };
      const dev = Math.log(r.hr / hr) / Math.log(1.25);
      const sideOk = r.p !== null && r.p < 0.05;
      const pass = Math.abs(dev) <= 1 && r.hr >= lower && r.hr <= upper && sideOk;
      return {
        value: r.hr,
        dev: sideOk ? dev : Math.sign(dev || 1) * (Math.abs(dev) + 1),
        pass,
        note: `p = ${fmt(r.p, 4)}`,
      };
    },
  };
}

/** A count inside a range (deaths 16–24). */
export function rangeTarget<In = AnalysisFrame>(
  id: string,
  label: string,
  lo: number,
  hi: number,
  fn: (f: In) => number,
): SoftTarget<In> {
  return {
    id,
    label,
    weight: 1,
    inLoop: true,
    published: 'not reported',
    tolerance: `${lo}–${hi}`,
    evaluate: (f) => {
      const v = fn(f);
      const dev = v < lo ? (v - lo) / 2 : v > hi ? (v - hi) / 2 : 0;
      return { value: v, dev, pass: dev === 0 };
    },
  };
}
