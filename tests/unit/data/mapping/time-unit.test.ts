import { describe, expect, it } from 'vitest';
import { columnProfile } from '../../../../src/lib/data/mapping/column-profile';
import { guessTimeUnit, monthsPer } from '../../../../src/lib/data/mapping/time-unit';

const D = 30.4375;

describe('guessTimeUnit', () => {
  it.each([
    ['OS_days', [30, 400, 900, 1200], 'days', "the column's name says days"],
    ['os', [30, 400, 600, 900, 1200], 'days', 'read as days'],
    ['os', [2, 12, 20, 30, 45], 'months', 'read as months'],
    ['os', [0.5, 1.5, 2, 3, 4.2], 'years', 'read as years'],
    ['os', [10, 60, 90, 120, 200], 'weeks', 'read as weeks'],
    ['os', [9000, 20000, 40000], 'months', 'no unit gives plausible months'],
    ['os', ['a', 'b'], 'months', 'no numbers'],
  ])('reads %s = %j as %s (%s)', (name, values, unit, reason) => {
    const g = guessTimeUnit(columnProfile(name, values), 24, D);
    expect(g.unit).toBe(unit);
    expect(g.reason).toContain(reason);
  });

  it('uses what such a time usually is: a first response at ~1 month is not in years', () => {
    const p = columnProfile('response', [20, 28, 31, 35, 60]);
    expect(guessTimeUnit(p, 1, D).unit).toBe('days');
    expect(guessTimeUnit(p, 24, D).unit).toBe('months');
  });

  it.each([
    ['days', 1 / D],
    ['weeks', 7 / D],
    ['months', 1],
    ['years', 12],
  ] as const)('converts %s to months by %d', (unit, k) => {
    expect(monthsPer(unit, D)).toBe(k);
  });
});
