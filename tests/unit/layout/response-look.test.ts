import { describe, expect, it } from 'vitest';
import { RESPONSE_BANDS } from '../../../src/lib/engine/analyses/response-over-time';
import { DEFAULT_FIGURE, type FigureOptions } from '../../../src/lib/layout/figure-options';
import { responseFigure } from '../../../src/lib/layout/response-figure';
import { BAND_COLORS } from '../../../src/lib/layout/response-palette';
import { BAND_GREYS, responseLook } from '../../../src/lib/layout/response-look';

const bands = [...RESPONSE_BANDS];
const ids = bands.map((b) => b.id);
const months = [1, 2, 3, 4, 5, 6];
const panel = (label: string, n: number) => ({
  label,
  n,
  counts: ids.map((_, k) => months.map(() => (k === 0 ? n : 0))),
  everCr: months.map(() => n),
});
const input = (options: FigureOptions, width = 760) => ({
  width,
  title: 'Best response so far, month by month',
  months,
  bands,
  panels: [panel('Not triple-refractory', 5), panel('Triple-refractory', 3)],
  simulated: true,
  options,
});
const luminance = (hex: string) => parseInt(hex.slice(1, 3), 16);

describe('responseLook', () => {
  it.each([
    { font: 'small', size: 10 },
    { font: 'normal', size: 12 },
    { font: 'large', size: 14 },
  ] as const)(
    'sets the text to $size px for $font text, the title 3 px larger',
    ({ font, size }) => {
      const look = responseLook({ ...DEFAULT_FIGURE, font }, 'T', ids);
      expect(look.fontSize).toBe(size);
      expect(look.titleSize).toBe(size + 3);
      expect(look.panelSize).toBe(size + 1);
    },
  );

  it('keeps the chart’s own band colours under Okabe–Ito', () => {
    const look = responseLook(DEFAULT_FIGURE, 'T', ids);
    for (const id of ids) expect(look.band(id)).toEqual({ color: BAND_COLORS[id], hatch: false });
  });

  it('gives greys darkest for the deepest response, lighter band by band to MR/SD, and hatches progression', () => {
    const look = responseLook({ ...DEFAULT_FIGURE, palette: { kind: 'grey' } }, 'T', ids);
    expect(look.band('sCR').color).toBe('#000000');
    const depth = ['sCR', 'CR', 'VGPR', 'PR', 'MR/SD'].map((id) => luminance(look.band(id).color));
    for (let i = 1; i < depth.length; i++) expect(depth[i]).toBeGreaterThan(depth[i - 1]);
    expect(look.band('progressed').hatch).toBe(true);
    expect(ids.filter((id) => look.band(id).hatch)).toEqual(['progressed']);
    for (const id of ids) expect(look.band(id).color).toBe(BAND_GREYS[id]);
  });

  it('gives a custom list’s colours to the bands in order, the bands beyond it keeping their own', () => {
    const o = {
      ...DEFAULT_FIGURE,
      palette: { kind: 'custom' as const, colors: ['#111111', '#222222'] },
    };
    const look = responseLook(o, 'T', ids);
    expect(look.band(ids[0]).color).toBe('#111111');
    expect(look.band(ids[1]).color).toBe('#222222');
    expect(look.band(ids[2]).color).toBe(BAND_COLORS[ids[2]]);
  });

  it('names the chart with the typed title, else its own', () => {
    expect(responseLook(DEFAULT_FIGURE, 'Own', ids).title).toBe('Own');
    expect(responseLook({ ...DEFAULT_FIGURE, title: 'Figure 4' }, 'Own', ids).title).toBe(
      'Figure 4',
    );
  });
});

describe('responseFigure under the Figure options', () => {
  it('draws every bar and legend box in greys (sCR black) when greys are chosen', () => {
    const f = responseFigure(input({ ...DEFAULT_FIGURE, palette: { kind: 'grey' } }));
    const greys = new Set(Object.values(BAND_GREYS));
    for (const b of f.panels.flatMap((p) => p.bars)) expect(greys.has(b.color)).toBe(true);
    expect(f.panels[0].bars[0]).toMatchObject({ band: 'sCR', color: '#000000' });
    for (const item of f.legend.filter((i) => i.kind === 'box'))
      expect(greys.has(item.color)).toBe(true);
    expect(f.legend.find((i) => i.kind === 'line')?.color).toBe('#000000');
  });

  it.each([390, 760])(
    'makes large text larger, pushes the plots down and keeps every text inside the %i px figure',
    (width) => {
      const normal = responseFigure(input(DEFAULT_FIGURE, width));
      const large = responseFigure(input({ ...DEFAULT_FIGURE, font: 'large' }, width));
      expect(large.fontSize).toBe(14);
      expect(large.titleSize).toBeGreaterThan(normal.titleSize);
      expect(large.panels[0].plot.y).toBeGreaterThan(normal.panels[0].plot.y);
      expect(large.panels[0].plot.x).toBeGreaterThan(normal.panels[0].plot.x);
      expect(large.height).toBeGreaterThan(normal.height);
      for (const p of large.panels) {
        // Tick labels sit below the plot, the next panel's heading below them.
        expect(p.xTicks[0].y).toBeGreaterThan(p.plot.y + p.plot.height + 14 * 0.7);
      }
      expect(large.panels[1].title[0].y - 14).toBeGreaterThan(large.panels[0].xTicks[0].y);
      expect(large.xLabel.y).toBeLessThan(large.height);
    },
  );
});
