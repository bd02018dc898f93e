import { describe, expect, it } from 'vitest';
import { maxOf, minOf } from '../../../src/lib/stats/min-max';

describe('minOf and maxOf', () => {
  it.each([
    [[3, -1, 2], -1, 3],
    [[5], 5, 5],
    [[], Infinity, -Infinity],
    [[1, NaN, 2], NaN, NaN],
  ])('give what Math.min and Math.max give for %j', (values, lo, hi) => {
    expect(minOf(values)).toBe(Math.min(...values));
    expect(maxOf(values)).toBe(Math.max(...values));
    expect([minOf(values), maxOf(values)]).toEqual([lo, hi]);
  });

  it('read a million values, where a spread into Math.min overflows the call stack', () => {
    const many = Float64Array.from({ length: 1_000_000 }, (_, i) => (i * 7919) % 1_000_003);
    expect(() => Math.min(...many)).toThrow(RangeError);
    expect(minOf(many)).toBe(0);
    expect(maxOf(many)).toBe(Float64Array.from(many).sort()[many.length - 1]);
  });
});
