/** Every patient's response assessments and how their follow-up ended, as columns. */
export interface ResponseSeries {
  /** Patient i's assessments are entries offsets[i] … offsets[i + 1] − 1, in time order (length: patients + 1). */
  offsets: Uint32Array;
  /** Months since infusion of each assessment. */
  time: Float64Array;
  /** Depth of each assessment's response, 0 = deepest; a value ≥ `depths` is not a response (skipped). */
  depth: Uint8Array;
  /** Months at which the patient progressed or died (endEvent 1) or was last followed (0); NaN = unknown. */
  endTime: Float64Array;
  endEvent: Uint8Array;
}

export interface OccupancyOptions {
  /** Number of response depths (sCR, CR, VGPR, PR, MR/SD → 5). */
  depths: number;
  /** Assessments and progressions recorded up to this many months after a time point count for it. */
  window?: number;
  /** `ever[j]` counts patients who reached a depth ≤ this by months[j], whatever happened after. */
  everDepth?: number;
  /** The patients to count (default: all). */
  rows?: ArrayLike<number>;
}

export interface ResponseOccupancy {
  /** Patients counted: those with a known end of follow-up. The denominator at every time point. */
  n: number;
  /**
   * counts[s][j]: patients in state s at months[j]. States 0 … depths − 1 are the deepest
   * response so far; then `depths` = no response assessed yet, `depths + 1` = progressed or died,
   * `depths + 2` = follow-up ended without progression.
   */
  counts: number[][];
  /** Patients who had reached a depth ≤ everDepth by months[j] (empty without everDepth). */
  ever: number[];
}

/**
 * Who is where at each time point after infusion, with every patient kept in the denominator:
 * the deepest response recorded so far for patients still followed and free of progression, and
 * separate states for those who progressed or died and those whose follow-up ended — a state
 * occupation count, the empirical form of Aalen–Johansen state-occupation probabilities when no
 * one is lost to follow-up (so the bands sum to n at every time point). At time t a patient has
 * progressed or died if endEvent = 1 and endTime ≤ t + window; else their follow-up has ended if
 * endEvent = 0 and endTime < t; else their state is the deepest response among assessments at or
 * before t + window (none yet if there is none). The window lets the visit planned for month t,
 * made a few days after it, count for month t.
 * @example responseOccupancy(series, [1, 2, 3], { depths: 5 }).counts[0] // patients in sCR at months 1, 2, 3
 */
export function responseOccupancy(
  series: ResponseSeries,
  /** Ascending. */
  months: readonly number[],
  options: OccupancyOptions,
): ResponseOccupancy {
  const { depths, window = 0, everDepth } = options;
  const patients = series.endTime.length;
  const rows = options.rows ?? Array.from({ length: patients }, (_, i) => i);
  const none = depths;
  const counts = Array.from({ length: depths + 3 }, () => new Array<number>(months.length).fill(0));
  const ever = everDepth === undefined ? [] : new Array<number>(months.length).fill(0);
  let n = 0;
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r];
    const end = series.endTime[i];
    if (Number.isNaN(end)) continue;
    n++;
    const event = series.endEvent[i] === 1;
    let next = series.offsets[i];
    const last = series.offsets[i + 1];
    let deepest = none;
    // Months ascend and assessments are in time order: one pass over each, O(months + assessments).
    for (let j = 0; j < months.length; j++) {
      const t = months[j];
      while (next < last && series.time[next] <= t + window) {
        if (series.depth[next] < deepest) deepest = series.depth[next];
        next++;
      }
      if (everDepth !== undefined && deepest <= everDepth) ever[j]++;
      let state = deepest;
      if (event && end <= t + window) state = depths + 1;
      else if (!event && end < t) state = depths + 2;
      counts[state][j]++;
    }
  }
  return { n, counts, ever };
}
