import { describe, expect, it } from 'vitest';
import { atRiskRows } from '../../../src/lib/layout/at-risk-table';
import { AML, EDGE_CURVES, MANY_GROUPS, simpleScales } from './curves';

const scales = simpleScales();
const ticks = [0, 0.5, 1, 2, 3, 4];

describe('atRiskRows', () => {
  it.each(AML.curves.map((c) => [c.label, c] as const))(
    'matches R for the %s group of aml: summary(fit, times, extend = TRUE)$n.risk and cumsum(n.event), exactly',
    (_label, curve) => {
      const times = curve.at.map((a) => a.time);
      const [row] = atRiskRows([curve], times, simpleScales(161));
      expect(row.label).toBe(curve.label);
      expect(row.cells.map((c) => c.nRisk)).toEqual(curve.at.map((a) => a.nRisk));
      expect(row.cells.map((c) => c.cumEvents)).toEqual(curve.at.map((a) => a.cumEvents));
    },
  );

  it.each([
    {
      name: 'an empty curve',
      curve: EDGE_CURVES.empty,
      nRisk: [0, 0, 0, 0, 0, 0],
      cumEvents: [0, 0, 0, 0, 0, 0],
    },
    {
      name: 'one step',
      curve: EDGE_CURVES.oneStep,
      nRisk: [2, 2, 2, 1, 1, 1],
      cumEvents: [0, 0, 1, 1, 1, 1],
    },
    {
      name: 'an all-censored curve',
      curve: EDGE_CURVES.allCensored,
      nRisk: [3, 3, 3, 2, 0, 0],
      cumEvents: [0, 0, 0, 0, 0, 0],
    },
    {
      name: 'a curve reaching 0',
      curve: EDGE_CURVES.reachesZero,
      nRisk: [3, 3, 3, 2, 1, 0],
      cumEvents: [0, 0, 1, 1, 2, 2],
    },
    {
      name: 'a censoring after the last event',
      curve: EDGE_CURVES.nullAfterLastEvent,
      nRisk: [4, 4, 4, 3, 1, 0],
      cumEvents: [0, 0, 1, 3, 3, 3],
    },
  ])('counts $name at each tick', ({ curve, nRisk, cumEvents }) => {
    const [row] = atRiskRows([curve], ticks, scales);
    expect(row.cells.map((c) => c.nRisk)).toEqual(nRisk);
    expect(row.cells.map((c) => c.cumEvents)).toEqual(cumEvents);
  });

  it('aligns every cell with the time axis of the chart', () => {
    const rows = atRiskRows(MANY_GROUPS, ticks, scales);
    expect(rows).toHaveLength(8);
    for (const row of rows) {
      expect(row.cells.map((c) => c.x)).toEqual(ticks.map((t) => scales.x(t)));
      expect(row.cells.map((c) => c.time)).toEqual(ticks);
    }
  });
});
