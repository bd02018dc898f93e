import { toNumber } from './to-number';
export interface SurvivalColumns {
  time: ArrayLike<unknown>;
  event: ArrayLike<unknown>;
  /** Group code per row (-1 = missing); all zeros for the whole cohort. */
  codes: Int32Array;
  /** Group labels, reference first. */
  labels: string[];
  /** If set, the event column holds a status code and this value is the event. */
  eventValue?: number;
}

export interface CompleteCases {
  time: Float64Array;
  event: Uint8Array;
  /** Position of each row's group among `labels` (groups without rows are dropped). */
  group: Int32Array;
  labels: string[];
}

/**
 * The rows where time, event and group are all present (R's na.omit), as typed arrays, with
 * groups that have no rows dropped and the rest renumbered 0..k-1 in their original order.
 */
export function completeCases(cols: SurvivalColumns): CompleteCases {
  const total = cols.codes.length;
  const rows = new Int32Array(total);
  let n = 0;
  for (let i = 0; i < total; i++) {
    if (
      cols.codes[i] >= 0 &&
      Number.isFinite(toNumber(cols.time[i])) &&
      Number.isFinite(toNumber(cols.event[i]))
    )
      rows[n++] = i;
  }
  const counts = new Int32Array(cols.labels.length);
  for (let j = 0; j < n; j++) counts[cols.codes[rows[j]]]++;
  const remap = new Int32Array(cols.labels.length).fill(-1);
  const labels: string[] = [];
  counts.forEach((c, k) => {
    if (c > 0) remap[k] = labels.push(cols.labels[k]) - 1;
  });
  const time = new Float64Array(n);
  const event = new Uint8Array(n);
  const group = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    const row = rows[j];
    time[j] = toNumber(cols.time[row]);
    const e = toNumber(cols.event[row]);
    event[j] = cols.eventValue === undefined ? (e === 1 ? 1 : 0) : e === cols.eventValue ? 1 : 0;
    group[j] = remap[cols.codes[row]];
  }
  return { time, event, group, labels };
}
