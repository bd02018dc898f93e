import { describe, expect, it } from 'vitest';
import { kaplanMeier } from '../../../src/lib/stats/kaplan-meier';
import { logRank } from '../../../src/lib/stats/log-rank';
import { isAscending } from '../../../src/lib/stats/sort-order';

// Rows already in time order are read as they are (no sort, no copy): the estimates must be
// those of the same rows in any other order, event codes other than 1 included.
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const random = lcg(11);
const n = 400;
const rows = Array.from({ length: n }, () => ({
  time: Math.round(random() * 60) / 2, // many ties
  event: random() < 0.55 ? (random() < 0.3 ? 2 : 1) : 0, // any non-zero is an event
  group: Math.floor(random() * 3),
}));
const sorted = [...rows].sort((a, b) => a.time - b.time);
const columns = (rs: typeof rows) => ({
  time: Float64Array.from(rs, (r) => r.time),
  event: Uint8Array.from(rs, (r) => r.event),
  group: Int32Array.from(rs, (r) => r.group),
});
const inOrder = columns(sorted);
const shuffled = columns(rows);

describe('estimators on rows already in time order', () => {
  it('the test input is in time order in one copy and not in the other', () => {
    expect(isAscending(inOrder.time)).toBe(true);
    expect(isAscending(shuffled.time)).toBe(false);
  });

  it('kaplanMeier gives the same table for rows in time order as for the same rows shuffled', () => {
    expect(kaplanMeier(inOrder.time, inOrder.event)).toEqual(
      kaplanMeier(shuffled.time, shuffled.event),
    );
  });

  it('logRank gives the same test for rows in time order as for the same rows shuffled', () => {
    const a = logRank(inOrder.time, inOrder.event, inOrder.group);
    const b = logRank(shuffled.time, shuffled.event, shuffled.group);
    expect(a.chisq).toBeCloseTo(b.chisq, 12);
    expect(a.observed).toEqual(b.observed);
    a.expected.forEach((e, g) => expect(e).toBeCloseTo(b.expected[g], 10));
  });

  it('isAscending orders −0 before +0, as the sort does', () => {
    expect(isAscending(Float64Array.of(-0, 0, 1))).toBe(true);
    expect(isAscending(Float64Array.of(0, -0, 1))).toBe(false);
    expect(isAscending(Float64Array.of())).toBe(true);
  });
});
