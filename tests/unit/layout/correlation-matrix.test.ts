import { describe, expect, it } from 'vitest';
import { correlationMatrix, matrixLabel } from '../../../src/lib/layout/correlation-matrix';
import { correlationColor, textColorOn } from '../../../src/lib/layout/diverging-color';
import type { TextMark } from '../../../src/lib/layout/km-figure';
import { textWidth } from '../../../src/lib/layout/text-width';
import { deepFreeze } from './curves';

// The seven measures of the explorer's matrix (registry short names), and every pair.
const VARIABLES = deepFreeze([
  { short: 'Cmax', label: 'Cmax', unit: 'copies/µg gDNA', censorable: false },
  { short: 'AUC0–28d', label: 'AUC day 0–28', unit: 'copies/µg × day', censorable: false },
  { short: 'AUC0–last', label: 'AUC to last sample', unit: 'copies/µg × day', censorable: false },
  { short: 'Persistence', label: 'CAR-T persistence', unit: 'months', censorable: true },
  {
    short: 'MRD-neg. duration',
    label: 'Duration of MRD negativity',
    unit: 'months',
    censorable: true,
  },
  { short: 'PFS', label: 'Progression-free survival', unit: 'months', censorable: true },
  { short: 'OS', label: 'Overall survival', unit: 'months', censorable: true },
]);
const PAIRS = deepFreeze(
  VARIABLES.flatMap((_, x) =>
    VARIABLES.map((_, y) => ({
      x,
      y,
      rho: x === 0 && y === 6 ? null : (y - x) / 7 - 0.4,
      p: 0.01,
      n: 54,
    })).filter((p) => p.y > p.x),
  ),
);
const input = {
  title: 'Spearman correlations of CAR-T kinetics and outcomes (pairwise complete)',
  variables: VARIABLES,
  pairs: PAIRS,
  simulated: true,
};

/** Expects a horizontal text to lie inside [0, width]. */
function inside(m: TextMark, size: number, width: number): void {
  const w = textWidth(m.text, size);
  const left = m.anchor === 'middle' ? m.x - w / 2 : m.anchor === 'end' ? m.x - w : m.x;
  expect(left, m.text).toBeGreaterThanOrEqual(0);
  expect(left + w, m.text).toBeLessThanOrEqual(width + 0.5);
}

describe('correlationMatrix', () => {
  it.each([370, 390, 760, 1400])('keeps every label inside a %i px figure', (width) => {
    const f = correlationMatrix({ ...input, width });
    expect(f.width).toBe(width);
    for (const m of [...f.title]) inside(m, 15, f.width);
    for (const m of [...f.rowLabels, f.legend.title, ...f.legend.ticks])
      inside(m, f.fontSize, f.width);
    for (const m of f.key) inside(m, f.keyFontSize, f.width);
    inside(f.simulatedMark!, 11, f.width);
    for (const c of f.columnLabels) {
      if (c.rotate === 0) {
        c.lines.forEach((line) => inside({ ...c, text: line }, f.fontSize, f.width));
      } else {
        // Turned upwards: the glyphs span about one font size across, the text's width upwards.
        expect(c.x - 0.8 * f.fontSize).toBeGreaterThanOrEqual(0);
        expect(c.x + 0.3 * f.fontSize).toBeLessThanOrEqual(f.width);
        expect(c.y - textWidth(c.text, f.fontSize)).toBeGreaterThan(f.title.at(-1)!.y);
      }
    }
    for (const c of f.cells) {
      expect(c.x).toBeGreaterThanOrEqual(0);
      expect(c.x + c.size).toBeLessThanOrEqual(f.width);
      expect(textWidth(c.value.text, c.fontSize)).toBeLessThanOrEqual(c.size);
      expect(c.y + c.size).toBeLessThan(f.legend.title.y);
    }
    expect(f.key.at(-1)!.y).toBeLessThan(f.height);
    expect(f.simulatedMark!.y).toBeLessThanOrEqual(f.height);
  });

  it('draws the lower triangle: one cell per pair, row y − 1 and column x, none overlapping', () => {
    const f = correlationMatrix({ ...input, width: 760 });
    expect(f.cells).toHaveLength(21);
    const seen = new Set(f.cells.map((c) => `${c.x},${c.y}`));
    expect(seen.size).toBe(21);
    const first = f.cells[0];
    const cmaxOs = f.cells.find((c) => PAIRS[c.pair].x === 0 && PAIRS[c.pair].y === 6)!;
    expect(cmaxOs.x).toBe(first.x);
    expect(cmaxOs.y).toBe(first.y + 5 * first.size);
    expect(f.rowLabels.map((r) => r.text)).toEqual(VARIABLES.slice(1).map(matrixLabel));
    expect(f.columnLabels.map((c) => c.text)).toEqual(VARIABLES.slice(0, -1).map(matrixLabel));
  });

  it('writes ρ with two decimals and n in each cell, a dash where ρ is undefined', () => {
    const f = correlationMatrix({ ...input, width: 760 });
    const c = f.cells.find((c) => PAIRS[c.pair].x === 0 && PAIRS[c.pair].y === 1)!;
    expect(c.value.text).toBe((1 / 7 - 0.4).toFixed(2));
    expect(c.count?.text).toBe('n 54');
    expect(c.description).toBe('Cmax and AUC0–28d: Spearman ρ = -0.26, n = 54, p = 0.010');
    const none = f.cells.find((c) => PAIRS[c.pair].x === 0 && PAIRS[c.pair].y === 6)!;
    expect(none.value.text).toBe('—');
    expect(none.fill).toBe(correlationColor(null));
  });

  it('turns the column labels upwards only when the cells are too narrow for them', () => {
    expect(correlationMatrix({ ...input, width: 390 }).columnLabels[0].rotate).toBe(-90);
    expect(correlationMatrix({ ...input, width: 1400 }).columnLabels[0].rotate).toBe(0);
  });

  it('marks the censored measures with † and explains it in the footnote', () => {
    const f = correlationMatrix({ ...input, width: 760 });
    expect(f.rowLabels.at(-1)!.text).toBe('OS †');
    expect(f.key.map((k) => k.text).join(' ')).toContain('† Censored time');
  });
});

describe('correlationColor and textColorOn', () => {
  it('runs red (−1) through near-white (0) to blue (+1), grey without a value', () => {
    expect(correlationColor(-1)).toBe('rgb(103, 0, 31)');
    expect(correlationColor(0)).toBe('rgb(247, 247, 247)');
    expect(correlationColor(1)).toBe('rgb(5, 48, 97)');
    expect(correlationColor(2)).toBe('rgb(5, 48, 97)');
    expect(correlationColor(null)).toBe('#e6e6e6');
  });

  it('writes white on the dark ends of the scale and dark text near zero', () => {
    expect(textColorOn(correlationColor(0.95))).toBe('#ffffff');
    expect(textColorOn(correlationColor(-0.95))).toBe('#ffffff');
    expect(textColorOn(correlationColor(0.1))).toBe('#1d2330');
    expect(textColorOn('#e6e6e6')).toBe('#1d2330');
  });
});
