import { describe, expect, it } from 'vitest';
import { DEFAULT_FIGURE, type FigureOptions } from '../../../src/lib/layout/figure-options';
import { kmFigure } from '../../../src/lib/layout/km-figure';
import { GROUP_COLORS } from '../../../src/lib/layout/palette';
import { FONT_SIZES, GREYS, paletteStyles } from '../../../src/lib/layout/palette-options';
import { textWidth } from '../../../src/lib/layout/text-width';
import { kaplanMeier } from '../../../src/lib/stats/kaplan-meier';
import { deepFreeze } from './curves';

// survival::aml, both arms, plus two more groups.
const arm = (label: string, time: number[], status: number[]) => ({
  label,
  ...kaplanMeier(Float64Array.from(time), Uint8Array.from(status)),
});
const CURVES = deepFreeze([
  arm(
    'Maintained',
    [9, 13, 13, 18, 23, 28, 31, 34, 45, 48, 161],
    [1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 0],
  ),
  arm(
    'Nonmaintained',
    [5, 5, 8, 8, 12, 16, 23, 27, 30, 33, 43, 45],
    [1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1],
  ),
  arm('Died while MRD-negative', [2, 3, 4, 9], [1, 1, 1, 1]),
  arm('Sustained MRD-negative', [20, 40, 60, 70, 80], [0, 0, 0, 0, 0]),
]);
const base = {
  title: 'Progression-free survival',
  curves: CURVES,
  xLabel: 'Months since CAR-T infusion',
  showEvents: false,
  simulated: true,
  testLabel: 'Log-rank p < 0.001',
};
const fig = (o: Partial<FigureOptions>, width = 760) =>
  kmFigure({ ...base, width, options: deepFreeze({ ...DEFAULT_FIGURE, ...o }) });

