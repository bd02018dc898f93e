import { describe, expect, it } from 'vitest';
import { responseFigure, responseMonthAt } from '../../../src/lib/layout/response-figure';
import { BAND_COLORS } from '../../../src/lib/layout/response-palette';
import { textWidth } from '../../../src/lib/layout/text-width';
import { deepFreeze } from './curves';

const BANDS = [
  { id: 'sCR', label: 'sCR', title: 'Stringent complete response' },
  { id: 'CR', label: 'CR' },
  { id: 'VGPR', label: 'VGPR' },
  { id: 'PR', label: 'PR' },
  { id: 'MR/SD', label: 'MR or SD' },
  { id: 'none', label: 'Not evaluable yet' },
  { id: 'progressed', label: 'Progressed or died' },
  { id: 'ended', label: 'Follow-up ended' },
];
const months = Array.from({ length: 67 }, (_, j) => j + 1);
/** A panel of n patients drifting from PR to sCR, then progressing and leaving follow-up. */
function panel(label: string, n: number) {
  const counts = BANDS.map(() => months.map(() => 0));
  months.forEach((m, j) => {
    const progressed = Math.min(n, Math.floor((m * n) / 120));
    const ended = Math.min(n - progressed, Math.floor((m * n) / 200));
    const left = n - progressed - ended;
    const deep = m < 3 ? 0 : left;
    counts[0][j] = deep;
    counts[3][j] = left - deep;
    counts[6][j] = progressed;
    counts[7][j] = ended;
  });
  return { label, n, counts, everCr: months.map((m) => (m < 3 ? 0 : Math.ceil(n * 0.8))) };
}
const base = deepFreeze({
  title: 'Best response so far, month by month — by a rather long stratifier label that wraps',
  months,
  bands: BANDS,
  panels: [
    panel('Not triple-refractory', 47),
    panel('Triple-refractory, and a group label long enough to wrap on a phone', 9),
  ],
  simulated: true,
});

describe('responseFigure', () => {
  it.each([390 - 20, 760, 1400])(
    'responseFigure keeps every text inside a %i px figure',
    (width) => {
      const f = responseFigure({ ...base, width });
      const inside = (x: number, text: string, anchor: string) => {
        const w = textWidth(text, f.fontSize);
        const left = anchor === 'middle' ? x - w / 2 : anchor === 'end' ? x - w : x;
        expect(left, text).toBeGreaterThanOrEqual(0);
        expect(left + w, text).toBeLessThanOrEqual(f.width + 0.5);
      };
      for (const line of f.title) inside(line.x, line.text, line.anchor);
      for (const item of f.legend) inside(item.x + 20, item.label, 'start');
      for (const p of f.panels) {
        for (const line of p.title) inside(line.x, line.text, line.anchor);
        for (const t of [...p.yTicks, ...p.xTicks]) inside(t.x, t.text, t.anchor);
        expect(p.plot.x + p.plot.width).toBeLessThanOrEqual(f.width);
        // The rotated axis title stays left of the tick labels, within the plot's height.
        expect(p.yLabel.x + f.fontSize / 2).toBeLessThan(
          p.yTicks[0].x - textWidth('100%', f.fontSize),
        );
        expect(p.yLabel.y - textWidth(p.yLabel.text, f.fontSize) / 2).toBeGreaterThanOrEqual(
          p.plot.y,
        );
      }
      inside(f.xLabel.x, f.xLabel.text, f.xLabel.anchor);
      inside(f.simulatedMark!.x, f.simulatedMark!.text, f.simulatedMark!.anchor);
      expect(f.simulatedMark!.y).toBeLessThanOrEqual(f.height);
    },
  );

  it('responseFigure stacks each month’s bars to the full plot height, deepest response at the bottom', () => {
    const f = responseFigure({ ...base, width: 760 });
    const p = f.panels[0];
    for (const m of [1, 12, 40, 67]) {
      const bars = p.bars.filter((b) => b.month === m);
      const total = bars.reduce((s, b) => s + b.height, 0);
      expect(total).toBeCloseTo(p.plot.height, 6);
      const bottom = bars.reduce((a, b) => (b.y > a.y ? b : a));
      expect(bottom.y + bottom.height).toBeCloseTo(p.plot.y + p.plot.height, 6);
      const order = bars.map((b) => BANDS.findIndex((x) => x.id === b.band));
      expect(order).toEqual([...order].sort((x, y) => x - y));
      bars.slice(1).forEach((b, k) => expect(b.y).toBeLessThan(bars[k].y));
    }
    expect(p.bars.every((b) => b.color === BAND_COLORS[b.band])).toBe(true);
  });

  it('responseFigure keeps panels apart and one below the other', () => {
    const f = responseFigure({ ...base, width: 760 });
    const [a, b] = f.panels;
    expect(b.title[0].y).toBeGreaterThan(a.plot.y + a.plot.height);
    expect(b.plot.y).toBeGreaterThan(b.title.at(-1)!.y);
  });

  it('responseFigure wraps the legend on a phone, keeps it on one row on a desktop, and shortens panels', () => {
    const rows = (width: number) =>
      new Set(responseFigure({ ...base, width }).legend.map((l) => l.y)).size;
    expect(rows(370)).toBeGreaterThan(1);
    expect(rows(1400)).toBe(1);
    const narrow = responseFigure({ ...base, width: 370 });
    const wide = responseFigure({ ...base, width: 1400 });
    expect(narrow.panels[0].plot.height).toBeLessThan(wide.panels[0].plot.height);
  });

  it('responseFigure draws the "ever reached CR" line through every month and names it in the legend', () => {
    const f = responseFigure({ ...base, width: 760 });
    expect(f.panels[0].everCr.match(/[ML]/g)).toHaveLength(months.length);
    expect(f.legend.at(-1)).toMatchObject({ kind: 'line', label: 'Ever reached CR or better' });
    expect(f.legend[0].title).toBe('Stringent complete response');
  });

  it('responseFigure leaves out the simulated mark for real data', () => {
    expect(responseFigure({ ...base, width: 760, simulated: false }).simulatedMark).toBeNull();
  });

  it('responseMonthAt finds the month under the pointer and nothing outside the plot', () => {
    const f = responseFigure({ ...base, width: 760 });
    const { plot } = f.panels[0];
    const xOf = (m: number) => plot.x + (m / f.lastMonth) * plot.width;
    expect(responseMonthAt(f, months, xOf(11.5))).toBe(12);
    expect(responseMonthAt(f, months, xOf(0.2))).toBe(1);
    expect(responseMonthAt(f, months, plot.x - 5)).toBeNull();
    expect(responseMonthAt(f, months, xOf(69))).toBeNull();
  });
});
