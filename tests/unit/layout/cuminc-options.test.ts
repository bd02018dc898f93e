import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/lib/engine/engine';
import { CAUSE_DASHES, cumincFigure } from '../../../src/lib/layout/cuminc-figure';
import { cumincLook } from '../../../src/lib/layout/cuminc-options';
import { DEFAULT_FIGURE, type FigureOptions } from '../../../src/lib/layout/figure-options';
import { GREYS } from '../../../src/lib/layout/palette-options';
import { deepFreeze } from './curves';

const engine = createEngine();
engine.load(new Uint8Array(readFileSync('public/data/demo-cohort.arrow')), 'demo-cohort.arrow');
const result = engine.run({ kind: 'cuminc', endpoint: 'mrd', stratifier: 'iss_stage' });
const fig = (o: Partial<FigureOptions>): FigureOptions => deepFreeze({ ...DEFAULT_FIGURE, ...o });
const draw = (o?: FigureOptions, width = 800) =>
  cumincFigure({
    width,
    title: result.title,
    groups: result.groups,
    causes: result.causes,
    xLabel: result.timeAxis,
    yLabel: 'Cumulative incidence (death = competing event)',
    simulated: true,
    ...(o ? { options: o } : {}),
  });

describe('cumincLook', () => {
  const input = deepFreeze({
    title: 'T',
    xLabel: 'Months since first MRD-negative test',
    yLabel: 'Cumulative incidence',
    groups: [{ label: 'ISS I' }, { label: 'ISS II' }, { label: 'ISS III' }],
    lastTime: 40,
    maxTicks: 7,
  });

  it('divides the time axis by 12 in years and relabels its title, the ticks staying in months', () => {
    const look = cumincLook(input, fig({ timeUnit: 'years' }));
    expect(look.axis.ticks).toEqual([0, 12, 24, 36, 48]);
    expect(look.axis.labels).toEqual(['0', '1', '2', '3', '4']);
    expect(look.xLabel).toBe('Years since first MRD-negative test');
  });

  it('gives each group a grey under the print palette, and the typed colours in turn under custom', () => {
    expect(cumincLook(input, fig({ palette: { kind: 'grey' } })).colors).toEqual(GREYS.slice(0, 3));
    const custom = fig({ palette: { kind: 'custom', colors: ['#111111', '#222222'] } });
    expect(cumincLook(input, custom).colors).toEqual(['#111111', '#222222', '#111111']);
  });

  it('takes the typed title, axis titles and group labels (an empty label keeps the group’s own)', () => {
    const look = cumincLook(
      input,
      fig({ title: 'Fig. 5', xLabel: 'Time', yLabel: 'Incidence', groupLabels: ['', 'Stage 2'] }),
    );
    expect(look).toMatchObject({ title: 'Fig. 5', xLabel: 'Time', yLabel: 'Incidence' });
    expect(look.labels).toEqual(['ISS I', 'Stage 2', 'ISS III']);
  });
});

describe('cumincFigure with figure options', () => {
  it('draws today’s figure when the options are the defaults', () => {
    expect(draw(DEFAULT_FIGURE)).toEqual(draw());
    expect(draw().clip).toBeNull();
  });

  it('labels the ticks in years and keeps them where the months are', () => {
    const months = draw();
    const years = draw(fig({ timeUnit: 'years', xBy: 1 }));
    expect(years.xTicks.map((t) => t.label.text)).toEqual(years.xTicks.map((_, i) => String(i)));
    expect(years.xLabel.text).toMatch(/^Years/);
    expect(months.xLabel.text).toMatch(/^Months/);
  });

  it('keeps one line style per cause and a grey per group under the print palette', () => {
    const f = draw(fig({ palette: { kind: 'grey' } }));
    for (const l of f.lines) {
      const [group, cause] = l.key.split('-').map(Number);
      expect(l.color).toBe(GREYS[group]);
      const position = result.causes.findIndex((c) => c.cause === cause);
      expect(l.dash).toBe(CAUSE_DASHES[position]);
    }
    expect(f.legend.filter((i) => i.dash === '').map((i) => i.color)).toContain(GREYS[0]);
  });

  it('sets the text and title size from the font choice', () => {
    expect(draw(fig({ font: 'large' }))).toMatchObject({ fontSize: 14, titleSize: 17 });
    expect(draw(fig({ font: 'small' }))).toMatchObject({ fontSize: 10, titleSize: 13 });
  });

  it('ends the axis at a chosen end and clips the curves to the plot', () => {
    const f = draw(fig({ xMax: 12, xBy: 3 }));
    expect(f.xTicks.map((t) => t.label.text)).toEqual(['0', '3', '6', '9', '12']);
    expect(f.clip).toEqual(f.plot);
    expect(f.xTicks[f.xTicks.length - 1].x).toBeCloseTo(f.plot.x + f.plot.width, 6);
  });
});
