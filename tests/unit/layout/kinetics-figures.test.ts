import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/lib/engine/engine';
import { barFigure } from '../../../src/lib/layout/bar-figure';
import { cumulativeFigure } from '../../../src/lib/layout/cumulative-figure';
import { dotBoxLayout, type DotBoxInput } from '../../../src/lib/layout/dot-box-layout';
import type { TextMark } from '../../../src/lib/layout/km-figure';
import { logDecades, logTicks, powerLabel } from '../../../src/lib/layout/log-ticks';
import { textWidth } from '../../../src/lib/layout/text-width';
import { transgeneFigure } from '../../../src/lib/layout/transgene-figure';
import { deepFreeze } from './curves';

// The figures of the kinetics and safety tabs, laid out from the demo cohort's engine results
// (mrd_group: four groups with long labels, one of 2 patients) at a phone's, an iframe's and a
// desktop's width. Every text must lie inside the figure: each is checked at its own font size.
const engine = createEngine();
engine.load(new Uint8Array(readFileSync('public/data/demo-cohort.arrow')), 'demo-cohort.arrow');
const kinetics = deepFreeze(engine.run({ kind: 'kinetics', groupBy: 'mrd_group' }));
const safety = deepFreeze(engine.run({ kind: 'safety' }));
const WIDTHS = [390 - 20, 760, 1400];

function expectInside(marks: readonly TextMark[], width: number, fontSize: number): void {
  for (const m of marks) {
    const w = textWidth(m.text, fontSize);
    const left = m.anchor === 'middle' ? m.x - w / 2 : m.anchor === 'end' ? m.x - w : m.x;
    expect(left, m.text).toBeGreaterThanOrEqual(0);
    expect(left + w, m.text).toBeLessThanOrEqual(width + 0.5);
  }
}

function dotBoxInput(width: number, metric = 0): DotBoxInput {
  const m = kinetics.metrics[metric];
  return {
    width,
    title: `${m.title} by ${kinetics.groupLabel} — a long title that has to wrap on a phone`,
    unit: m.unit,
    scale: m.scale,
    groups: kinetics.groups.map((g, k) => ({
      label: g.label,
      values: kinetics.patients.filter((p) => p.group === k).map((p) => p[m.id]),
      ...m.groups[k],
    })),
    testLabel: 'Kruskal–Wallis p = 0.001',
    simulated: true,
  };
}

