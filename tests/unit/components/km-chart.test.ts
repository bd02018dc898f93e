import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import KmChart from '../../../src/components/km/KmChart.svelte';
import ForestPlot from '../../../src/components/ForestPlot.svelte';
import { kaplanMeier } from '../../../src/lib/stats/kaplan-meier';
import { normaliseSvg } from './normalise-svg';

// survival::aml, the two arms (Maintained, Nonmaintained).
const aml = {
  Maintained: {
    time: [9, 13, 13, 18, 23, 28, 31, 34, 45, 48, 161],
    status: [1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 0],
  },
  Nonmaintained: {
    time: [5, 5, 8, 8, 12, 16, 23, 27, 30, 33, 43, 45],
    status: [1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1],
  },
};
const curves = Object.entries(aml).map(([label, d]) => ({
  label,
  ...kaplanMeier(Float64Array.from(d.time), Uint8Array.from(d.status)),
}));

describe('chart components', () => {
  it('KmChart renders steps, bands, censor marks, median guides and the classic at-risk table as in its snapshot', async () => {
    const { body } = render(KmChart, {
      props: {
        title: 'Overall survival',
        curves,
        showBands: true,
        showEvents: true,
        simulated: true,
        riskTable: 'classic',
      },
    });
    expect(body).toContain('class="km-step"');
    expect(body).toContain("Simulated data — not the study's patients");
    await expect(normaliseSvg(body)).toMatchFileSnapshot('__snapshots__/km-chart.html');
  });

  it('KmChart renders the KMunicate table (at risk, events, censored) by default, as in its snapshot', async () => {
    const { body } = render(KmChart, {
      props: {
        title: 'Overall survival',
        curves,
        showBands: true,
        showEvents: false,
        simulated: true,
      },
    });
    expect(body).toContain('data-mode="kmunicate"');
    await expect(normaliseSvg(body)).toMatchFileSnapshot('__snapshots__/km-chart-kmunicate.html');
  });

  it('KmChart flags a small group and suppresses its counts, as in its snapshot', async () => {
    const { body } = render(KmChart, {
      props: {
        title: 'Overall survival',
        curves,
        showBands: false,
        showEvents: false,
        simulated: false,
        smallCells: { minCell: 12, suppress: true },
      },
    });
    expect(body).toContain('data-small="1"');
    await expect(normaliseSvg(body)).toMatchFileSnapshot('__snapshots__/km-chart-small-cells.html');
  });

  it('ForestPlot renders hazard ratios on a log axis and notes a non-estimable term, as in its snapshot', async () => {
    const rows = [
      {
        label: 'Triple-class refractory',
        hr: 2.75,
        lower: 1.15,
        upper: 6.49,
        p: 0.023,
        n: 56,
        events: 33,
      },
      {
        label: 'CAR-T persistence ≥ 6 months',
        hr: 0.247,
        lower: 0.113,
        upper: 0.54,
        p: 0.0004,
        n: 56,
        events: 33,
      },
      {
        label: 'Separated factor',
        hr: null,
        lower: null,
        upper: null,
        p: null,
        warning: 'coefficient may be infinite',
      },
    ];
    const { body } = render(ForestPlot, { props: { title: 'PFS', rows, simulated: false } });
    expect(body).toContain('coefficient may be infinite');
    await expect(normaliseSvg(body)).toMatchFileSnapshot('__snapshots__/forest-plot.html');
  });
});
