import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import DotBoxChart from '../../../src/components/kinetics/DotBoxChart.svelte';
import TransgeneChart from '../../../src/components/kinetics/TransgeneChart.svelte';
import { visitMedians, visitSchedule } from '../../../src/lib/stats/visit-medians';
import { normaliseSvg } from './normalise-svg';

// Six hand-made patients in two groups: expansion to a peak near day 10, decline, and loss of
// detection (samples below the limit of quantification) in three of them.
const DAYS = [4, 7, 10, 14, 21, 28, 91, 183, 365];
const curve = (peak: number, half: number, lostAfter: number) =>
  DAYS.map((day) => {
    const copies = day <= 10 ? peak * (day / 10) ** 2 : peak * 2 ** (-(day - 10) / half);
    const blq = day > lostAfter;
    return { day, copies: blq ? 0 : Math.round(copies), blq };
  });
const patients = [
  { id: 'A1', group: 0, samples: curve(40000, 6, 400) },
  { id: 'A2', group: 0, samples: curve(90000, 9, 400) },
  { id: 'A3', group: 0, samples: curve(12000, 5, 100) },
  { id: 'B1', group: 1, samples: curve(5000, 4, 30) },
  { id: 'B2', group: 1, samples: curve(25000, 7, 200) },
  { id: 'B3', group: 1, samples: curve(2000, 3, 25) },
];
const groups = [
  { label: 'Sustained MRD-negative', n: 3 },
  { label: 'Lost MRD negativity', n: 3 },
];
const curves = visitMedians(
  patients.map((p) => ({
    group: p.group,
    day: p.samples.map((s) => s.day),
    value: p.samples.map((s) => s.copies),
  })),
  2,
  visitSchedule(365),
);

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
