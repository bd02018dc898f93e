import { describe, expect, it } from 'vitest';
import { correlationMatrix } from '../../../src/lib/layout/correlation-matrix';
import { DEFAULT_FIGURE, type FigureOptions } from '../../../src/lib/layout/figure-options';
import type { TextMark } from '../../../src/lib/layout/km-figure';
import { scatterFigure } from '../../../src/lib/layout/scatter-figure';
import { FILLED_COLOR, HOLLOW_COLOR, scatterLook } from '../../../src/lib/layout/scatter-look';
import { textWidth } from '../../../src/lib/layout/text-width';

// The Figure options on the correlations view: the scatter plot takes palette and font, the matrix
// (the view's first chart) font and the typed title.
const x = {
  label: 'Cmax',
  unit: 'copies/µg gDNA',
  values: [35400, 56200, null, 812, 120000, 4300],
  censored: [false, false, false, false, false, false],
};
const y = {
  label: 'Progression-free survival',
  unit: 'months',
  values: [61.1, 67.3, 12, 3.4, null, 20.5],
  censored: [false, true, false, false, false, true],
};
const scatter = (options: FigureOptions, width = 760) =>
  scatterFigure({
    width,
    title: 'Cmax and progression-free survival — a long title that wraps on phones',
    x,
    y,
    statLabel: 'Spearman ρ = 0.56, p < 0.001, n = 56 (cor.test, exact = FALSE)',
    simulated: true,
    options,
  });
const VARIABLES = ['Cmax', 'AUC0–28d', 'Persistence', 'MRD-neg. duration', 'PFS'].map((s, i) => ({
  short: s,
  label: s,
  unit: 'months',
  censorable: i > 1,
}));
const matrix = (options: FigureOptions, width = 760) =>
  correlationMatrix({
    width,
    title: 'Spearman correlations of CAR-T kinetics and outcomes',
    variables: VARIABLES,
    pairs: VARIABLES.flatMap((_, i) =>
      VARIABLES.map((_, j) => ({ x: i, y: j, rho: 0.3, p: 0.01, n: 50 })).filter((p) => p.y > p.x),
    ),
    simulated: true,
    options,
  });
const LARGE: FigureOptions = { ...DEFAULT_FIGURE, font: 'large', palette: { kind: 'grey' } };

function inside(m: TextMark, size: number, width: number): void {
  const w = textWidth(m.text, size);
  const left = m.anchor === 'middle' ? m.x - w / 2 : m.anchor === 'end' ? m.x - w : m.x;
  expect(left, m.text).toBeGreaterThanOrEqual(0);
  expect(left + w, m.text).toBeLessThanOrEqual(width + 0.5);
}

describe('scatterLook', () => {
  it.each([
    { palette: { kind: 'okabe' }, filled: FILLED_COLOR, hollow: HOLLOW_COLOR },
    { palette: { kind: 'grey' }, filled: '#000000', hollow: '#000000' },
    {
      palette: { kind: 'custom', colors: ['#112233', '#445566'] },
      filled: '#112233',
      hollow: '#445566',
    },
    { palette: { kind: 'custom', colors: ['#112233'] }, filled: '#112233', hollow: '#112233' },
  ] as const)(
    'colours the points $filled / $hollow under $palette.kind',
    ({ palette, filled, hollow }) => {
      const look = scatterLook({
        ...DEFAULT_FIGURE,
        palette: structuredClone(palette) as FigureOptions['palette'],
      });
      expect(look).toMatchObject({ filled, hollow });
    },
  );

  it.each([
    { font: 'small', size: 10 },
    { font: 'normal', size: 12 },
    { font: 'large', size: 14 },
  ] as const)('sets $size px text (title 3 px larger) for $font text', ({ font, size }) => {
    expect(scatterLook({ ...DEFAULT_FIGURE, font })).toMatchObject({
      fontSize: size,
      titleSize: size + 3,
    });
  });
});

describe('scatterFigure under greys and large text', () => {
  it.each([390, 760])(
    'draws 14 px text in black and keeps every text inside a %i px figure',
    (width) => {
      const f = scatter(LARGE, width);
      const normal = scatter(DEFAULT_FIGURE, width);
      expect(f.fontSize).toBe(14);
      expect(f.filled).toBe('#000000');
      expect(f.plot.y).toBeGreaterThan(normal.plot.y);
      for (const m of f.title) inside(m, f.titleSize, f.width);
      for (const m of [...f.stat, ...f.xTitle, ...f.yTitle]) inside(m, f.fontSize, f.width);
      for (const t of f.xTicks)
        inside({ text: t.text, x: t.position, y: 0, anchor: 'middle' }, f.fontSize, f.width);
      // Tick labels below the plot, the axis title below them; the figure ends after it.
      expect(f.xTitle[0].y - f.fontSize).toBeGreaterThan(f.plot.y + f.plot.height + f.xTickDy);
      expect(f.height).toBeGreaterThan(f.xTitle.at(-1)!.y);
    },
  );
});

describe('correlationMatrix under the Figure options', () => {
  it('takes the typed title and large text, and keeps its diverging colours under greys', () => {
    const f = matrix({ ...LARGE, title: 'Figure 6' });
    const normal = matrix(DEFAULT_FIGURE);
    expect(f.title.map((t) => t.text)).toEqual(['Figure 6']);
    expect(f.fontSize).toBe(14);
    expect(f.titleSize).toBe(17);
    expect(f.keyFontSize).toBe(13);
    expect(f.cells.map((c) => c.fill)).toEqual(normal.cells.map((c) => c.fill));
    expect(f.height).toBeGreaterThan(normal.height);
  });

  it.each([390, 760])('keeps every label and note inside a %i px figure in large text', (width) => {
    const f = matrix(LARGE, width);
    for (const m of f.title) inside(m, f.titleSize, f.width);
    for (const m of f.rowLabels) inside(m, f.fontSize, f.width);
    for (const m of f.key) inside(m, f.keyFontSize, f.width);
    for (const c of f.columnLabels.filter((c) => c.rotate === 0))
      for (const line of c.lines) inside({ ...c, text: line }, f.fontSize, f.width);
  });
});
