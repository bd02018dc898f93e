import { coxSortOrder } from './cox-sort';

/** Sorted, centred and scaled Cox data, ready for the Newton–Raphson passes. */
export interface CoxData {
  n: number;
  nvar: number;
  /** Row order: sorted position → input row. */
  order: Uint32Array;
  /** Stop (event/censoring) times, ascending within stratum. */
  stop: Float64Array;
  /** Entry (start) times in sorted order, or null without left truncation. */
  start: Float64Array | null;
  /** Sorted positions ordered by stratum then ascending start (only with entry). */
  startOrder: Uint32Array | null;
  status: Uint8Array;
  /** 1 on the last sorted row of each stratum, as coxfit6's `strata` vector. */
  lastInStratum: Uint8Array;
  /** Row-major covariates (n × nvar), centred and scaled. */
  x: Float64Array;
  means: Float64Array;
  scale: Float64Array;
}

/** Columns whose values are all in {-1, 0, 1} are neither centred nor scaled (coxph's nocenter). */
function isZeroOne(col: Float64Array): boolean {
  for (let i = 0; i < col.length; i++) {
    const v = col[i];
    if (v !== 0 && v !== 1 && v !== -1) return false;
  }
  return true;
}

/**
 * Sorts by stratum and time and centres/scales the covariates exactly as survival's coxfit6
 * (mean subtracted, then multiplied by n / Σ|x − mean|), which keeps exp() in range and makes
 * the Cholesky tolerance act on comparable scales.
 *
 * @example
 * const d = coxPrepare(Float64Array.of(2, 1), Uint8Array.of(1, 1), [Float64Array.of(0, 1)]);
 * d.order; // Uint32Array [1, 0]
 */
export function coxPrepare(
  time: Float64Array,
  event: Uint8Array,
  columns: Float64Array[],
  strata?: Int32Array,
  entry?: Float64Array,
): CoxData {
  const n = time.length;
  const nvar = columns.length;
  const order = coxSortOrder(time, strata);
  const stop = new Float64Array(n);
  const status = new Uint8Array(n);
  const lastInStratum = new Uint8Array(n);
  const x = new Float64Array(n * nvar);
  for (let p = 0; p < n; p++) {
    const r = order[p];
    stop[p] = time[r];
    status[p] = event[r] ? 1 : 0;
    if (strata && p < n - 1 && strata[order[p + 1]] !== strata[r]) lastInStratum[p] = 1;
  }
  if (n > 0) lastInStratum[n - 1] = 1;
  const means = new Float64Array(nvar);
  const scale = new Float64Array(nvar).fill(1);
  for (let k = 0; k < nvar; k++) {
    const col = columns[k];
    let mean = 0;
    let absdev = 0;
    const center = !isZeroOne(col);
    if (center) {
      for (let i = 0; i < n; i++) mean += col[i];
      mean /= n;
      for (let i = 0; i < n; i++) absdev += Math.abs(col[i] - mean);
      scale[k] = absdev > 0 ? n / absdev : 1;
      means[k] = mean;
    }
    const s = scale[k];
    for (let p = 0; p < n; p++) x[p * nvar + k] = (col[order[p]] - mean) * s;
  }
  let start: Float64Array | null = null;
  let startOrder: Uint32Array | null = null;
  if (entry) {
    start = new Float64Array(n);
    for (let p = 0; p < n; p++) start[p] = entry[order[p]];
    const sortedStrata = strata ? Int32Array.from(order, (r) => strata[r]) : undefined;
    startOrder = coxSortOrder(start, sortedStrata);
  }
  return { n, nvar, order, stop, start, startOrder, status, lastInStratum, x, means, scale };
}
