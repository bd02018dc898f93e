import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import CumincPanel from '../../../src/components/CumincPanel.svelte';
import ForestPlot from '../../../src/components/ForestPlot.svelte';
import SwimmerChart from '../../../src/components/SwimmerChart.svelte';
import BarChart from '../../../src/components/safety/BarChart.svelte';
import CumulativeChart from '../../../src/components/safety/CumulativeChart.svelte';
import { createEngine } from '../../../src/lib/engine/engine';
import { DEFAULT_FIGURE, type FigureOptions } from '../../../src/lib/layout/figure-options';
import { groupStyle } from '../../../src/lib/layout/palette';
import { normaliseSvg } from './normalise-svg';

// One non-default option set per chart type beyond the survival chart (whose options have their
// own snapshots in km-chart-options.test.ts): greys for print, large text, a typed title.
const PRINT: FigureOptions = {
  ...DEFAULT_FIGURE,
  palette: { kind: 'grey' },
  font: 'large',
  title: 'Figure 3 (typed title)',
};
const engine = createEngine();
engine.load(new Uint8Array(readFileSync('public/data/demo-cohort.arrow')), 'demo-cohort.arrow');
const dataset = { label: 'demo-cohort.arrow', simulated: true };

describe('Figure options on every chart type', () => {
  it('ForestPlot in greys with large text and a typed title, as in its snapshot', async () => {
    const rows = [
      { label: 'Triple-class refractory', hr: 2.75, lower: 1.15, upper: 6.49, p: 0.023 },
      { label: 'CAR-T persistence ≥ 6 months', hr: 0.247, lower: 0.113, upper: 0.54, p: 0.0004 },
    ];
    const { body } = render(ForestPlot, {
      props: { title: 'PFS', rows, simulated: true, options: PRINT },
    });
    expect(body).toContain('Figure 3 (typed title)');
    expect(body).toContain('font-size="14"');
    expect(body).not.toContain('#1f4e8c');
    await expect(normaliseSvg(body)).toMatchFileSnapshot('__snapshots__/forest-plot-options.html');
  });

  it('CumincPanel in years ending at 3 years, in greys with large text, as in its snapshot', async () => {
    const result = engine.run({ kind: 'cuminc', endpoint: 'mrd', stratifier: 'iss_stage' });
    const options = { ...PRINT, timeUnit: 'years', xMax: 3, xBy: 1 } as const;
    const { body } = render(CumincPanel, { props: { result, dataset, options } });
    expect(body).toContain('Figure 3 (typed title)');
    expect(body).toContain('clip-path="url(#cuminc-clip-');
    expect(body).toMatch(/>Years since/);
    expect(body).not.toContain('#0072B2');
    await expect(normaliseSvg(body)).toMatchFileSnapshot('__snapshots__/cuminc-options.html');
  });

  it('SwimmerChart in years with a tick every year, large text and a typed title, as in its snapshot', async () => {
    const result = engine.run({ kind: 'swimmer' });
    const styles = result.groups.map((_, k) => groupStyle(k));
    const options = { ...PRINT, timeUnit: 'years', xBy: 1 } as const;
    const { body } = render(SwimmerChart, {
      props: { result, styles, simulated: true, options },
    });
    expect(body).toContain('Figure 3 (typed title)');
    expect(body).toMatch(/>Years since/);
    await expect(normaliseSvg(body)).toMatchFileSnapshot('__snapshots__/swimmer-options.html');
  });

  it('the safety view’s CRS bars and cumulative ADA chart in greys with large text, ADA in years, as in their snapshots', async () => {
    const safety = engine.run({ kind: 'safety' });
    const bars = render(BarChart, {
      props: { title: 'CRS', bars: safety.crs!.grades, simulated: true, options: PRINT },
    }).body;
    expect(bars).toContain('Figure 3 (typed title)');
    expect(bars).toContain('fill="#000000"');
    const options = { ...PRINT, title: null, timeUnit: 'years', xBy: 1 } as const;
    const ada = render(CumulativeChart, {
      props: {
        title: 'ADA',
        steps: safety.ada!.steps,
        n: safety.ada!.n,
        xLabel: 'Months since CAR-T infusion',
        simulated: true,
        options,
      },
    }).body;
    expect(ada).toContain('Years since CAR-T infusion');
    expect(ada).toContain('stroke="#000000"');
    await expect(normaliseSvg(bars)).toMatchFileSnapshot('__snapshots__/crs-bars-options.html');
    await expect(normaliseSvg(ada)).toMatchFileSnapshot('__snapshots__/ada-options.html');
  });
});
