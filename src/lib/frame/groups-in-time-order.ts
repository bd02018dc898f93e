import type { AnalysisFrame } from './analysis-frame';
import type { SurvivalInputs } from './survival-inputs';

export interface TimeOrderedGroups {
  /** Each group's time and event, ascending in time (ties in row order). */
  groups: { time: Float64Array; event: Uint8Array }[];
  /** All rows' time, event and group, ascending in time (ties in row order). */
  time: Float64Array;
  event: Uint8Array;
  group: Int32Array;
  /** The frame rows of time, event and group. */
  rows: Uint32Array;
}

/**
 * The rows of survival inputs split by group, in time order, read off the frame's time order of
 * the endpoint (sorted once per dataset): one pass, no sort per view. The estimators sort their
 * input stably, so handing them sorted rows changes nothing but the time they take. A landmark's
 * clock (time − L for time > L) keeps the order.
 */
export function groupsInTimeOrder(frame: AnalysisFrame, inputs: SurvivalInputs): TimeOrderedGroups {
  const m = inputs.rows.length;
  const { timeColumn, eventColumn } = inputs.endpoint;
  // Each used row's group, by frame row (-1: not used); the times and events are read in time
  // order from the frame's once-per-dataset copies, so the loop below reads one array at random
  // (this group code) instead of four.
  const code = new Int32Array(frame.n).fill(-1);
  for (let j = 0; j < m; j++) code[inputs.rows[j]] = inputs.group[j];
  const order = frame.timeOrder(timeColumn);
  const times = frame.inTimeOrder(timeColumn, timeColumn, 'numeric');
  const events = frame.inTimeOrder(timeColumn, eventColumn, 'event');
  const groups = inputs.levels.map((l) => ({
    time: new Float64Array(l.n),
    event: new Uint8Array(l.n),
  }));
  const filled = new Int32Array(groups.length);
  const time = new Float64Array(m);
  const event = new Uint8Array(m);
  const group = new Int32Array(m);
  const rows = new Uint32Array(m);
  const L = inputs.landmark;
  let k = 0;
  for (let o = 0; o < order.length; o++) {
    const r = order[o];
    const g = code[r];
    if (g < 0) continue;
    // A landmark view's clock: the time since the landmark (landmarkTime, for the rows it kept).
    const t = L === undefined ? times[o] : times[o] - L;
    const f = filled[g]++;
    groups[g].time[f] = time[k] = t;
    groups[g].event[f] = event[k] = events[o];
    rows[k] = r;
    group[k++] = g;
  }
  return { groups, time, event, group, rows };
}

/**
 * The same survival inputs with their rows in time order (ties in row order): what a stable sort
 * by time gives, so a Cox fit of them is the fit of the inputs, without its own sort
 * (coxSortOrder sees the times ascending and keeps them as they are).
 * @example inTimeOrder(frame, survivalInputs(frame, spec)).time // ascending
 */
export function inTimeOrder(frame: AnalysisFrame, inputs: SurvivalInputs): SurvivalInputs {
  const { time, event, group, rows } = groupsInTimeOrder(frame, inputs);
  return { ...inputs, time, event, group, rows };
}
