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
  const facet = spec.subset ? frame.cells(spec.subset.column) : null;
  const facetValue = spec.subset ? String(spec.subset.value) : '';
  // Rows with a time, in time order, and their times and events read in that order.
  const order = frame.timeOrder(timeColumn);
  const times = frame.inTimeOrder(timeColumn, timeColumn, 'numeric');
  const events = frame.inTimeOrder(timeColumn, eventColumn, 'event');
  // A landmark view keeps the rows followed beyond L, on the clock time − L (landmarkTime).
  const landmark = spec.landmark !== undefined;
  const L = spec.landmark ?? 0;
  // Pass 1: the positions in time order of the rows used (complete cases of kept groups).
  const kept = new Uint32Array(order.length);
  const counts = new Int32Array(levels.length);
  let m = 0;
  for (let o = 0; o < order.length; o++) {
    const r = order[o];
    const c = codes[r];
    if (c < 0 || keepLevel[c] === 0 || Number.isNaN(events[o])) continue;
    if (landmark && !(times[o] > L)) continue;
    if (facet && (facet[r] === null || String(facet[r]) !== facetValue)) continue;
    counts[c]++;
    kept[m++] = o;
  }
  const { ordered, position, rule } = orderLevels(levels, counts, spec);
  // Pass 2: all rows and each group's, in time order.
  const groups = ordered.map((l) => ({ time: new Float64Array(l.n), event: new Uint8Array(l.n) }));
  const filled = new Int32Array(groups.length);
  const time = new Float64Array(m);
  const event = new Uint8Array(m);
  const group = new Int32Array(m);
  const rows = new Uint32Array(m);
  for (let j = 0; j < m; j++) {
    const o = kept[j];
    const r = order[o];
    const g = position[codes[r]];
    const t = landmark ? times[o] - L : times[o];
    const f = filled[g]++;
    groups[g].time[f] = time[j] = t;
    groups[g].event[f] = event[j] = events[o];
    rows[j] = r;
    group[j] = g;
  }
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
