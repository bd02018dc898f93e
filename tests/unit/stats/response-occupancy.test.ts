import { describe, expect, it } from 'vitest';
import { responseOccupancy, type ResponseSeries } from '../../../src/lib/stats/response-occupancy';

// Small hand-made cohorts with every rule of the state count; the demo cohort is compared with
// the same rules written in R in tests/unit/engine/response.test.ts.

/** A series from per-patient assessments [time, depth] and ends [time, event]. */
function series(patients: { a: [number, number][]; end: [number, number] }[]): ResponseSeries {
  const offsets = new Uint32Array(patients.length + 1);
  const time: number[] = [];
  const depth: number[] = [];
  patients.forEach((p, i) => {
    for (const [t, d] of p.a) {
      time.push(t);
      depth.push(d);
    }
    offsets[i + 1] = time.length;
  });
  return {
    offsets,
    time: Float64Array.from(time),
    depth: Uint8Array.from(depth),
    endTime: Float64Array.from(patients, (p) => p.end[0]),
    endEvent: Uint8Array.from(patients, (p) => p.end[1]),
  };
}
// States with depths = 5: 0–4 responses, 5 none yet, 6 progressed or died, 7 follow-up ended.
const state = (s: ResponseSeries, t: number, window = 0) => {
  const o = responseOccupancy(s, [t], { depths: 5, window, everDepth: 1 });
  return o.counts.findIndex((c) => c[0] === 1);
};

describe('responseOccupancy', () => {
  it.each([
    ['no assessment yet', [], [10, 0], 0.5, 5],
    [
      'the deepest response so far, not the latest',
      [
        [0.5, 3],
        [1, 0],
        [2, 2],
      ],
      [10, 0],
      2.5,
      0,
    ],
    [
      'a later, deeper response not yet reached',
      [
        [0.5, 3],
        [3, 0],
      ],
      [10, 0],
      2,
      3,
    ],
    ['an assessment exactly at t counts', [[2, 1]], [10, 0], 2, 1],
    ['a value beyond the depths (PD, NE) is not a response', [[1, 255]], [10, 0], 2, 5],
    ['progressed at t: progressed', [[0.5, 0]], [3, 1], 3, 6],
    ['progression after t: still in response', [[0.5, 0]], [3.1, 1], 3, 0],
    ['censored exactly at t: still followed', [[0.5, 1]], [3, 0], 3, 1],
    ['censored before t: follow-up ended', [[0.5, 1]], [2.9, 0], 3, 7],
  ] as const)('responseOccupancy: %s', (_what, a, end, t, expected) => {
    const s = series([{ a: a.map(([x, d]) => [x, d] as [number, number]), end: [end[0], end[1]] }]);
    expect(state(s, t)).toBe(expected);
  });

  it('responseOccupancy counts assessments and progressions within the window after t', () => {
    const s = series([
      { a: [[3.02, 1]], end: [10, 0] },
      { a: [[0.5, 2]], end: [3.3, 1] },
      { a: [[0.5, 2]], end: [2.9, 0] },
    ]);
    const o = responseOccupancy(s, [3], { depths: 5, window: 0.46 });
    expect(o.counts.map((c) => c[0])).toEqual([0, 1, 0, 0, 0, 0, 1, 1]);
  });

  it('responseOccupancy keeps everyone in the denominator: the states sum to n at every time', () => {
    const s = series([
      {
        a: [
          [0.5, 3],
          [1, 1],
        ],
        end: [5, 1],
      },
      { a: [[0.5, 4]], end: [1.5, 1] },
      { a: [], end: [4, 0] },
      { a: [[1, 0]], end: [NaN, 0] },
    ]);
    const months = [1, 2, 3, 4, 5, 6];
    const o = responseOccupancy(s, months, { depths: 5, everDepth: 1 });
    expect(o.n).toBe(3);
    months.forEach((_, j) => expect(o.counts.reduce((sum, c) => sum + c[j], 0)).toBe(3));
    // Ever reached CR or better: patient 1 from month 1 on, also after progressing.
    expect(o.ever).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('responseOccupancy counts only the rows asked for', () => {
    const s = series([
      { a: [[1, 0]], end: [9, 0] },
      { a: [[1, 3]], end: [9, 0] },
    ]);
    const o = responseOccupancy(s, [2], { depths: 5, rows: [1] });
    expect(o.n).toBe(1);
    expect(o.counts[3]).toEqual([1]);
    expect(o.counts[0]).toEqual([0]);
    expect(o.ever).toEqual([]);
  });
});
