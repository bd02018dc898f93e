import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import SwimmerChart from '../../../src/components/SwimmerChart.svelte';
import type { SwimmerResult, SwimmerRow } from '../../../src/lib/engine/types';
import { groupStyle } from '../../../src/lib/layout/palette';
import { normaliseSvg } from './normalise-svg';

const row = (r: Partial<SwimmerRow> & Pick<SwimmerRow, 'patientId' | 'group' | 'followUp'>) => ({
  segments: [{ start: 0, end: r.followUp, state: 'none' as const }],
  tests: [],
  testsAfterFollowUp: 0,
  progression: null,
  death: null,
  pfs: { time: r.followUp, event: false },
  os: { time: r.followUp, event: false },
  negativeMonths: null,
  bestResponse: null,
  highRisk: null,
  ...r,
});

// Four patients: sustained negative, lost negativity with progression, died while negative, never tested.
const result: SwimmerResult = {
  request: { kind: 'swimmer' },
  title: 'MRD status over time by MRD group',
  sort: 'progression',
  sortLabel: 'time to progression or death, longest first',
  groups: [
    { value: 'sustained_neg', label: 'Sustained MRD-negative', n: 1 },
    { value: 'lost_neg', label: 'Lost MRD negativity', n: 2 },
    { value: '(no MRD result)', label: 'No MRD result', n: 1 },
  ],
  rows: [
    row({
      patientId: 'P1',
      group: 0,
      followUp: 40,
      segments: [
        { start: 0, end: 0.5, state: 'none' },
        { start: 0.5, end: 36, state: 'neg' },
        { start: 36, end: 40, state: 'none' },
      ],
      tests: [
        { time: 0.5, result: 'neg' },
        { time: 12, result: 'neg' },
        { time: 36, result: 'neg' },
      ],
      negativeMonths: 35.5,
      bestResponse: 'sCR',
      highRisk: false,
    }),
    row({
      patientId: 'P2',
      group: 1,
      followUp: 30,
      segments: [
        { start: 0, end: 0.5, state: 'none' },
        { start: 0.5, end: 12, state: 'neg' },
        { start: 12, end: 18, state: 'pos' },
        { start: 18, end: 30, state: 'none' },
      ],
      tests: [
        { time: 0.5, result: 'neg' },
        { time: 12, result: 'pos' },
        { time: 18, result: 'pos' },
      ],
      progression: 19,
      death: 30,
      pfs: { time: 19, event: true },
      os: { time: 30, event: true },
      negativeMonths: 11.5,
      bestResponse: 'VGPR',
      highRisk: true,
    }),
    row({ patientId: 'P3', group: 1, followUp: 8, death: 8, bestResponse: 'PD' }),
    row({ patientId: 'P4', group: 2, followUp: 3 }),
  ],
  nUsed: 4,
  nTotal: 4,
  leftOut: [],
  maxTime: 40,
  timeAxis: 'Months since CAR-T infusion',
  methods: ['between two tests the earlier result holds'],
};

describe('SwimmerChart', () => {
  it('SwimmerChart draws segments, test ticks, marks, annotations and group headers as in its snapshot', async () => {
    const { body } = render(SwimmerChart, {
      props: {
        result,
        styles: [groupStyle(1), groupStyle(0), { color: '#8a93a3', dash: '' }],
        simulated: true,
        highlighted: ['P2'],
      },
    });
    expect(body).toContain("Simulated data — not the study's patients");
    expect(body).toContain('Lost MRD negativity (n = 2)');
    // One focusable row (roving tabindex), each with its course in words, the highlighted one selected.
    expect(body.match(/tabindex="0"/g)).toHaveLength(1);
    expect(body).toContain('aria-label="P2, lost MRD negativity. MRD-negative months 0.5–12.0');
    expect(body).toMatch(
      /aria-selected="true"[^>]*data-patient="P2"|data-patient="P2"[^>]*aria-selected="true"/,
    );
    await expect(normaliseSvg(body)).toMatchFileSnapshot('__snapshots__/swimmer-chart.html');
  });
});
