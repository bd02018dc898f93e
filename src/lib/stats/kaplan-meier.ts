import { kmPrintMedian } from './km-print-median';
import { kmConfLimits, kmZ, type ConfType } from './km-conf-int';
import { kmQuantiles, type KmQuantile } from './km-quantile';
import { kmRows } from './km-rows';
import { isAscending, sortOrder } from './sort-order';

export type { ConfType } from './km-conf-int';

/** One row of a Kaplan–Meier table: a distinct event or censoring time. */
export interface KmStep {
  time: number;
  nRisk: number;
  nEvent: number;
  nCensor: number;
  surv: number;
  /** Standard error of the cumulative hazard −log S (Greenwood), as survfit's `$std.err`; null when infinite. */
  stdErr: number | null;
  lower: number | null;
  upper: number | null;
}

export interface KmOptions {
  confType?: ConfType;
  confLevel?: number;
  /** Delayed-entry (left-truncation) times: a row is at risk at t when entry < t ≤ time. */
  entry?: Float64Array;
}

export interface KaplanMeierFit {
  /** Rows used after dropping missing values (NaN time or entry, entry ≥ time). */
  n: number;
  events: number;
  confType: ConfType;
  confLevel: number;
  steps: KmStep[];
  median: number | null;
  medianLower: number | null;
  medianUpper: number | null;
  /** Quartiles p = 0.25, 0.5, 0.75: the times at which 1 − S first reaches p. */
  quantiles: KmQuantile[];
}

/**
 * Kaplan–Meier estimate of the survival function with Greenwood standard errors and
 * pointwise confidence intervals, one step at every distinct time (censor-only times too).
 * Rows with NaN time (or NaN entry, or entry ≥ time) are dropped, as na.omit and Surv() do.
 * Any non-zero `event` is an event. Sorts once (radix) and makes a single pass.
 *
 * Reference: Kaplan & Meier (1958) doi.org/10.1080/01621459.1958.10501452; matches R's
 * survfit(Surv(time, event) ~ 1, conf.type = …) or survfit(Surv(entry, time, event) ~ 1).
 *
 * @example
 * kaplanMeier(Float64Array.of(1, 2, 2, 3), Uint8Array.of(1, 1, 0, 1)).steps.map((s) => s.surv);
 * // [0.75, 0.5, 0]
 */
export function kaplanMeier(
  time: Float64Array,
  event: Uint8Array,
  options: KmOptions = {},
): KaplanMeierFit {
  const { confType = 'log', confLevel = 0.95, entry } = options;
  const rows = kmRows(time, entry);
  const n = rows.length;
  // Gather once into contiguous sorted columns: the scan below then reads sequentially. Rows
  // that are all used and already in time order (a survival view's, timeOrderedInputs) are read
  // as they are.
  let t = time;
  let ev = event;
  if (n !== time.length || !isAscending(time)) {
    t = new Float64Array(n);
    ev = new Uint8Array(n);
    gatherSorted(sortOrder(time, rows), time, event, t, ev);
  }
  const entrySorted = entry ? Float64Array.from(rows, (r) => entry[r]).sort() : null;
  const steps = kmScan(t, ev, entrySorted, confType, kmZ(confLevel));
  let events = 0;
  for (const s of steps) events += s.nEvent;
  const quantiles = kmQuantiles(steps, [0.25, 0.5, 0.75]);
  const median = kmPrintMedian(steps);
  return {
    n,
    events,
    confType,
    confLevel,
    steps,
    median: median.median,
    medianLower: median.lower,
    medianUpper: median.upper,
    quantiles,
  };
}

// Each pass is its own function: V8 optimises a hot loop on its own and keeps it from one fit to
// the next (src/lib/frame/time-ordered-inputs.ts says more).

/** Time and event (0/1) read in `order`. */
function gatherSorted(
  order: Uint32Array,
  time: Float64Array,
  event: Uint8Array,
  t: Float64Array,
  ev: Uint8Array,
): void {
  for (let i = 0; i < order.length; i++) {
    t[i] = time[order[i]];
    ev[i] = event[order[i]] !== 0 ? 1 : 0;
  }
}

/** The number of distinct values of a sorted array. */
function countDistinct(t: Float64Array): number {
  let distinct = 0;
  for (let i = 0; i < t.length; i++) if (i === 0 || t[i] !== t[i - 1]) distinct++;
  return distinct;
}

/** The Kaplan–Meier table of time-sorted rows (any non-zero event is an event): one step per
 * distinct time, Greenwood errors. */
function kmScan(
  t: Float64Array,
  ev: Uint8Array,
  entrySorted: Float64Array | null,
  confType: ConfType,
  z: number,
): KmStep[] {
  const n = t.length;
  const limits = new Float64Array(2);
  const steps: KmStep[] = new Array<KmStep>(countDistinct(t)); // preallocated: push() is 4× slower at 10^6
  let step = 0;
  let surv = 1;
  let varHaz = 0;
  let entered = 0; // rows with entry < current time
  for (let i = 0; i < n;) {
    const ti = t[i];
    let d = 0;
    let j = i;
    for (; j < n && t[j] === ti; j++) if (ev[j] !== 0) d++; // any non-zero is an event
    let nRisk = n - i;
    if (entrySorted) {
      while (entered < n && entrySorted[entered] < ti) entered++;
      nRisk = entered - i;
    }
    if (d > 0) {
      surv *= (nRisk - d) / nRisk;
      varHaz += nRisk > d ? d / (nRisk * (nRisk - d)) : Infinity;
    }
    const se = Math.sqrt(varHaz);
    kmConfLimits(surv, se, confType, z, limits);
    steps[step++] = {
      time: ti,
      nRisk,
      nEvent: d,
      nCensor: j - i - d,
      surv,
      stdErr: se === Infinity ? null : se,
      lower: Number.isFinite(limits[0]) ? limits[0] : null,
      upper: Number.isFinite(limits[1]) ? limits[1] : null,
    };
    i = j;
  }
  return steps;
}
