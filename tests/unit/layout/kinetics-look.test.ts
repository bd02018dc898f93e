import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/lib/engine/engine';
import type { KineticsComparison } from '../../../src/lib/engine/types';
import { BOLD_TITLE } from '../../../src/lib/layout/chart-look';
import { dotBoxLayout, type DotBoxInput } from '../../../src/lib/layout/dot-box-layout';
import { DEFAULT_FIGURE, type FigureOptions } from '../../../src/lib/layout/figure-options';
import { kineticsLook } from '../../../src/lib/layout/kinetics-look';
import type { TextMark } from '../../../src/lib/layout/km-figure';
import { GROUP_COLORS, GROUP_DASHES } from '../../../src/lib/layout/palette';
import { GREYS } from '../../../src/lib/layout/palette-options';
import { textWidth } from '../../../src/lib/layout/text-width';
import { transgeneFigure } from '../../../src/lib/layout/transgene-figure';
import { deepFreeze } from './curves';

// The Figure options on the CAR-T kinetics charts, laid out from the demo cohort's engine results
// by MRD group (four groups with long labels) at a phone's, an iframe's and a desktop's width.
const engine = createEngine();
engine.load(new Uint8Array(readFileSync('public/data/demo-cohort.arrow')), 'demo-cohort.arrow');
const kinetics = deepFreeze(
  engine.run({ kind: 'kinetics', groupBy: 'mrd_group' }),
) as KineticsComparison;
const WIDTHS = [390 - 20, 760, 1400];
const GREY: FigureOptions = { ...DEFAULT_FIGURE, palette: { kind: 'grey' } };
const PRINT: FigureOptions = { ...GREY, font: 'large', title: 'Figure 3 (typed title)' };
const FONTS_WIDTHS = (['small', 'normal', 'large'] as const).flatMap((font) =>
  WIDTHS.map((width) => ({ font, width })),
);

function expectInside(marks: readonly TextMark[], width: number, fontSize: number): void {
  for (const m of marks) {
    const w = textWidth(m.text, fontSize);
    const left = m.anchor === 'middle' ? m.x - w / 2 : m.anchor === 'end' ? m.x - w : m.x;
    expect(left, m.text).toBeGreaterThanOrEqual(0);
    expect(left + w, m.text).toBeLessThanOrEqual(width + 0.5);
  }
}

const transgene = (width: number, options?: FigureOptions) =>
  transgeneFigure({
    width,
    title: 'CAR-T transgene in blood over time by MRD group',
    groups: kinetics.groups,
    patients: kinetics.patients,
    curves: kinetics.curves,
    simulated: true,
    options,
  });

function dotBox(width: number, options?: FigureOptions, metric = 0): DotBoxInput {
  const m = kinetics.metrics[metric];
  return {
    width,
    title: `${m.title} by ${kinetics.groupLabel}`,
    unit: m.unit,
    scale: m.scale,
    groups: kinetics.groups.map((g, k) => ({
      label: g.label,
      values: kinetics.patients.filter((p) => p.group === k).map((p) => p[m.id]),
      ...m.groups[k],
    })),
    testLabel: 'Kruskal–Wallis p = 0.001',
    simulated: true,
    options,
  };
}

describe('kineticsLook', () => {
  it.each([
    { font: 'small', size: 10, grow: -2 },
    { font: 'normal', size: 12, grow: 0 },
    { font: 'large', size: 14, grow: 2 },
  ] as const)(
    'sets the text to $size px for $font text, the secondary text 1 px smaller',
    ({ font, size, grow }) => {
      const look = kineticsLook({ ...DEFAULT_FIGURE, font }, 'T', 2);
      expect(look.fontSize).toBe(size);
      expect(look.smallSize).toBe(size - 1);
      expect(look.grow).toBe(grow);
    },
  );

  it('keeps the Okabe–Ito group colours and dashes by default', () => {
    const look = kineticsLook(DEFAULT_FIGURE, 'T', 4);
    expect(look.styles.map((s) => s.color)).toEqual(GROUP_COLORS.slice(0, 4));
    expect(look.styles.map((s) => s.dash)).toEqual(GROUP_DASHES.slice(0, 4));
  });

  it('gives greys black first, then a different grey and dash for each group', () => {
    const look = kineticsLook(GREY, 'T', 4);
    expect(look.styles[0]).toEqual({ color: '#000000', dash: '' });
    expect(look.styles.map((s) => s.color)).toEqual(GREYS.slice(0, 4));
    expect(new Set(look.styles.map((s) => s.color)).size).toBe(4);
    expect(new Set(look.styles.map((s) => s.dash)).size).toBe(4);
  });

  it('gives a custom list’s colours to the groups in order, starting again when the list runs out', () => {
    const look = kineticsLook(
      { ...DEFAULT_FIGURE, palette: { kind: 'custom', colors: ['#111111', '#222222'] } },
      'T',
      3,
    );
    expect(look.styles.map((s) => s.color)).toEqual(['#111111', '#222222', '#111111']);
  });

  it('names the chart with the typed title, else its own', () => {
    expect(kineticsLook(DEFAULT_FIGURE, 'Own', 2).title).toBe('Own');
    expect(kineticsLook({ ...DEFAULT_FIGURE, title: 'Figure 3' }, 'Own', 2).title).toBe('Figure 3');
  });
});

