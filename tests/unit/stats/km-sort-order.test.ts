import { describe, expect, it } from 'vitest';
import { sortOrder } from '../../../src/lib/stats/sort-order';

/** Reference: a comparator sort of indices, ties by index (i.e. stable). */
function naiveOrder(keys: readonly number[], rows: readonly number[]): number[] {
  return [...rows].sort((a, b) => keys[a] - keys[b] || a - b);
}

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

describe('sortOrder', () => {
  it.each([
    { label: 'empty input', keys: [] },
    { label: 'one key', keys: [5] },
    { label: 'ties kept in input order (stable)', keys: [2, 1, 2, 1, 2] },
    { label: 'negative, zero and positive keys', keys: [0.5, -3, 0, -0.25, 7, -1e300, 1e-300] },
    { label: 'infinities', keys: [Infinity, 1, -Infinity, 0] },
    { label: 'integers sharing their low bits', keys: [4096, 1024, 65536, 2048, 1] },
  ])('sortOrder orders $label like a stable comparator sort', ({ keys }) => {
    const rows = keys.map((_, i) => i);
    expect(Array.from(sortOrder(Float64Array.from(keys)))).toEqual(naiveOrder(keys, rows));
  });

  it('sortOrder matches a comparator sort on 10^4 random keys with many ties', () => {
    const random = lcg(7);
    const keys = Array.from({ length: 10_000 }, () => Math.round(random() * 500) / 7 - 30);
    const rows = keys.map((_, i) => i);
    expect(Array.from(sortOrder(Float64Array.from(keys)))).toEqual(naiveOrder(keys, rows));
  });

  it.each([
    { n: 3_000, digits: '11-bit' },
    { n: 60_000, digits: '16-bit' },
  ])(
    'sortOrder matches a comparator sort on $n keys of every sign and scale ($digits digits)',
    ({ n }) => {
      const random = lcg(n);
      // Whole days in months (registry times), signed values over many scales, and ±0.
      const keys = Array.from({ length: n }, (_, i) =>
        i % 3 === 0
          ? Math.round(random() * 2200) / 30.4375
          : i % 3 === 1
            ? (random() - 0.5) * 10 ** Math.round(random() * 40 - 20)
            : random() < 0.5
              ? -0
              : 0,
      );
      const rows = keys.map((_, i) => i);
      const want = [...rows].sort(
        (a, b) =>
          keys[a] - keys[b] ||
          (Object.is(keys[a], -0) ? -1 : 0) - (Object.is(keys[b], -0) ? -1 : 0) ||
          a - b,
      );
      expect(Array.from(sortOrder(Float64Array.from(keys)))).toEqual(want);
    },
  );

  it('sortOrder sorts only the given rows and leaves its inputs unchanged', () => {
    const keys = Float64Array.of(9, 3, 7, 1, 5);
    const rows = Uint32Array.of(4, 0, 2);
    expect(Array.from(sortOrder(keys, rows))).toEqual([4, 2, 0]);
    expect(Array.from(keys)).toEqual([9, 3, 7, 1, 5]);
    expect(Array.from(rows)).toEqual([4, 0, 2]);
  });
});
