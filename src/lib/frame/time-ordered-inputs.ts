import { endpointById } from '../data/endpoints';
import type { AnalysisFrame } from './analysis-frame';
import {
  checkLandmark,
  keptLevels,
  orderLevels,
  viewGroups,
  type SurvivalInputs,
  type SurvivalSpec,
} from './survival-inputs';

export interface TimeOrderedInputs extends SurvivalInputs {
  /** Each group's time and event (in the order of `levels`), ascending in time. */
  groups: { time: Float64Array; event: Uint8Array }[];
}

/**
 * The survival inputs of a view (survivalInputs: same patients, levels, reference and clock) with
 * their rows in time order, ties in row order — what a stable sort by time gives — and split by
 * group. Read off the endpoint's time order, sorted once per dataset (AnalysisFrame.timeOrder):
 * one pass picks the rows, a second fills the arrays, so a new stratifier costs no sort and no
 * pass over the rows in file order. The estimators sort their input stably, so sorted input
 * changes nothing but the time they take; a Cox fit of it skips its sort. A landmark's clock
 * (time − L for time > L) keeps the order.
 * @example timeOrderedInputs(frame, { endpoint: 'pfs', stratifier: 'dose_level' }).groups[0].time
 */
export function timeOrderedInputs(frame: AnalysisFrame, spec: SurvivalSpec): TimeOrderedInputs {
  const endpoint = endpointById(spec.endpoint);
  const { timeColumn, eventColumn } = endpoint;
  // The same column checks, in the same order, as survivalInputs (the same errors).
  frame.numeric(timeColumn);
  frame.event(eventColumn);
  checkLandmark(endpoint, spec.landmark);
  const { codes, levels } = viewGroups(frame, spec);
  const keepLevel = keptLevels(levels, spec);
  const facet = spec.subset ? facetMask(frame, spec.subset) : null;
  // Rows with a time, in time order, and their times and events read in that order.
  const order = frame.timeOrder(timeColumn);
  const times = frame.inTimeOrder(timeColumn, timeColumn, 'numeric');
  const events = frame.inTimeOrder(timeColumn, eventColumn, 'event');
  // A landmark view keeps the rows followed beyond L, on the clock time − L (landmarkTime).
  const landmark = spec.landmark !== undefined;
  const L = spec.landmark ?? 0;
  const counts = new Int32Array(levels.length);
  const kept = pickRows(order, codes, keepLevel, events, times, landmark, L, facet, counts);
  const { ordered, position, rule } = orderLevels(levels, counts, spec);
  const m = kept.length;
  const groupTimes = ordered.map((l) => new Float64Array(l.n));
  const groupEvents = ordered.map((l) => new Uint8Array(l.n));
  const time = new Float64Array(m);
  const event = new Uint8Array(m);
  const group = new Int32Array(m);
  const rows = new Uint32Array(m);
  fillRows(kept, order, codes, position, times, events, landmark ? L : 0, time, event, group, rows);
  splitGroups(time, event, group, groupTimes, groupEvents);
  const groups = groupTimes.map((t, g) => ({ time: t, event: groupEvents[g] }));
  return {
    endpoint,
    time,
    event,
    group,
    rows,
    levels: ordered,
    referenceRule: rule,
    ...(spec.landmark !== undefined ? { landmark: spec.landmark } : {}),
    groups,
  };
}

// The passes below are plain loops over typed arrays, each in its own function: V8 optimises a
// hot loop on its own (on-stack replacement) and keeps it optimised from one view to the next,
// instead of falling back to the interpreter at the code after it, which has not run yet.

/** 1 for the rows whose `subset` column has its value (a facet of a second stratifier). */
function facetMask(frame: AnalysisFrame, subset: NonNullable<SurvivalSpec['subset']>): Uint8Array {
  const cells = frame.cells(subset.column);
  const value = String(subset.value);
  return Uint8Array.from(cells, (c) => (c !== null && String(c) === value ? 1 : 0));
}

/**
 * Pass 1: the positions in time order of the rows a view uses (kept group, facet, an event
 * status, followed beyond a landmark), counting them by level code into `counts`.
 */
function pickRows(
  order: Uint32Array,
  codes: Int32Array,
  keepLevel: Uint8Array,
  events: Float64Array,
  times: Float64Array,
  landmark: boolean,
  L: number,
  facet: Uint8Array | null,
  counts: Int32Array,
): Uint32Array {
  const kept = new Uint32Array(order.length);
  let m = 0;
  for (let o = 0; o < order.length; o++) {
    const r = order[o];
    const c = codes[r];
    if (c < 0 || keepLevel[c] === 0 || events[o] !== events[o]) continue; // NaN: no status
    if (landmark && !(times[o] > L)) continue;
    if (facet !== null && facet[r] === 0) continue;
    counts[c]++;
    kept[m++] = o;
  }
  return kept.subarray(0, m);
}

/** Pass 2: the used rows' time (− `shift`), event, group position and frame row, in time order. */
function fillRows(
  kept: Uint32Array,
  order: Uint32Array,
  codes: Int32Array,
  position: Int32Array,
  times: Float64Array,
  events: Float64Array,
  shift: number,
  time: Float64Array,
  event: Uint8Array,
  group: Int32Array,
  rows: Uint32Array,
): void {
  for (let j = 0; j < kept.length; j++) {
    const o = kept[j];
    const r = order[o];
    time[j] = shift === 0 ? times[o] : times[o] - shift;
    event[j] = events[o];
    group[j] = position[codes[r]];
    rows[j] = r;
  }
}

/** Each group's times and events, in the order of the rows (time order). */
function splitGroups(
  time: Float64Array,
  event: Uint8Array,
  group: Int32Array,
  groupTimes: Float64Array[],
  groupEvents: Uint8Array[],
): void {
  const filled = new Int32Array(groupTimes.length);
  for (let j = 0; j < time.length; j++) {
    const g = group[j];
    const f = filled[g]++;
    groupTimes[g][f] = time[j];
    groupEvents[g][f] = event[j];
  }
}
