import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import DotBoxChart from '../../../src/components/kinetics/DotBoxChart.svelte';
import TransgeneChart from '../../../src/components/kinetics/TransgeneChart.svelte';
import { curves, groups, patients } from './kinetics-fixture';
import { normaliseSvg } from './normalise-svg';

// Six hand-made patients in two groups (kinetics-fixture.ts).
describe('kinetics chart components', () => {
  it('TransgeneChart renders patient lines, open BLQ marks, group medians and the log axis as in its snapshot', async () => {
    const { body } = render(TransgeneChart, {
      props: {
        title: 'CAR-T transgene in blood over time',
        groups,
        patients,
        curves,
        simulated: true,
      },
    });
    expect(body).toContain('BLQ');
    expect(body).toContain('10⁴');
    expect(body).toContain('Sustained MRD-negative (n = 3)');
    expect(body).toContain("Simulated data — not the study's patients");
    await expect(normaliseSvg(body)).toMatchFileSnapshot('__snapshots__/transgene-chart.html');
  });

  it('DotBoxChart renders boxes at the quartiles, every dot, the test and n per group as in its snapshot', async () => {
    const { body } = render(DotBoxChart, {
      props: {
        title: 'Peak expansion (Cmax) by MRD group',
        unit: 'copies/µg DNA',
        scale: 'log',
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
        simulated: false,
      },
    });
    expect(body).toContain('Mann–Whitney p = 0.19');
    expect(body).toContain('n = 3');
    expect(body.match(/<circle/g)).toHaveLength(6);
    await expect(normaliseSvg(body)).toMatchFileSnapshot('__snapshots__/dot-box-chart.html');
  });
});
