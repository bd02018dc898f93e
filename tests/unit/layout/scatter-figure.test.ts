import { describe, expect, it } from 'vitest';
import type { TextMark } from '../../../src/lib/layout/km-figure';
import { formatTick, scatterFigure } from '../../../src/lib/layout/scatter-figure';
import { textWidth } from '../../../src/lib/layout/text-width';
import { deepFreeze } from './curves';

const x = deepFreeze({
  label: 'Cmax',
  unit: 'copies/µg gDNA',
  values: [35400, 56200, null, 812, 120000, 4300],
  censored: [false, false, false, false, false, false],
});
const y = deepFreeze({
  label: 'Progression-free survival',
  unit: 'months',
  values: [61.1, 67.3, 12, 3.4, null, 20.5],
  censored: [false, true, false, false, false, true],
});
const input = {
  title: 'Cmax and progression-free survival — a rather long title that has to wrap on phones',
  x,
  y,
  statLabel: 'Spearman ρ = 0.56, p < 0.001, n = 56 (cor.test, exact = FALSE)',
  simulated: true,
};

function inside(m: TextMark, size: number, width: number): void {
  const w = textWidth(m.text, size);
  const left = m.anchor === 'middle' ? m.x - w / 2 : m.anchor === 'end' ? m.x - w : m.x;
  expect(left, m.text).toBeGreaterThanOrEqual(0);
  expect(left + w, m.text).toBeLessThanOrEqual(width + 0.5);
}

describe('scatterFigure', () => {
  it.each([370, 390, 760, 1400])('keeps every text and point inside a %i px figure', (width) => {
    const f = scatterFigure({ ...input, width });
    for (const m of f.title) inside(m, 15, f.width);
    for (const m of [...f.stat, ...f.xTitle, ...f.yTitle]) inside(m, f.fontSize, f.width);
    for (const l of f.legend) inside({ ...l, x: l.x + 14, anchor: 'start' }, f.fontSize, f.width);
    for (const t of f.yTicks)
      inside({ text: t.text, x: f.plot.x - 6, y: 0, anchor: 'end' }, f.fontSize, f.width);
    for (const t of f.xTicks)
      inside({ text: t.text, x: t.position, y: 0, anchor: 'middle' }, f.fontSize, f.width);
    inside(f.simulatedMark!, 11, f.width);
    for (const p of f.points) {
      expect(p.x).toBeGreaterThanOrEqual(f.plot.x);
      expect(p.x).toBeLessThanOrEqual(f.plot.x + f.plot.width + 1e-9);
      expect(p.y).toBeGreaterThanOrEqual(f.plot.y);
      expect(p.y).toBeLessThanOrEqual(f.plot.y + f.plot.height + 1e-9);
    }
    expect(f.plot.x + f.plot.width).toBeLessThanOrEqual(f.width);
  });

  it('draws the patients with both values, hollow where either is censored', () => {
    const f = scatterFigure({ ...input, width: 760 });
    expect(f.points.map((p) => [p.xValue, p.yValue, p.censored])).toEqual([
      [35400, 61.1, false],
      [56200, 67.3, true],
      [812, 3.4, false],
      [4300, 20.5, true],
    ]);
    expect(f.legend.map((l) => l.text)).toEqual([
      'both values observed',
      'at least one value censored',
    ]);
  });

  it('puts transgene copies (spanning ≥ 2 orders of magnitude) on a log axis and months on a linear one', () => {
    const f = scatterFigure({ ...input, width: 760 });
    expect(f.xTicks.map((t) => t.text)).toEqual(['100', '1k', '10k', '100k']);
    expect(f.xTitle.map((t) => t.text).join(' ')).toContain('log scale');
    expect(f.yTicks[0].value).toBe(0);
    expect(f.yTitle.map((t) => t.text).join(' ')).toBe('Progression-free survival (months)');
  });

  it('formats ticks compactly', () => {
    expect([0, 2.5, 1000, 25000, 1e6].map(formatTick)).toEqual(['0', '2.5', '1k', '25k', '1M']);
  });
});
