import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/lib/engine/engine';
import { barFigure } from '../../../src/lib/layout/bar-figure';
import { chartLook } from '../../../src/lib/layout/chart-look';
import { cumulativeFigure } from '../../../src/lib/layout/cumulative-figure';
import { DEFAULT_FIGURE, type FigureOptions } from '../../../src/lib/layout/figure-options';
import { GROUP_COLORS } from '../../../src/lib/layout/palette';
import { deepFreeze } from './curves';

// The safety view's one-series charts (CRS bars, cumulative ADA) under the Figure options.
const engine = createEngine();
engine.load(new Uint8Array(readFileSync('public/data/demo-cohort.arrow')), 'demo-cohort.arrow');
const safety = deepFreeze(engine.run({ kind: 'safety' }));
const fig = (o: Partial<FigureOptions>): FigureOptions => deepFreeze({ ...DEFAULT_FIGURE, ...o });
const ada = (options?: FigureOptions) =>
  cumulativeFigure({
    width: 760,
    title: 'ADA',
    steps: safety.ada!.steps,
    n: safety.ada!.n,
    xLabel: 'Months since CAR-T infusion',
    simulated: true,
    ...(options ? { options } : {}),
  });
const crs = (options?: FigureOptions) =>
  barFigure({
    width: 760,
    title: 'CRS',
    bars: safety.crs!.grades,
    simulated: true,
    ...(options ? { options } : {}),
  });

describe('chartLook', () => {
  it.each([
    { palette: { kind: 'okabe' }, ink: '#D55E00' },
    { palette: { kind: 'grey' }, ink: '#000000' },
    { palette: { kind: 'custom', colors: ['#123456'] }, ink: '#123456' },
  ] as const)('colours the one series $ink under the $palette.kind palette', ({ palette, ink }) => {
    const p =
      palette.kind === 'custom' ? { kind: 'custom' as const, colors: ['#123456'] } : palette;
    expect(chartLook(fig({ palette: p }), 'T', 'Months', '#D55E00').ink).toBe(ink);
  });

  it('takes the typed title and time-axis title, and names years on the axis in years', () => {
    expect(
      chartLook(fig({ timeUnit: 'years' }), 'T', 'Months since infusion', '#000'),
    ).toMatchObject({
      title: 'T',
      xLabel: 'Years since infusion',
    });
    expect(
      chartLook(fig({ title: 'Fig. 6', xLabel: 'Time' }), 'T', 'Months', '#000'),
    ).toMatchObject({
      title: 'Fig. 6',
      xLabel: 'Time',
    });
  });
});

describe('the safety charts with figure options', () => {
  it('draw today’s figures under the default options', () => {
    expect(ada(DEFAULT_FIGURE)).toEqual(ada());
    expect(crs(DEFAULT_FIGURE)).toEqual(crs());
    expect(ada().color).toBe(GROUP_COLORS[1]);
    expect(crs().color).toBe(GROUP_COLORS[0]);
  });

  it('label the ADA time axis in years (ticks at 12-month steps) and clip at a chosen end', () => {
    const years = ada(fig({ timeUnit: 'years', xBy: 1 }));
    expect(years.xTicks.map((t) => t.label.text)).toEqual(years.xTicks.map((_, i) => String(i)));
    expect(years.xLabel.text).toBe('Years since CAR-T infusion');
    expect(years.clip).toBeNull();
    const cut = ada(fig({ xMax: 12, xBy: 6 }));
    expect(cut.xTicks.map((t) => t.label.text)).toEqual(['0', '6', '12']);
    expect(cut.clip).toEqual(cut.plot);
    expect(cut.atRisk).toHaveLength(3);
  });

  it('set text and title size from the font choice, and the greys draw both series black', () => {
    for (const f of [
      ada(fig({ font: 'large', palette: { kind: 'grey' } })),
      crs(fig({ font: 'large', palette: { kind: 'grey' } })),
    ]) {
      expect(f).toMatchObject({ fontSize: 14, titleSize: 17, color: '#000000' });
    }
    expect(crs(fig({ font: 'small' }))).toMatchObject({ fontSize: 10, titleSize: 13 });
  });
});
