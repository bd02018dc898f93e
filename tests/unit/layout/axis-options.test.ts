import { describe, expect, it } from 'vitest';
import { axisTitles, survivalAxis, timeAxis } from '../../../src/lib/layout/axis-options';
import { DEFAULT_FIGURE } from '../../../src/lib/layout/figure-options';
import { timeTicks } from '../../../src/lib/layout/time-ticks';

const opts = (o: Partial<typeof DEFAULT_FIGURE> = {}) => ({ ...DEFAULT_FIGURE, ...o });

describe('timeAxis', () => {
  it.each([0, 8, 24, 70, 161, 400])(
    'with no choices is timeTicks as before (max %i months)',
    (max) => {
      const a = timeAxis(max, opts(), 7);
      expect(a.ticks).toEqual(timeTicks(max, { unit: 'months', maxTicks: 7 }));
      expect(a.labels).toEqual(a.ticks.map(String));
      expect(a.max).toBe(a.ticks.at(-1));
    },
  );

  it.each([
    [70, 7, [0, 1, 2, 3, 4, 5, 6]],
    [30, 7, [0, 1, 2, 3]],
    [161, 7, [0, 5, 10, 15]],
    [161, 5, [0, 5, 10, 15]],
  ])(
    'in years labels whole years, ticks staying in months (max %i months, %i ticks)',
    (max, n, years) => {
      const a = timeAxis(max, opts({ timeUnit: 'years' }), n);
      expect(a.labels).toEqual(years.map(String));
      expect(a.ticks).toEqual(years.map((y) => y * 12));
      expect(a.unit).toBe('years');
    },
  );

  it.each([
    [{ xBy: 6 }, 70, [0, 6, 12, 18, 24, 30, 36, 42, 48, 54, 60, 66, 72], 72],
    [{ xMax: 36 }, 70, [0, 6, 12, 18, 24, 30, 36], 36],
    [{ xMax: 30, xBy: 12 }, 70, [0, 12, 24], 30],
    [{ timeUnit: 'years' as const, xMax: 3, xBy: 0.5 }, 70, [0, 6, 12, 18, 24, 30, 36], 36],
  ])('%o ends the axis and spaces the ticks as asked', (o, max, ticks, end) => {
    const a = timeAxis(max, opts(o), 7);
    expect(a.ticks).toEqual(ticks);
    expect(a.max).toBe(end);
  });

  it('ignores an interval that would draw more than 25 ticks', () => {
    const a = timeAxis(70, opts({ xBy: 1 }), 7);
    expect(a.ticks).toEqual(timeTicks(70, { unit: 'months', maxTicks: 7 }));
  });

  it('labels half-years as decimals', () => {
    expect(timeAxis(24, opts({ timeUnit: 'years', xBy: 0.5 }), 7).labels).toEqual([
      '0',
      '0.5',
      '1',
      '1.5',
      '2',
    ]);
  });
});

describe('survivalAxis', () => {
  it.each([
    [0, 'percent', [0, 0.25, 0.5, 0.75, 1], ['0%', '25%', '50%', '75%', '100%']],
    [0, 'prob', [0, 0.25, 0.5, 0.75, 1], ['0', '0.25', '0.5', '0.75', '1']],
    [0.5, 'percent', [0.5, 0.6, 0.7, 0.8, 0.9, 1], ['50%', '60%', '70%', '80%', '90%', '100%']],
    [0.5, 'prob', [0.5, 0.6, 0.7, 0.8, 0.9, 1], ['0.5', '0.6', '0.7', '0.8', '0.9', '1']],
    [0.25, 'percent', [0.25, 0.5, 0.75, 1], ['25%', '50%', '75%', '100%']],
    [0.35, 'percent', [0.35, 0.5, 0.75, 1], ['35%', '50%', '75%', '100%']],
    [0.6, 'prob', [0.6, 0.7, 0.8, 0.9, 1], ['0.6', '0.7', '0.8', '0.9', '1']],
  ] as const)('from %f as %s gives ticks %o', (yMin, yScale, ticks, labels) => {
    const a = survivalAxis({ yMin, yScale });
    expect(a.ticks).toEqual(ticks);
    expect(a.labels).toEqual(labels);
    expect(a.min).toBe(yMin);
  });
});

describe('axisTitles', () => {
  it.each([
    [opts(), 'Months since CAR-T infusion', 'Probability (%)'],
    [opts({ timeUnit: 'years' }), 'Years since CAR-T infusion', 'Probability (%)'],
    [opts({ yScale: 'prob' }), 'Months since CAR-T infusion', 'Probability'],
    [opts({ xLabel: 'Time', yLabel: 'PFS' }), 'Time', 'PFS'],
  ])('%o gives the titles %s / %s', (o, x, y) => {
    expect(axisTitles('Months since CAR-T infusion', o)).toEqual({ x, y });
  });

  it('adds the unit when the time title does not name months', () => {
    expect(axisTitles('Time from landmark', opts({ timeUnit: 'years' })).x).toBe(
      'Time from landmark (years)',
    );
  });
});
