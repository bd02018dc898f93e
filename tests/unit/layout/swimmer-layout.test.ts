import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/lib/engine/engine';
import type { SwimmerRow } from '../../../src/lib/engine/types';
import { groupStyle } from '../../../src/lib/layout/palette';
import { SWATCH_TEXT } from '../../../src/lib/layout/swimmer-legend';
import { swimmerLayout, type SwimmerFigure } from '../../../src/lib/layout/swimmer-layout';
import { textWidth } from '../../../src/lib/layout/text-width';
import { deepFreeze } from './curves';

const engine = createEngine();
engine.load(new Uint8Array(readFileSync('public/data/demo-cohort.arrow')), 'demo-cohort.arrow');
const demo = engine.run({ kind: 'swimmer' });
const groups = demo.groups.map((g, k) => ({ label: g.label, n: g.n, style: groupStyle(k) }));
const base = deepFreeze({
  title: demo.title,
  subtitle: `Rows within each group: ${demo.sortLabel}`,
  groups,
  rows: demo.rows,
  xLabel: demo.timeAxis,
  simulated: true,
});

/** The demo rows repeated to `n` patients (ids made unique, groups kept in order). */
function cohortOf(n: number): SwimmerRow[] {
  const rows = Array.from({ length: n }, (_, i) => ({
    ...demo.rows[i % demo.rows.length],
    patientId: `X-${i}`,
  }));
  return rows.sort((a, b) => a.group - b.group);
}

function everyText(f: SwimmerFigure): { text: string; left: number; right: number }[] {
  const span = (text: string, x: number, anchor: string, size: number) => {
    const w = textWidth(text, size);
    const left = anchor === 'middle' ? x - w / 2 : anchor === 'end' ? x - w : x;
    return { text, left, right: left + w };
  };
  return [
    ...f.title.map((t) => span(t.text, t.x, t.anchor, 15 * 1.1)),
    ...f.subtitle.map((t) => span(t.text, t.x, t.anchor, f.fontSize)),
    ...f.legendLeads.map((t) => span(t.text, t.x, t.anchor, f.fontSize)),
    ...f.legend.map((l) => span(l.label, l.x + SWATCH_TEXT, 'start', f.fontSize)),
    ...f.columns.map((c) => span(c.text, c.x, c.anchor, 10)),
    ...f.groups.flatMap((g) => g.lines.map((t) => span(t.text, t.x, t.anchor, f.fontSize))),
    ...f.xTicks.map((t) => span(t.text, t.x, 'middle', f.fontSize)),
    span(f.xLabel.text, f.xLabel.x, f.xLabel.anchor, f.fontSize),
    span(f.simulatedMark!.text, f.simulatedMark!.x, f.simulatedMark!.anchor, 11),
  ];
}

describe('swimmerLayout', () => {
  it.each([390 - 20, 760, 1400])(
    'swimmerLayout keeps every text and mark inside a %i px figure',
    (width) => {
      const f = swimmerLayout({ ...base, width });
      expect(f.width).toBeLessThanOrEqual(width);
      for (const t of everyText(f)) {
        expect(t.left, t.text).toBeGreaterThanOrEqual(0);
        expect(t.right, t.text).toBeLessThanOrEqual(f.width + 0.5);
      }
      for (const r of f.rows) {
        if (r.response?.text) {
          expect(textWidth(r.response.text, f.cellFontSize)).toBeLessThan(r.response.width);
        }
        for (const b of r.bars) {
          expect(b.x).toBeGreaterThanOrEqual(f.plot.x - 1e-9);
          expect(b.x + b.width).toBeLessThanOrEqual(f.plot.x + f.plot.width + 1e-9);
        }
        // The alive arrow and the death cross reach at most 8 px right of their time.
        for (const m of r.marks) expect(m.x + 8).toBeLessThanOrEqual(f.width);
      }
      expect(f.simulatedMark!.y).toBeLessThanOrEqual(f.height);
      expect(f.xLabel.y).toBeLessThan(f.height);
    },
  );

  it('swimmerLayout draws one row per patient under a header per MRD group', () => {
    const f = swimmerLayout({ ...base, width: 760 });
    expect(f.rows).toHaveLength(56);
    expect(f.groups.map((g) => g.lines.map((l) => l.text).join(' '))).toEqual(
      demo.groups.map((g) => `${g.label} (n = ${g.n})`),
    );
    // Rows never overlap, and each group's header sits above its first row.
    for (let k = 1; k < f.rows.length; k++) {
      expect(f.rows[k].band.y).toBeGreaterThanOrEqual(f.rows[k - 1].band.y + f.rowHeight);
    }
    expect(f.groups[1].lines[0].y).toBeLessThan(f.rows[demo.groups[0].n].band.y);
    expect(f.rows[0].ticks.match(/M/g)).toHaveLength(demo.rows[0].tests.length);
    expect(f.rows[0].words).toContain(demo.rows[0].patientId);
  });

  it('swimmerLayout gives 12 px rows to the paper’s 56 patients and thinner rows to a few hundred', () => {
    expect(swimmerLayout({ ...base, width: 760 }).rowHeight).toBe(12);
    const big = swimmerLayout({ ...base, rows: cohortOf(300), width: 760 });
    expect(big.rowHeight).toBe(3);
    expect(big.rows).toHaveLength(300);
    // The bars stay visible, and annotation text gives way to the shaded cells.
    expect(
      Math.min(...big.rows.flatMap((r) => r.bars.map((b) => b.height))),
    ).toBeGreaterThanOrEqual(1);
    expect(big.rows.every((r) => r.response === null || r.response.text === null)).toBe(true);
    expect(big.plot.height).toBeLessThan(1100);
  });

  it('swimmerLayout draws not-assessed stretches thinner than MRD results', () => {
    const f = swimmerLayout({ ...base, width: 760 });
    const heights = (state: string) =>
      new Set(f.rows.flatMap((r) => r.bars.filter((b) => b.state === state).map((b) => b.height)));
    expect([...heights('none')][0]).toBeLessThan([...heights('neg')][0]);
    expect(heights('neg')).toEqual(heights('pos'));
  });

  it('swimmerLayout wraps the title and legend on a phone and marks simulated data only when it is', () => {
    const phone = swimmerLayout({ ...base, width: 370 });
    const desktop = swimmerLayout({ ...base, width: 1400 });
    expect(new Set(phone.legend.map((l) => l.y)).size).toBeGreaterThan(
      new Set(desktop.legend.map((l) => l.y)).size,
    );
    expect(phone.xTicks.length).toBeLessThanOrEqual(5);
    expect(swimmerLayout({ ...base, width: 760, simulated: false }).simulatedMark).toBeNull();
  });
});
