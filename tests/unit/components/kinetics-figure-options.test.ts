import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import DotBoxChart from '../../../src/components/kinetics/DotBoxChart.svelte';
import KineticsPanels from '../../../src/components/kinetics/KineticsPanels.svelte';
import TransgeneChart from '../../../src/components/kinetics/TransgeneChart.svelte';
import { createEngine } from '../../../src/lib/engine/engine';
import type { KineticsComparison } from '../../../src/lib/engine/types';
import { DEFAULT_FIGURE, type FigureOptions } from '../../../src/lib/layout/figure-options';
import { figureFor } from '../../../src/lib/layout/figure-scope';
import { curves, groups, patients } from './kinetics-fixture';
import { normaliseSvg } from './normalise-svg';

// The kinetics charts with non-default Figure options: greys, large text and a typed title (the
// transgene chart is the kinetics view's first chart and takes it; a dot-and-box plot keeps its
// own), and a custom colour list with small text. The same six hand-made patients as
// kinetics-charts.test.ts (kinetics-fixture.ts), so the snapshots change only when the drawing does.
const dotBoxProps = {
  title: 'Peak expansion (Cmax) by MRD group',
  unit: 'copies/µg DNA',
  scale: 'log' as const,
  groups: [
    {
      label: 'Sustained MRD-negative',
      values: [40000, 90000, 12000],
      q1: 26000,
      median: 40000,
      q3: 65000,
      n: 3,
    },
    {
      label: 'Lost MRD negativity',
      values: [5000, 25000, 0],
      q1: 2500,
      median: 5000,
      q3: 15000,
      n: 3,
    },
  ],
  testLabel: 'Mann–Whitney p = 0.19',
  simulated: true,
};
const PRINT: FigureOptions = {
  ...DEFAULT_FIGURE,
  palette: { kind: 'grey' },
  font: 'large',
  title: 'Figure 3 (typed title)',
};
const OKABE = /#0072B2|#D55E00/i;

describe('the kinetics charts under the Figure options', () => {
  it('TransgeneChart in greys with large text and a typed title draws black and grey dashed medians and 14 px text, as in its snapshot', async () => {
    const { body } = render(TransgeneChart, {
      props: {
        title: 'CAR-T transgene in blood over time',
        groups,
        patients,
        curves,
        simulated: true,
        options: figureFor('kinetics', PRINT),
      },
    });
    expect(body).toContain('Figure 3 (typed title)');
    expect(body).not.toContain('CAR-T transgene in blood over time</tspan>');
    expect(body).toContain('font-size="14"');
    expect(body).toContain('font-size="17"');
    expect(body).not.toMatch(OKABE);
    expect(body).toMatch(/<path[^>]*stroke="#000000"[^>]*stroke-width="3"/);
    expect(body).toMatch(
      /<path[^>]*stroke="#555555"[^>]*stroke-width="3"[^>]*stroke-dasharray="6 3"/,
    );
    expect(body).toContain("Simulated data — not the study's patients");
    await expect(normaliseSvg(body)).toMatchFileSnapshot(
      '__snapshots__/transgene-chart-options.html',
    );
  });

  it('DotBoxChart in greys with large text keeps its own title (not the view’s first chart) and dashes the second box, as in its snapshot', async () => {
    const { body } = render(DotBoxChart, {
      props: { ...dotBoxProps, options: figureFor('kinetics', PRINT, false) },
    });
    expect(body).toContain('Peak expansion (Cmax) by MRD group');
    expect(body).not.toContain('Figure 3');
    expect(body).toContain('font-size="14"');
    expect(body).toContain('font-size="16"');
    expect(body).not.toMatch(OKABE);
    expect(body).toMatch(/<rect[^>]*stroke="#555555"[^>]*stroke-dasharray="6 3"/);
    await expect(normaliseSvg(body)).toMatchFileSnapshot(
      '__snapshots__/dot-box-chart-options.html',
    );
  });

  it('DotBoxChart with a custom colour list and small text draws the groups in the list’s colours and 10 px text, as in its snapshot', async () => {
    const options = figureFor('kinetics', {
      ...DEFAULT_FIGURE,
      palette: { kind: 'custom', colors: ['#7b3294', '#008837'] },
      font: 'small',
    });
    const { body } = render(DotBoxChart, { props: { ...dotBoxProps, options } });
    expect(body).toContain('font-size="10"');
    expect(body).toContain('stroke="#7b3294"');
    expect(body).toContain('stroke="#008837"');
    expect(body).not.toMatch(OKABE);
    expect(body).not.toContain('stroke-dasharray');
    await expect(normaliseSvg(body)).toMatchFileSnapshot('__snapshots__/dot-box-chart-custom.html');
  });
});

describe('the kinetics plots of a view under the Figure options', () => {
  const engine = createEngine();
  engine.load(new Uint8Array(readFileSync('public/data/demo-cohort.arrow')), 'demo-cohort.arrow');
  const result = engine.run({ kind: 'kinetics', groupBy: 'crs_high' }) as KineticsComparison;
  const dataset = { label: 'Simulated demo cohort', simulated: true };
  const titles = (body: string) =>
    [
      ...body
        .replace(/<!--[^>]*-->/g, '')
        .matchAll(/font-weight="600"[^>]*>\s*<tspan[^>]*>([^<]*)<\/tspan>/g),
    ].map((m) => m[1]);

  it.each([
    { first: true, typed: 1 },
    { first: false, typed: 0 },
  ])(
    'KineticsPanels gives the typed title to its first plot only when that plot is the view’s first chart (first: $first)',
    ({ first, typed }) => {
      const { body } = render(KineticsPanels, {
        props: {
          result,
          metrics: ['cmax', 'tmax', 'auc28'],
          dataset,
          name: 'kinetics',
          options: figureFor('kinetics', PRINT, first),
        },
      });
      const drawn = titles(body);
      expect(drawn).toHaveLength(3);
      expect(drawn.filter((t) => t.startsWith('Figure 3'))).toHaveLength(typed);
      expect(drawn.slice(typed).every((t) => !t.startsWith('Figure 3'))).toBe(true);
      expect(body.match(/font-size="14"/g)?.length).toBeGreaterThanOrEqual(3);
      expect(body).not.toMatch(OKABE);
    },
  );
});