describe('kmFigure with figure options', () => {
  it('the default options draw the same figure as no options', () => {
    const a = kmFigure({ ...base, width: 760 });
    const b = fig({});
    expect(JSON.stringify({ ...b, options: undefined })).toBe(
      JSON.stringify({ ...a, options: undefined }),
    );
    expect(b.clip).toBe(false);
  });

  it('years put ticks at 0, 1, 2, … years (every 12 months) and the risk table follows them', () => {
    const f = kmFigure({
      ...base,
      width: 760,
      maxTime: 70,
      options: { ...DEFAULT_FIGURE, timeUnit: 'years' },
    });
    expect(f.axes.xLabels).toEqual(['0', '1', '2', '3', '4', '5', '6']);
    expect(fig({ timeUnit: 'years' }).axes.xLabels).toEqual(['0', '5', '10', '15']);
    expect(f.scales.xTicks.every((t) => t % 12 === 0)).toBe(true);
    expect(f.axes.xTitle).toBe('Years since CAR-T infusion');
    const cells = f.atRisk[0].rows[0].cells.map((c) => c.x);
    expect(cells).toHaveLength(f.scales.xTicks.length);
  });

  it('a chosen maximum time ends the axis there and clips the curves that go beyond', () => {
    const f = fig({ xMax: 60, xBy: 12 });
    expect(f.scales.x.domain()).toEqual([0, 60]);
    expect(f.axes.xLabels).toEqual(['0', '12', '24', '36', '48', '60']);
    expect(f.clip).toBe(true);
  });

  it('probability labels and a lower end at 0.5 change the survival axis and clip the curves', () => {
    const f = fig({ yScale: 'prob', yMin: 0.5 });
    expect(f.scales.y.domain()).toEqual([0.5, 1]);
    expect(f.axes.yLabels).toEqual(['0.5', '0.6', '0.7', '0.8', '0.9', '1']);
    expect(f.axes.yTitle).toBe('Probability');
    expect(f.clip).toBe(true);
  });

  it('turning the test annotation off removes it from the plot', () => {
    expect(fig({}).test?.text).toBe('Log-rank p < 0.001');
    expect(fig({ testAnnotation: false }).test).toBeNull();
  });

  it('greyscale gives every group a grey and its own dash pattern', () => {
    const f = fig({ palette: { kind: 'grey' } });
    expect(new Set(f.styles.map((s) => s.dash)).size).toBe(CURVES.length);
    for (const s of f.styles) expect(GREYS).toContain(s.color);
    expect(f.legend.map((l) => l.color)).toEqual(f.styles.map((s) => s.color));
  });

  it.each([1, 2, 8, 20])('greyscale keeps %i groups apart by colour and dash together', (n) => {
    const styles = paletteStyles(n, { kind: 'grey' });
    const pairs = new Set(styles.map((s) => `${s.color}|${s.dash}`));
    expect(pairs.size).toBe(Math.min(n, 24));
  });

  it('a custom palette gives its colours in turn and Okabe–Ito is the default', () => {
    const custom = paletteStyles(3, { kind: 'custom', colors: ['#111111', '#ff0000'] });
    expect(custom.map((s) => s.color)).toEqual(['#111111', '#ff0000', '#111111']);
    expect(paletteStyles(2, { kind: 'okabe' }).map((s) => s.color)).toEqual(
      GROUP_COLORS.slice(0, 2),
    );
  });

  it.each(['small', 'normal', 'large'] as const)('font %s sets the figure text size', (font) => {
    expect(fig({ font }).fontSize).toBe(FONT_SIZES[font]);
  });

  it('typed titles replace the explorer’s own', () => {
    const f = fig({ title: 'Figure 2', xLabel: 'Time (months)', yLabel: 'PFS (%)' });
    expect(f.title.map((t) => t.text)).toEqual(['Figure 2']);
    expect(f.axes).toMatchObject({ xTitle: 'Time (months)', yTitle: 'PFS (%)' });
  });

  it('typed group labels replace the data’s in the legend and the risk table, empty ones keep theirs', () => {
    const f = fig({ groupLabels: ['Arm A', ''] });
    expect(f.legend[0].label).toMatch(/^Arm A \(n = 11/);
    expect(f.legend[1].label).toMatch(/^Nonmaintained/);
    expect(f.atRisk.map((g) => g.label).slice(0, 2)).toEqual(['Arm A', 'Nonmaintained']);
  });

  it('a long typed group label is truncated as the data’s labels are, the full text in its tooltip', () => {
    const long = 'A very long group label that goes on and on past any legend';
    const f = fig({ groupLabels: [long] }, 390 - 20);
    expect(f.legend[0].label).not.toContain(long);
    expect(f.legend[0].label).toContain('…');
    expect(f.legend[0].title).toContain(long);
  });

  it('legend none removes the legend items and gives the plot the room', () => {
    const top = fig({});
    const none = fig({ legend: 'none' });
    expect(none.legend).toEqual([]);
    expect(none.scales.plot.y).toBeLessThan(top.scales.plot.y);
  });

  it.each([390 - 20, 760, 1400])(
    'every legend position keeps its items inside a %i px figure',
    (width) => {
      for (const legend of ['top', 'inside', 'right', 'below'] as const) {
        const f = fig({ legend }, width);
        expect(f.legend).toHaveLength(CURVES.length);
        for (const item of f.legend) {
          expect(item.x, legend).toBeGreaterThanOrEqual(0);
          expect(item.x + 30 + textWidth(item.label, f.fontSize), legend).toBeLessThanOrEqual(
            f.width + 16,
          );
          expect(item.y, legend).toBeLessThanOrEqual(f.height);
        }
      }
    },
  );

  it('a legend inside sits in the plot, at its right a legend narrows the plot, below it follows the table', () => {
    const inside = fig({ legend: 'inside' }, 1400);
    const p = inside.scales.plot;
    for (const item of inside.legend) {
      expect(item.x).toBeGreaterThan(p.x);
      expect(item.y).toBeGreaterThan(p.y);
      expect(item.y).toBeLessThan(p.y + p.height);
    }
    const right = fig({ legend: 'right' }, 1400);
    expect(right.scales.plot.width).toBeLessThan(fig({}, 1400).scales.plot.width);
    expect(right.legend[0].x).toBeGreaterThan(right.scales.plot.x + right.scales.plot.width);
    const below = fig({ legend: 'below' });
    const lastRow = below.atRisk.at(-1)!.rows.at(-1)!.y;
    expect(below.legend[0].y).toBeGreaterThan(lastRow);
  });
});