describe('dotBoxLayout', () => {
  it.each(WIDTHS)('keeps every text inside a %i px figure', (width) => {
    for (const metric of [0, 1, 4]) {
      const f = dotBoxLayout(dotBoxInput(width, metric));
      expect(f.width).toBe(width);
      expectInside([...f.title], width, 14);
      expectInside([f.unitLabel, f.simulatedMark!], width, 11);
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
      expect(f.plot.x + f.plot.width).toBeLessThanOrEqual(width);
      expect(f.simulatedMark!.y).toBeLessThanOrEqual(f.height);
    }
  });

  it.each(WIDTHS)(
    'at %i px the labels of neighbouring groups do not touch (four MRD groups)',
    (width) => {
      const f = dotBoxLayout(dotBoxInput(width));
      const span = (m: TextMark) => {
        const w = textWidth(m.text, f.labelFont);
        return [m.x - w / 2, m.x + w / 2];
      };
      for (let k = 1; k < f.groups.length; k++) {
        const right = Math.max(...f.groups[k - 1].label.map((m) => span(m)[1]));
        const left = Math.min(...f.groups[k].label.map((m) => span(m)[0]));
        expect(
          left,
          `${f.groups[k - 1].label[0].text} | ${f.groups[k].label[0].text}`,
        ).toBeGreaterThan(right);
      }
    },
  );

  it('draws every patient as a dot, inside the plot or the zero strip, and boxes at the quartiles', () => {
    const f = dotBoxLayout(dotBoxInput(760));
    const cmax = kinetics.metrics[0];
    expect(f.groups.map((g) => g.dots.length)).toEqual(cmax.groups.map((q) => q.n));
    const bottom = f.plot.y + f.plot.height;
    for (const g of f.groups) {
      for (const d of g.dots) {
        expect(d.y).toBeGreaterThanOrEqual(f.plot.y - 0.5);
        expect(d.y).toBeLessThanOrEqual(
          f.zeroBand ? f.zeroBand.rect.y + f.zeroBand.rect.height : bottom,
        );
      }
    }
    // Group 1 (lost negativity): its box spans Q1–Q3 and the median line lies inside it.
    const box = f.groups[1].box!;
    expect(f.groups[1].median!.y1).toBeGreaterThanOrEqual(box.y);
    expect(f.groups[1].median!.y1).toBeLessThanOrEqual(box.y + box.height);
  });

  it('puts zeros of a log axis in a strip labelled 0 below the axis (a patient whose CAR-T never expanded)', () => {
    const f = dotBoxLayout(dotBoxInput(760));
    expect(f.zeroBand?.label.text).toBe('0');
    const zeros = f.groups.flatMap((g) => g.dots).filter((d) => d.y > f.plot.y + f.plot.height);
    expect(zeros).toHaveLength(1);
  });

  it('places the same dots for the same data: the sideways jitter is a fixed pattern', () => {
    expect(dotBoxLayout(dotBoxInput(760))).toEqual(dotBoxLayout(dotBoxInput(760)));
  });

  it('marks censored values open', () => {
    const f = dotBoxLayout({
      ...dotBoxInput(760, 4),
      groups: [
        {
          label: 'A',
          values: [1, 2, 3],
          open: [false, true, false],
          q1: 1.5,
          median: 2,
          q3: 2.5,
          n: 3,
        },
      ],
    });
    expect(f.groups[0].dots.map((d) => d.open)).toEqual([false, true, false]);
  });
});

describe('transgeneFigure', () => {
  const input = (width: number) => ({
    width,
    title: 'CAR-T transgene in blood over time by MRD group',
    groups: kinetics.groups,
    patients: kinetics.patients,
    curves: kinetics.curves,
    simulated: true,
  });

  it.each(WIDTHS)('keeps every text inside a %i px figure', (width) => {
    const f = transgeneFigure(input(width));
    expectInside(f.title, width, 15);
    expectInside([f.unitLabel, ...f.key, f.simulatedMark!], width, 11);
    expectInside(
      [
        ...f.legend.map((l) => ({ text: l.label, x: l.x + 30, y: l.y, anchor: 'start' as const })),
        ...f.xTicks.map((t) => t.label),
        ...f.yTicks.map((t) => t.label),
        f.xLabel,
        f.blqBand.label,
      ],
      width,
      f.fontSize,
    );
    expect(f.plot.x + f.plot.width).toBeLessThanOrEqual(width);
  });

  it('draws one line per patient with samples, each sample once, and below-limit samples open in the BLQ strip', () => {
    const f = transgeneFigure(input(760));
    const samples = kinetics.patients.flatMap((p) => p.samples);
    expect(f.patientDots).toHaveLength(samples.length);
    const open = f.patientDots.filter((d) => d.open);
    expect(open).toHaveLength(samples.filter((s) => s.blq).length);
    const strip = f.blqBand.rect;
    for (const d of open) {
      expect(d.y).toBeGreaterThan(strip.y);
      expect(d.y).toBeLessThan(strip.y + strip.height);
    }
    expect(f.patientLines).toHaveLength(
      kinetics.patients.filter((p) => p.samples.length > 1).length,
    );
  });

  it('draws a median line per group at its scheduled days, and none for a group of two patients', () => {
    const f = transgeneFigure(input(760));
    expect(f.medianLines.map((m) => m.points.length)).toEqual(kinetics.curves.map((c) => c.length));
    const persistentPositive = kinetics.groups.findIndex((g) => g.value === 'persistent_pos');
    expect(f.medianLines[persistentPositive].d).toBe('');
  });

  it('labels the log axis at powers of ten and the time axis from day 0', () => {
    const f = transgeneFigure(input(1400));
    expect(f.yTicks.map((t) => t.label.text)).toEqual([
      '1',
      '10',
      '10²',
      '10³',
      '10⁴',
      '10⁵',
      '10⁶',
    ]);
    expect(f.xTicks[0].label.text).toBe('0');
    expect(f.xTicks.map((t) => t.x)).toEqual([...f.xTicks.map((t) => t.x)].sort((a, b) => a - b));
  });
});

