import { describe, expect, it } from 'vitest';
import type { PhPlot } from '../../../src/lib/engine/types';
import { DEFAULT_FIGURE, type FigureOptions } from '../../../src/lib/layout/figure-options';
import { textWidth } from '../../../src/lib/layout/text-width';
import { zphChart } from '../../../src/lib/layout/zph-chart';
import { zphFigure } from '../../../src/lib/layout/zph-figure';
import { ZPH_COEF, ZPH_POINT, ZPH_SMOOTH, zphLook } from '../../../src/lib/layout/zph-look';
import { deepFreeze } from './curves';

const fig = (o: Partial<FigureOptions>): FigureOptions => deepFreeze({ ...DEFAULT_FIGURE, ...o });
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
const TEXTS = {
  title: 'CAR-T persistence at least 6 months (post-baseline)',
  subtitle: 'Proportional hazards · Progression-free survival · univariable model',
  note: 'β(t) = scaled Schoenfeld residual + coefficient; smooth ± 2 SE',
  coefLabel: '— fitted: 1 (the factor’s linear predictor)',
  simulated: true,
};

describe('zphLook', () => {
  it('keeps the plot’s own colours and 48/40 px margins under the default options, with 12 px text', () => {
    expect(zphLook(DEFAULT_FIGURE)).toEqual({
      fontSize: 12,
      titleSize: 15,
      lineGap: 16,
      margin: { left: 48, right: 12, top: 12, bottom: 40 },
      tickGap: 30,
      point: ZPH_POINT,
      smooth: ZPH_SMOOTH,
      bandOpacity: 0.12,
      bandDash: '',
      coef: ZPH_COEF,
    });
  });

  it.each([
    { font: 'small', size: 10, title: 13, left: 40, bottom: 33 },
    { font: 'normal', size: 12, title: 15, left: 48, bottom: 40 },
    { font: 'large', size: 14, title: 17, left: 56, bottom: 47 },
  ] as const)(
    'sets $font text to $size px and grows the left margin to $left px and the bottom one to $bottom px',
    ({ font, size, title, left, bottom }) => {
      const l = zphLook(fig({ font }));
      expect(l).toMatchObject({ fontSize: size, titleSize: title });
      expect(l.margin).toMatchObject({ left, bottom });
    },
  );

  it.each([
    {
      palette: { kind: 'okabe' },
      point: ZPH_POINT,
      smooth: ZPH_SMOOTH,
      coef: ZPH_COEF,
      dash: '',
      opacity: 0.12,
    },
    {
      palette: { kind: 'grey' },
      point: '#555555',
      smooth: '#000000',
      coef: '#777777',
      dash: '4 3',
      opacity: 0,
    },
    {
      palette: { kind: 'custom', colors: ['#aa0000', '#00aa00', '#0000aa'] },
      point: '#00aa00',
      smooth: '#aa0000',
      coef: '#0000aa',
      dash: '',
      opacity: 0.12,
    },
    {
      palette: { kind: 'custom', colors: ['#aa0000'] },
      point: ZPH_POINT,
      smooth: '#aa0000',
      coef: ZPH_COEF,
      dash: '',
      opacity: 0.12,
    },
  ] as const)(
    'draws the smooth in $smooth, the points in $point and the band dashed “$dash” under the $palette.kind palette',
    (c) => {
      const palette =
        c.palette.kind === 'custom' ? { ...c.palette, colors: [...c.palette.colors] } : c.palette;
      expect(zphLook(fig({ palette }))).toMatchObject({
        point: c.point,
        smooth: c.smooth,
        coef: c.coef,
        bandDash: c.dash,
        bandOpacity: c.opacity,
      });
    },
  );

  it('ignores the typed title, time, survival-axis, legend and group-label options', () => {
    const other = fig({
      title: 'Figure 3',
      timeUnit: 'years',
      xMax: 3,
      yScale: 'prob',
      legend: 'none',
      groupLabels: ['x'],
    });
    expect(zphLook(other)).toEqual(zphLook(DEFAULT_FIGURE));
    const a = zphChart(PLOT, { width: 400, ...TEXTS }, other);
    expect(a.texts.title.map((l) => l.text).join(' ')).toBe(TEXTS.title);
    expect(JSON.stringify(a)).toBe(
      JSON.stringify(zphChart(PLOT, { width: 400, ...TEXTS }, DEFAULT_FIGURE)),
    );
  });
});

describe('zphChart', () => {
  it('gives the band’s upper and lower edges as open paths for the dashed greys band', () => {
    const f = zphFigure(PLOT, { width: 400, height: 240 });
    expect(f.bandEdges?.upper.startsWith('M')).toBe(true);
    expect(f.bandEdges?.lower.endsWith('Z')).toBe(false);
    expect(zphFigure({ ...PLOT, smooth: null }, { width: 400, height: 240 }).bandEdges).toBeNull();
  });

  it.each([
    { width: 280, font: 'large' },
    { width: 280, font: 'small' },
    { width: 720, font: 'large' },
  ] as const)(
    'keeps every text line inside a $width px figure with $font text',
    ({ width, font }) => {
      const c = zphChart(PLOT, { width, ...TEXTS }, fig({ font }));
      const { texts, look } = c;
      for (const l of [...texts.subtitle, ...texts.note, ...texts.coef, ...c.xTitle])
        expect(textWidth(l.text, look.fontSize)).toBeLessThanOrEqual(width - 4);
      for (const l of texts.title)
        expect(textWidth(l.text, look.titleSize) * 1.1).toBeLessThanOrEqual(width);
      // Lines do not overlap: baselines increase by at least the text size.
      const ys = [...texts.title, ...texts.subtitle, ...texts.note].map((l) => l.y);
      ys.slice(1).forEach((y, i) => expect(y - ys[i]).toBeGreaterThanOrEqual(look.fontSize));
      expect(texts.top).toBeGreaterThan(ys[ys.length - 1]);
      // The axis title sits inside the bottom margin; the key and mark below the plot, in the SVG.
      const last = c.xTitle[c.xTitle.length - 1];
      expect(c.figure.axisY + last.dy).toBeLessThanOrEqual(c.figure.height);
      expect(texts.coef[0].y - look.fontSize).toBeGreaterThanOrEqual(
        texts.top + c.figure.height - 4,
      );
      expect(texts.height).toBeGreaterThan(texts.simulated!.y);
    },
  );

  it('makes the plot with large text taller than with small text, the plot area alike', () => {
    const small = zphChart(PLOT, { width: 390, ...TEXTS }, fig({ font: 'small' }));
    const large = zphChart(PLOT, { width: 390, ...TEXTS }, fig({ font: 'large' }));
    expect(large.texts.height).toBeGreaterThan(small.texts.height);
    expect(large.figure.plot.x).toBeGreaterThan(small.figure.plot.x);
  });

  it('spaces the time ticks by the text size: at least 35 px apart with large text', () => {
    const f = zphChart(PLOT, { width: 720, ...TEXTS }, fig({ font: 'large' })).figure;
    f.xTicks.slice(1).forEach((t, i) => expect(t.x - f.xTicks[i].x).toBeGreaterThanOrEqual(35));
  });
});
