import { describe, expect, it } from 'vitest';
import { DEFAULT_FIGURE, type FigureOptions } from '../../../src/lib/layout/figure-options';
import {
  exportFrame,
  fitPlotHeight,
  JOURNAL_WIDTHS,
  MIN_PLOT_UNITS,
  pngPixels,
  printPt,
  UNITS_PER_MM,
} from '../../../src/lib/layout/figure-size';
import { kmFigureAtSize } from '../../../src/lib/layout/km-figure-at-size';
import { FONT_SIZES } from '../../../src/lib/layout/palette-options';
import { kaplanMeier } from '../../../src/lib/stats/kaplan-meier';
import { deepFreeze } from './curves';

// survival::aml, the two arms.
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
]);
const input = (o: Partial<FigureOptions> = {}) =>
  deepFreeze({
    width: 900,
    title: 'Overall survival',
    curves: CURVES,
    xLabel: 'Months since CAR-T infusion',
    showEvents: false,
    simulated: true,
    testLabel: 'Log-rank p = 0.065',
    options: { ...DEFAULT_FIGURE, ...o },
  });

describe('figure size in mm', () => {
  it('one layout unit is 2/3 pt, so the normal text prints at 8 pt at any width', () => {
    // 72 pt per inch, 25.4 mm per inch: 1 mm = 72 / 25.4 pt = 4.2520 units of 2/3 pt.
    expect(UNITS_PER_MM).toBeCloseTo((72 / 25.4) * 1.5, 12);
    expect(printPt(FONT_SIZES.normal)).toBe(8);
    expect(printPt(FONT_SIZES.small)).toBe(6.7);
    expect(printPt(FONT_SIZES.large)).toBe(9.3);
  });

  it.each([
    [85, null, 0, 361, null],
    [174, 120, 0, 739, (120 * 739) / 174],
    [85, 90, 60, 361, (90 * 361) / 85 - 60],
  ])('exportFrame(%s mm, %s mm, %s reserved) lays out %s × %s units', (w, h, r, uw, uh) => {
    const f = exportFrame(w, h, r);
    expect(f.width).toBe(uw); // whole units: Math.floor(mm × 72 / 25.4 × 1.5)
    if (uh === null) expect(f.height).toBeNull();
    else expect(f.height).toBeCloseTo(uh, 2);
  });

  it('the journal presets are single (85 mm), 1.5 (120 mm) and double column (174 mm)', () => {
    expect(JOURNAL_WIDTHS.map((w) => w.mm)).toEqual([85, 120, 174]);
  });

  it.each([
    [85, 70, 300, 1004, 827],
    [174, 120, 600, 4110, 2835],
    [25.4, 25.4, 72, 72, 72],
  ])('pngPixels(%s mm, %s mm, %s dpi) is %s × %s pixels (mm / 25.4 × dpi)', (w, h, dpi, pw, ph) => {
    expect(pngPixels(w, h, dpi)).toEqual({ width: pw, height: ph });
  });

  it.each([
    [400, 150, 250],
    [200, 150, MIN_PLOT_UNITS],
    [0, 0, MIN_PLOT_UNITS],
  ])('fitPlotHeight(%s, rest %s) is %s (never below the shortest plot)', (target, rest, plot) => {
    expect(fitPlotHeight(target, () => rest)).toBe(plot);
  });
});

describe('kmFigureAtSize', () => {
  it.each([
    [85, 90],
    [120, 100],
    [174, 120],
  ])('a %s × %s mm figure is laid out exactly that size', (w, h) => {
    const frame = exportFrame(w, h);
    const f = kmFigureAtSize(input(), frame);
    expect(f.width).toBe(frame.width);
    expect(f.height).toBeCloseTo(frame.height!, 9);
  });

  it('ignores the page width: the same frame gives the same layout on any screen', () => {
    const frame = exportFrame(85, 90);
    const phone = kmFigureAtSize({ ...input(), width: 390 }, frame);
    const desk = kmFigureAtSize({ ...input(), width: 1440 }, frame);
    // d3 scales are functions: compare what they map instead.
    const plain = (f: typeof phone) => ({ ...f, scales: [f.scales.plot, f.scales.x(30)] });
    expect(plain(phone)).toEqual(plain(desk));
  });

  it('with no height, the chart keeps its own plot height at that width', () => {
    const f = kmFigureAtSize(input(), exportFrame(85, null));
    expect(f.scales.plot.height).toBe(230); // narrow layout below 520 units
    expect(kmFigureAtSize(input(), exportFrame(174, null)).scales.plot.height).toBe(320);
  });

  it('a height too small for the title and tables grows, the plot kept at its shortest', () => {
    const frame = exportFrame(85, 40);
    const f = kmFigureAtSize(input(), frame);
    expect(f.scales.plot.height).toBe(MIN_PLOT_UNITS);
    expect(f.height).toBeGreaterThan(frame.height!);
  });
});