describe('log axis ticks', () => {
  it.each([
    [
      [350, 44100],
      [2, 5],
    ],
    [
      [100, 1000],
      [2, 3],
    ],
    [
      [5, 5],
      [0, 1],
    ],
    [
      [0, -1],
      [0, 1],
    ],
  ])('logDecades(%j) is %j', (values, decades) => {
    expect(logDecades(values)).toEqual(decades);
  });

  it('logTicks thins to every second decade beyond the most ticks wanted', () => {
    expect(logTicks([0, 9], 5).map((t) => t.value)).toEqual([1, 100, 1e4, 1e6, 1e8]);
    expect([0, 1, 2, 5, -2].map(powerLabel)).toEqual(['1', '10', '10²', '10⁵', '10⁻²']);
  });
});

describe('barFigure and cumulativeFigure', () => {
  it.each(WIDTHS)('the CRS bar chart keeps every text inside a %i px figure', (width) => {
    const f = barFigure({
      width,
      title: 'Cytokine release syndrome (CRS): highest grade per patient',
      bars: safety.crs!.grades,
      simulated: true,
    });
    expectInside(f.title, width, 15);
    expectInside([f.unitLabel, ...f.key, f.simulatedMark!], width, 11);
    expectInside(
      [...f.yTicks.map((t) => t.label), ...f.bars.flatMap((b) => [b.value, ...b.label])],
      width,
      f.fontSize,
    );
  });

  it('the CRS bars are as tall as their proportions, on the axis up to the next 25 % above the highest CI limit', () => {
    const f = barFigure({ width: 760, title: 'CRS', bars: safety.crs!.grades, simulated: false });
    const bottom = f.plot.y + f.plot.height;
    // Grade 1 (34/56, upper limit 73.5 %): the axis ends at 75 %.
    expect(f.yTicks.at(-1)!.label.text).toBe('75%');
    f.bars.forEach((b, i) => {
      const row = safety.crs!.grades[i];
      expect(b.rect.y + b.rect.height).toBeCloseTo(bottom, 6);
      expect(b.rect.height / f.plot.height).toBeCloseTo(row.proportion! / 0.75, 6);
      expect((bottom - b.whisker[0].y2) / f.plot.height).toBeCloseTo(row.upper! / 0.75, 6);
      expect(b.value.text).toBe(`${row.n} (${Math.round(100 * row.proportion!)}%)`);
    });
    expect(f.simulatedMark).toBeNull();
  });

  it.each(WIDTHS)('the cumulative ADA chart keeps every text inside a %i px figure', (width) => {
    const ada = safety.ada!;
    const f = cumulativeFigure({
      width,
      title: 'Anti-drug antibodies (ADA): cumulative % of patients ADA-positive',
      steps: ada.steps,
      n: ada.n,
      xLabel: 'Months since CAR-T infusion',
      simulated: true,
    });
    expectInside(f.title, width, 15);
    expectInside([f.unitLabel, f.simulatedMark!], width, 11);
    expectInside(
      [
        ...f.yTicks.map((t) => t.label),
        ...f.xTicks.map((t) => t.label),
        f.xLabel,
        f.atRiskHeader,
        ...f.atRisk,
      ],
      width,
      f.fontSize,
    );
    expect(f.curve.startsWith(`M${f.plot.x},${f.plot.y + f.plot.height}`)).toBe(true);
    expect(f.atRisk[0].text).toBe(String(ada.n));
  });
});
