import { describe, expect, it } from 'vitest';
import { atRiskRows } from '../../../src/lib/layout/at-risk-table';
import { kmunicateCounts } from '../../../src/lib/layout/kmunicate-table';
import { riskTableLayout, riskTableMargin } from '../../../src/lib/layout/risk-table-layout';
import { textWidth } from '../../../src/lib/layout/text-width';
import { AML, EDGE_CURVES, simpleScales } from './curves';

const scales = { ...simpleScales(4), xTicks: [0, 1, 2, 3, 4] };
const curves = [EDGE_CURVES.reachesZero, EDGE_CURVES.nullAfterLastEvent];
const base = {
  curves,
  colors: ['#111', '#222'],
  scales,
  width: 300,
  top: 100,
  showEvents: false,
  cells: { minCell: 1, suppress: false },
};

describe('riskTableLayout', () => {
  it('lays out KMunicate as three lines per group holding kmunicateCounts at each tick', () => {
    const t = riskTableLayout({ ...base, mode: 'kmunicate' });
    expect(t.header.text).toBe('Number at risk, events and censored so far');
    t.lines.forEach((g, i) => {
      const k = kmunicateCounts(curves[i], scales.xTicks);
      expect(g.rows.map((r) => r.label)).toEqual(['At risk', 'Events', 'Censored']);
      expect(g.rows[0].cells.map((c) => Number(c.text))).toEqual(k.map((c) => c.atRisk));
      expect(g.rows[1].cells.map((c) => Number(c.text))).toEqual(k.map((c) => c.events));
      expect(g.rows[2].cells.map((c) => Number(c.text))).toEqual(k.map((c) => c.censored));
    });
    const ys = t.lines.flatMap((g) => [g.labelY, ...g.rows.map((r) => r.y)]);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(new Set(ys).size).toBe(ys.length);
    expect(t.bottom).toBeGreaterThan(ys.at(-1)!);
  });

  it('lays out the classic table as one line per group, cumulative events in brackets on request', () => {
    const rows = atRiskRows(curves, scales.xTicks, scales);
    const plain = riskTableLayout({ ...base, mode: 'classic' });
    expect(plain.header.text).toBe('Number at risk');
    expect(plain.lines.map((g) => g.rows[0].cells.map((c) => c.text))).toEqual(
      rows.map((r) => r.cells.map((c) => String(c.nRisk))),
    );
    const events = riskTableLayout({ ...base, mode: 'classic', showEvents: true });
    expect(events.lines[0].rows[0].cells.map((c) => c.text)).toEqual(
      rows[0].cells.map((c) => `${c.nRisk} (${c.cumEvents})`),
    );
  });

  it.each(['kmunicate', 'classic'] as const)(
    'shows counts 1 to k − 1 as "<k" in the %s table when suppressed, and 0 as 0',
    (mode) => {
      const t = riskTableLayout({
        ...base,
        mode,
        showEvents: true,
        cells: { minCell: 3, suppress: true },
      });
      const texts = t.lines.flatMap((g) => g.rows.flatMap((r) => r.cells.map((c) => c.text)));
      expect(texts.join(' ')).not.toMatch(/(^|[\s(])[12]($|[\s)])/);
      expect(texts.join(' ')).toContain('<3');
      expect(texts.join(' ')).toMatch(/(^|[\s(])0($|[\s)])/);
    },
  );

  it('keeps every cell inside the figure, the first and last ticks included', () => {
    const wide = { ...scales, x: scales.x.copy().range([0, 300]) };
    const t = riskTableLayout({ ...base, scales: wide, mode: 'kmunicate' });
    for (const c of t.lines.flatMap((g) => g.rows.flatMap((r) => r.cells))) {
      const half = textWidth(c.text, 12) / 2;
      expect(c.x - half).toBeGreaterThanOrEqual(0);
      expect(c.x + half).toBeLessThanOrEqual(300);
    }
  });

  it('riskTableMargin leaves room for "Censored" and half the widest n, and none for the classic table', () => {
    const aml = AML.curves;
    expect(riskTableMargin(aml, 'classic')).toBe(0);
    const m = riskTableMargin(aml, 'kmunicate');
    expect(m).toBeGreaterThan(textWidth('Censored', 12) + textWidth('12', 12) / 2);
    expect(riskTableMargin([{ n: 1000 }], 'kmunicate')).toBeGreaterThan(m);
  });
});
