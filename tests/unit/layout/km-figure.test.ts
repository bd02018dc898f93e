import { describe, expect, it } from 'vitest';
import { kmFigure, NARROW_WIDTH } from '../../../src/lib/layout/km-figure';
import { textWidth, wrapText } from '../../../src/lib/layout/text-width';
import { kaplanMeier } from '../../../src/lib/stats/kaplan-meier';
import { deepFreeze } from './curves';

// survival::aml, both arms, plus two more groups so the legend and table have four rows.
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
  title: 'Progression-free survival by a rather long stratifier label — landmark at month 6',
  curves: CURVES,
  xLabel: 'Months since CAR-T infusion',
  showEvents: true,
  simulated: true,
  testLabel: 'Log-rank p < 0.001',
};

describe('kmFigure', () => {
  it.each([390 - 20, 760, 1400])(
    'kmFigure keeps every text inside a %i px figure, the cumulative-events cells too',
    (width) => {
      const f = kmFigure({ ...base, width });
      const inside = (x: number, text: string, anchor: string) => {
        const w = textWidth(text, f.fontSize);
        const left = anchor === 'middle' ? x - w / 2 : anchor === 'end' ? x - w : x;
        expect(left, text).toBeGreaterThanOrEqual(0);
        expect(left + w, text).toBeLessThanOrEqual(f.width + 0.5);
      };
      for (const row of f.atRisk) for (const c of row.cells) inside(c.x, c.text, c.anchor);
      for (const line of f.title) inside(line.x, line.text, line.anchor);
      for (const item of f.legend) inside(item.x + 30, item.label, 'start');
      inside(f.simulatedMark!.x, f.simulatedMark!.text, f.simulatedMark!.anchor);
      expect(f.scales.plot.x + f.scales.plot.width).toBeLessThanOrEqual(f.width);
      expect(f.atRisk.at(-1)!.cells[0].y).toBeLessThan(f.height);
    },
  );

  it('kmFigure draws the named test inside the plot', () => {
    const f = kmFigure({ ...base, width: 760 });
    expect(f.test?.text).toBe('Log-rank p < 0.001');
    const { plot } = f.scales;
    expect(f.test!.x).toBeGreaterThan(plot.x);
    expect(f.test!.y).toBeGreaterThan(plot.y);
    expect(f.test!.y).toBeLessThan(plot.y + plot.height);
    expect(kmFigure({ ...base, width: 760, testLabel: null }).test).toBeNull();
  });

  it('kmFigure wraps the legend into rows on a phone and keeps it on one row on a desktop', () => {
    const rows = (width: number) =>
      new Set(kmFigure({ ...base, width }).legend.map((l) => l.y)).size;
    expect(rows(370)).toBeGreaterThan(1);
    expect(rows(1400)).toBe(1);
  });

  it('kmFigure uses a shorter plot and fewer time ticks below the narrow width', () => {
    const narrow = kmFigure({ ...base, width: NARROW_WIDTH - 1 });
    const wide = kmFigure({ ...base, width: 1000 });
    expect(narrow.scales.plot.height).toBeLessThan(wide.scales.plot.height);
    expect(narrow.scales.xTicks.length).toBeLessThanOrEqual(5);
  });

  it('kmFigure ends the time axis at the common maximum given for side-by-side charts', () => {
    const f = kmFigure({ ...base, curves: [CURVES[2]], width: 760, maxTime: 160 });
    expect(f.scales.xTicks.at(-1)).toBeGreaterThanOrEqual(160);
  });

  it('kmFigure marks simulated data inside the figure and nothing else otherwise', () => {
    expect(kmFigure({ ...base, width: 760 }).simulatedMark?.text).toContain('Simulated data');
    expect(kmFigure({ ...base, width: 760, simulated: false }).simulatedMark).toBeNull();
  });
});

describe('wrapText', () => {
  it.each([
    { text: 'PFS', width: 100, lines: ['PFS'] },
    { text: 'Progression-free survival by triple-class refractory', width: 200, lines: 3 },
    { text: 'Averyveryverylongwordwithoutspaces', width: 20, lines: 1 },
    { text: '', width: 100, lines: [''] },
  ])('wrapText breaks "$text" at $width px', ({ text, width, lines }) => {
    const out = wrapText(text, width, 15);
    if (typeof lines === 'number') expect(out).toHaveLength(lines);
    else expect(out).toEqual(lines);
  });
});
