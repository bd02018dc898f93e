import { describe, expect, it } from 'vitest';
import { timeTicks } from '../../../src/lib/layout/time-ticks';

describe('timeTicks', () => {
  it.each([
    { maxTime: 72, step: 12, last: 72 },
    { maxTime: 70, step: 12, last: 72 },
    { maxTime: 24, step: 6, last: 24 },
    { maxTime: 36, step: 6, last: 36 },
    { maxTime: 18, step: 3, last: 18 },
    { maxTime: 8, step: 2, last: 8 },
    { maxTime: 5.5, step: 1, last: 6 },
    { maxTime: 0.4, step: 1, last: 1 },
    { maxTime: 96, step: 24, last: 96 },
    { maxTime: 300, step: 60, last: 300 },
    { maxTime: 2000, step: 360, last: 2160 },
  ])('labels 0–$maxTime months every $step months up to $last', ({ maxTime, step, last }) => {
    const ticks = timeTicks(maxTime, { unit: 'months' });
    expect(ticks[0]).toBe(0);
    expect(ticks[ticks.length - 1]).toBe(last);
    expect(ticks.every((t, i) => t === i * step)).toBe(true);
  });

  it.each([0, -3, NaN, Infinity])('falls back to 0–1 months for a max time of %s', (maxTime) => {
    expect(timeTicks(maxTime, { unit: 'months' })).toEqual([0, 1]);
  });

  it('always covers maxTime with at most maxTicks ticks', () => {
    for (let k = 1; k <= 800; k++) {
      const maxTime = k / 4;
      for (const maxTicks of [3, 5, 7, 9]) {
        const ticks = timeTicks(maxTime, { unit: 'months', maxTicks });
        expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(maxTime);
        expect(ticks.length).toBeLessThanOrEqual(maxTicks);
        expect(ticks[ticks.length - 2]).toBeLessThan(maxTime);
      }
    }
  });

  it('gives more, finer ticks when more are allowed', () => {
    expect(timeTicks(24, { unit: 'months', maxTicks: 9 })).toEqual([
      0, 3, 6, 9, 12, 15, 18, 21, 24,
    ]);
  });
});
