import { describe, expect, it } from 'vitest';
import { centreWithin } from '../../../src/lib/layout/centre-within';
import { kmFigure } from '../../../src/lib/layout/km-figure';
import { DEFAULT_FIGURE } from '../../../src/lib/layout/figure-options';
import { textWidth } from '../../../src/lib/layout/text-width';
import { kaplanMeier } from '../../../src/lib/stats/kaplan-meier';

describe('centreWithin', () => {
  it.each([
    { name: 'a short text stays where it is', text: 'Months', x: 200, width: 390, at: 200 },
    {
      name: 'a text crossing the right edge moves left',
      text: 'x'.repeat(40),
      x: 300,
      width: 390,
      at: 390 - 20 * 12 * 0.56 - 2,
    },
    {
      name: 'a text crossing the left edge moves right',
      text: 'x'.repeat(40),
      x: 20,
      width: 390,
      at: 20 * 12 * 0.56 + 2,
    },
    {
      name: 'a text wider than the figure is centred on it',
      text: 'x'.repeat(80),
      x: 300,
      width: 390,
      at: 195,
    },
  ])('$name', ({ text, x, width, at }) => {
    expect(centreWithin(text, x, width, 12)).toBeCloseTo(at, 9);
  });
});

describe('kmFigure time-axis title', () => {
  it('keeps a long title inside a 372 px figure in large text', () => {
    // survival::aml, maintained arm.
    const fit = kaplanMeier(
      Float64Array.from([9, 13, 13, 18, 23, 28, 31, 34, 45, 48, 161]),
      Uint8Array.from([1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 0]),
    );
    const xLabel = 'Months since the landmark (month 6 after infusion)';
    const f = kmFigure({
      width: 372,
      title: 'PFS',
      curves: [{ label: 'Maintained', ...fit }],
      xLabel,
      showEvents: false,
      simulated: true,
      testLabel: null,
      options: { ...DEFAULT_FIGURE, font: 'large', timeUnit: 'years' },
    });
    const half = textWidth(f.axes.xTitle, 14) / 2;
    expect(f.axes.xTitle).toMatch(/^Years since the landmark/);
    expect(f.xTitleX).toBeLessThan(f.scales.plot.x + f.scales.plot.width / 2);
    expect(f.xTitleX + Math.min(half, 186)).toBeLessThanOrEqual(372);
  });
});
