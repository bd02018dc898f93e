import { describe, expect, it } from 'vitest';
import { kmStepPath, kmVertices } from '../../../src/lib/layout/km-path';
import { AML, EDGE_CURVES, MANY_GROUPS, pathPoints, simpleScales } from './curves';

const scales = simpleScales();

/** True when every segment of the polyline is horizontal then vertical, as a step-after curve. */
function isStepAfter(points: [number, number][]): boolean {
  return points.slice(1).every(([x, y], i) => {
    const [px, py] = points[i];
    const horizontal = y === py && x >= px;
    const vertical = x === px;
    return i % 2 === 0 ? horizontal : vertical;
  });
}

describe('kmStepPath', () => {
  it.each([
    { name: 'an empty curve', curve: EDGE_CURVES.empty, d: '' },
    { name: 'one step', curve: EDGE_CURVES.oneStep, d: 'M0,0L25,0L25,50' },
    { name: 'an all-censored curve', curve: EDGE_CURVES.allCensored, d: 'M0,0L50,0L50,0' },
    {
      name: 'a curve reaching 0',
      curve: EDGE_CURVES.reachesZero,
      d: 'M0,0L25,0L25,33.333L75,33.333L75,100',
    },
    {
      name: 'trailing censorings after the last event',
      curve: EDGE_CURVES.nullAfterLastEvent,
      d: 'M0,0L25,0L25,25L50,25L50,75L75,75L75,75',
    },
  ])('draws $name', ({ curve, d }) => {
    expect(kmStepPath(curve, scales)).toBe(d);
  });

  it.each(AML.curves.map((c) => [c.label, c] as const))(
    'draws the %s group of aml as a right-continuous step function to its last time',
    (_label, curve) => {
      const s = simpleScales(161);
      const points = pathPoints(kmStepPath(curve, s));
      expect(points[0]).toEqual([0, 0]);
      expect(isStepAfter(points)).toBe(true);
      const last = curve.steps[curve.steps.length - 1];
      expect(points[points.length - 1][0]).toBeCloseTo(s.x(last.time), 3);
      expect(points[points.length - 1][1]).toBeCloseTo(s.y(last.surv), 3);
    },
  );

  it('draws one path per group, each starting at 100 %', () => {
    const paths = MANY_GROUPS.map((c) => kmStepPath(c, scales));
    expect(new Set(paths).size).toBe(MANY_GROUPS.length);
    expect(paths.every((d) => d.startsWith('M0,0L'))).toBe(true);
  });
});

describe('kmVertices', () => {
  it('keeps only the corners where survival changes, plus time 0 and the last time', () => {
    const v = kmVertices(AML.curves[0]);
    const drops = AML.curves[0].steps.filter((s) => s.nEvent > 0).length;
    expect(v.length).toBe(drops + 2); // time 0, one per event time, the trailing censoring at 161
    expect(v[0]).toEqual({ time: 0, surv: 1 });
    expect(v[v.length - 1].time).toBe(161);
  });
});