describe('transgeneFigure under the Figure options', () => {
  it('lays out the same figure with the default options as without any', () => {
    expect(transgene(760, DEFAULT_FIGURE)).toEqual(transgene(760));
  });

  it('draws every patient line, median line and legend key in the groups’ greys and dashes under greys', () => {
    const f = transgene(760, GREY);
    const greys = new Set<string>(GREYS);
    for (const l of f.patientLines) expect(greys.has(l.color)).toBe(true);
    expect(f.medianLines.map((m) => [m.color, m.dash])).toEqual(
      GREYS.slice(0, 4).map((c, k) => [c, GROUP_DASHES[k]]),
    );
    expect(f.legend.map((l) => l.color)).toEqual(GREYS.slice(0, 4));
  });

  it.each(WIDTHS)('makes large text larger and pushes the plot down in a %i px figure', (width) => {
    const normal = transgene(width, { ...PRINT, font: 'normal' });
    const f = transgene(width, PRINT);
    expect([f.fontSize, f.titleSize, f.smallSize]).toEqual([14, 17, 13]);
    expect(f.title.map((l) => l.text).join(' ')).toBe('Figure 3 (typed title)');
    expect(f.plot.y).toBeGreaterThan(normal.plot.y);
    expect(f.height).toBeGreaterThan(normal.height);
  });

  it.each(FONTS_WIDTHS)(
    'keeps every text inside and apart with $font text in a $width px figure',
    ({ font, width }) => {
      const f = transgene(width, { ...PRINT, font });
      expectInside(f.title, width, f.titleSize * BOLD_TITLE);
      expectInside([f.unitLabel, ...f.key, f.simulatedMark!], width, f.smallSize);
      expectInside(
        [
          ...f.legend.map((l) => ({
            text: l.label,
            x: l.x + 30,
            y: l.y,
            anchor: 'start' as const,
          })),
          ...f.xTicks.map((t) => t.label),
          ...f.yTicks.map((t) => t.label),
          f.xLabel,
          f.blqBand.label,
        ],
        width,
        f.fontSize,
      );
      // Tick labels clear the BLQ strip, the axis title the tick labels, the key the axis title.
      const strip = f.blqBand.rect.y + f.blqBand.rect.height;
      expect(f.xTicks[0].label.y - f.fontSize * 0.75).toBeGreaterThan(strip);
      expect(f.xLabel.y - f.fontSize * 0.75).toBeGreaterThan(f.xTicks[0].label.y);
      expect(f.key[0].y - f.smallSize * 0.75).toBeGreaterThan(f.xLabel.y);
      expect(f.simulatedMark!.y).toBeLessThanOrEqual(f.height);
      // The legend rows and the axis unit sit between the title and the plot.
      for (const l of f.legend) expect(l.y - f.fontSize * 0.75).toBeGreaterThan(f.title.at(-1)!.y);
      expect(f.unitLabel.y - f.smallSize * 0.75).toBeGreaterThan(
        Math.max(...f.legend.map((l) => l.y)),
      );
      expect(f.plot.y).toBeGreaterThan(f.unitLabel.y);
    },
  );
});

describe('dotBoxLayout under the Figure options', () => {
  it('lays out the same figure with the default options as without any', () => {
    expect(dotBoxLayout(dotBox(760, DEFAULT_FIGURE))).toEqual(dotBoxLayout(dotBox(760)));
  });

  it('draws each group in its grey, black first, with its own box dash under greys (solid otherwise)', () => {
    const f = dotBoxLayout(dotBox(760, GREY));
    expect(f.groups.map((g) => g.color)).toEqual(GREYS.slice(0, 4));
    expect(f.groups.map((g) => g.dash)).toEqual(GROUP_DASHES.slice(0, 4));
    expect(dotBoxLayout(dotBox(760)).groups.map((g) => g.dash)).toEqual(['', '', '', '']);
  });

  it.each(WIDTHS)('makes large text larger and pushes the plot down in a %i px figure', (width) => {
    for (const metric of [0, 1, 4]) {
      const normal = dotBoxLayout(dotBox(width, { ...PRINT, font: 'normal' }, metric));
      const f = dotBoxLayout(dotBox(width, PRINT, metric));
      expect([f.fontSize, f.titleSize, f.smallSize]).toEqual([14, 16, 13]);
      expect(f.plot.y).toBeGreaterThan(normal.plot.y);
      expect(f.height).toBeGreaterThan(normal.height);
    }
  });

  it.each(FONTS_WIDTHS)(
    'keeps every text inside and apart with $font text in a $width px figure',
    ({ font, width }) => {
      for (const metric of [0, 1, 4]) {
        const f = dotBoxLayout(dotBox(width, { ...PRINT, font }, metric));
        expectInside(f.title, width, f.titleSize * BOLD_TITLE);
        expectInside([f.unitLabel, f.simulatedMark!], width, f.smallSize);
        expectInside(
          [f.test!, ...f.yTicks.map((t) => t.label), ...f.groups.map((g) => g.count)],
          width,
          f.fontSize,
        );
        expectInside(
          f.groups.flatMap((g) => g.label),
          width,
          f.labelFont,
        );
        // Title, test, unit and plot follow each other without touching.
        expect(f.test!.y - f.fontSize * 0.75).toBeGreaterThan(f.title.at(-1)!.y);
        expect(f.unitLabel.y - f.smallSize * 0.75).toBeGreaterThan(f.test!.y);
        expect(f.plot.y).toBeGreaterThan(f.unitLabel.y);
        // Group labels below the plot (and the zero strip), counts below the labels.
        const below = f.zeroBand
          ? f.zeroBand.rect.y + f.zeroBand.rect.height
          : f.plot.y + f.plot.height;
        for (const g of f.groups) {
          expect(g.label[0].y - f.labelFont * 0.75).toBeGreaterThan(below);
          expect(g.count.y - f.fontSize * 0.75).toBeGreaterThan(g.label.at(-1)!.y);
        }
        expect(f.simulatedMark!.y).toBeLessThanOrEqual(f.height);
      }
    },
  );
});
