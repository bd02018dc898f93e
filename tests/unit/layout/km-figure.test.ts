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
  it.each([
    [390 - 20, 'kmunicate'],
    [760, 'kmunicate'],
    [1400, 'kmunicate'],
    [390 - 20, 'classic'],
    [760, 'classic'],
    [1400, 'classic'],
  ] as const)(
    'kmFigure keeps every text inside a %i px figure with the %s table, the cumulative-events cells too',
    (width, riskTable) => {
      const f = kmFigure({ ...base, width, riskTable });
      const inside = (x: number, text: string, anchor: string) => {
        const w = textWidth(text, f.fontSize);
        const left = anchor === 'middle' ? x - w / 2 : anchor === 'end' ? x - w : x;
        expect(left, text).toBeGreaterThanOrEqual(0);
        expect(left + w, text).toBeLessThanOrEqual(f.width + 0.5);
      };
      const lines = f.atRisk.flatMap((g) => g.rows);
      for (const line of lines) for (const c of line.cells) inside(c.x, c.text, c.anchor);
      for (const line of lines) inside(0, line.label, 'start');
      for (const line of f.title) inside(line.x, line.text, line.anchor);
      for (const item of f.legend) inside(item.x + 30, item.label, 'start');
      inside(f.simulatedMark!.x, f.simulatedMark!.text, f.simulatedMark!.anchor);
      expect(f.scales.plot.x + f.scales.plot.width).toBeLessThanOrEqual(f.width);
      expect(f.atRisk.at(-1)!.rows.at(-1)!.cells[0].y).toBeLessThan(f.height);
    },
  );

  it.each([370, 760])(
    'kmFigure leaves the KMunicate row labels clear of the first cell at %i px',
    (width) => {
      const f = kmFigure({ ...base, width });
      for (const line of f.atRisk.flatMap((g) => g.rows)) {
        const first = line.cells[0];
        const labelEnd = textWidth(line.label, f.fontSize);
        expect(first.x - textWidth(first.text, f.fontSize) / 2, line.label).toBeGreaterThan(
          labelEnd + 2,
        );
      }
    },
  );

  it('kmFigure draws KMunicate by default: three lines per group, the classic table one line', () => {
    const k = kmFigure({ ...base, width: 760 });
    expect(k.atRisk.map((g) => g.rows.map((r) => r.label))).toEqual(
      CURVES.map(() => ['At risk', 'Events', 'Censored']),
    );
    const c = kmFigure({ ...base, width: 760, riskTable: 'classic' });
    expect(c.atRisk.map((g) => g.rows.length)).toEqual(CURVES.map(() => 1));
    expect(c.atRiskHeader.text).toBe('Number at risk (cumulative events)');
  });

  it('kmFigure flags a small group in the legend and hides its counts when suppressed', () => {
    const smallCells = { minCell: 5, suppress: false };
    const f = kmFigure({ ...base, width: 1400, smallCells });
    expect(f.legend.map((l) => l.small !== null)).toEqual([false, false, true, false]);
    expect(f.legend[2].label).toBe(
      'Died while MRD-negative (n = 4 — small group (< 5): estimates unstable; 4 events)',
    );
    const s = kmFigure({ ...base, width: 1400, smallCells: { minCell: 5, suppress: true } });
    expect(s.legend[2].label).toBe(
      'Died while MRD-negative (n < 5 — small group: estimates unstable; <5 events)',
    );
    const counts = s.atRisk.flatMap((g) => g.rows.flatMap((r) => r.cells.map((c) => c.text)));
    expect(counts.filter((t) => /^[1-4]$/.test(t))).toEqual([]);
    expect(counts).toContain('<5');
  });

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
