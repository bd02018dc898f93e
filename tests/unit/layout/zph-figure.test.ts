import { describe, expect, it } from 'vitest';
import { forestLayout } from '../../../src/lib/layout/forest-layout';
import { phTerms, PH_WARNING } from '../../../src/lib/layout/ph-terms';
import { zphFigure } from '../../../src/lib/layout/zph-figure';
import type { ForestResult, ForestRow, PhPlot } from '../../../src/lib/engine/types';
import { deepFreeze } from './curves';

const PLOT: PhPlot = deepFreeze({
  term: 'age',
  x: [0, 0.1, 0.2, 0.4, 0.6, 0.9],
  time: [1, 2, 4, 8, 20, 50],
  y: [0.5, null, -0.2, 0.1, 0.3, 0.2],
  coef: 0.1,
  linearPredictor: false,
  smooth: {
    x: [0, 0.45, 0.9],
    fit: [0.2, 0.1, 0.0],
    upper: [0.6, 0.4, 0.3],
    lower: [-0.2, -0.2, -0.3],
  },
});

describe('zphFigure lays out the scaled Schoenfeld residual plot', () => {
  const fig = zphFigure(PLOT, { width: 400, height: 240 });
  it('draws one point per event with a residual (R leaves NA out) inside the plot area', () => {
    expect(fig.points).toHaveLength(5);
    for (const p of fig.points) {
      expect(p.cx).toBeGreaterThanOrEqual(fig.plot.x);
      expect(p.cx).toBeLessThanOrEqual(fig.plot.x + fig.plot.width);
      expect(p.cy).toBeGreaterThanOrEqual(fig.plot.y);
      expect(p.cy).toBeLessThanOrEqual(fig.plot.y + fig.plot.height);
    }
  });
  it('puts the first transformed time at the left edge and the last at the right', () => {
    expect(Math.min(...fig.points.map((p) => p.cx))).toBeCloseTo(fig.plot.x, 9);
    expect(Math.max(...fig.points.map((p) => p.cx))).toBeCloseTo(fig.plot.x + fig.plot.width, 9);
  });
  it('draws the coefficient line across the plot, below 0 on screen when the coefficient is positive', () => {
    expect(fig.coef.x2 - fig.coef.x1).toBeCloseTo(fig.plot.width, 9);
    expect(fig.zero).not.toBeNull();
    expect(fig.coef.y).toBeLessThan(fig.zero!.y);
  });
  it('closes the band polygon and draws the smooth through all its points', () => {
    expect(fig.band?.endsWith('Z')).toBe(true);
    expect(fig.smooth?.split('L')).toHaveLength(3);
  });
  it('labels the time axis in months, spaced at least 30 px apart, in increasing order', () => {
    expect(fig.xTicks.length).toBeGreaterThan(1);
    fig.xTicks.forEach((t, i) => {
      if (i > 0) expect(t.x - fig.xTicks[i - 1].x).toBeGreaterThanOrEqual(30);
      if (i > 0) expect(Number(t.label)).toBeGreaterThan(Number(fig.xTicks[i - 1].label));
    });
  });
  it('leaves out the smooth and band when there is none (too few events)', () => {
    const f = zphFigure({ ...PLOT, smooth: null }, { width: 300, height: 200 });
    expect([f.smooth, f.band]).toEqual([null, null]);
  });
});

const row = (factor: string, label: string, unit: string, p: number | null): ForestRow => ({
  factor,
  label,
  unit,
  postBaseline: false,
  rescaled: null,
  n: 50,
  events: 30,
  hr: 1.5,
  lower: 1,
  upper: 2,
  p: 0.04,
  ph: p === null ? null : { chisq: 4, df: unit === 'vs the first level' ? 2 : 1, p },
  phPlot: null,
});

describe('phTerms and the forest layout show the PH test per term', () => {
  const result = {
    rows: [
      row('age', 'Age', 'per year', 0.41),
      row('iss', 'ISS stage: II', 'vs the first level', 0.03),
      row('iss', 'ISS stage: III', 'vs the first level', 0.03),
      row('x', 'X', 'yes vs no', null),
    ],
  } as unknown as ForestResult;
  it.each([
    { factor: 'age', label: 'Age', warn: false, text: 'PH p = 0.410 (χ² 4.00 on 1 df)' },
    { factor: 'iss', label: 'ISS stage', warn: true, text: 'PH p = 0.030 (χ² 4.00 on 2 df)' },
  ])('one line per term: $factor', ({ factor, label, warn, text }) => {
    const t = phTerms(result).find((x) => x.factor === factor)!;
    expect([t.label, t.warn, t.text]).toEqual([label, warn, text]);
  });
  it('gives a factor one line and a term without a test none', () => {
    expect(phTerms(result).map((t) => t.factor)).toEqual(['age', 'iss']);
  });
  it('writes "PH p = …" under each hazard ratio and flags p < 0.05', () => {
    const layout = forestLayout(result.rows, { width: 700, rowHeight: 36, labelWidth: 200 });
    expect(layout.rows.map((r) => [r.phText, r.phWarn])).toEqual([
      ['PH p = 0.410', false],
      ['PH p = 0.030', true],
      ['PH p = 0.030', true],
      [null, false],
    ]);
    expect(PH_WARNING).toMatch(/average over time/);
  });
});
