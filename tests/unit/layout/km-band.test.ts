import { describe, expect, it } from 'vitest';
import { kmBandPath, kmBandRuns } from '../../../src/lib/layout/km-band';
import { AML, EDGE_CURVES, MANY_GROUPS, pathPoints, simpleScales } from './curves';

const scales = simpleScales();

/** Path vertices with repeated points removed. */
function corners(d: string): [number, number][] {
  return pathPoints(d).filter(
    ([x, y], i, all) => i === 0 || x !== all[i - 1][0] || y !== all[i - 1][1],
  );
}

describe('kmBandPath', () => {
  it.each([
    { name: 'an empty curve', curve: EDGE_CURVES.empty, points: [] },
    { name: 'an all-censored curve (limits 1–1)', curve: EDGE_CURVES.allCensored, points: [] },
    {
      // The curve ends at its one step, so the band is only the drop of the lower limit there.
      name: 'one step',
      curve: EDGE_CURVES.oneStep,
      points: [
        [0, 0],
        [25, 0],
        [25, 90],
        [25, 0],
        [0, 0],
      ],
    },
    {
      // Upper 1 (y 0) throughout; lower 1 → 0.3 at time 1 (y 70), held until time 3 (null limits).
      name: 'a curve reaching 0',
      curve: EDGE_CURVES.reachesZero,
      points: [
        [0, 0],
        [25, 0],
        [75, 0],
        [75, 70],
        [25, 70],
        [25, 0],
        [0, 0],
      ],
    },
  ])('draws $name: upper limits forward, lower limits backward, as steps', ({ curve, points }) => {
    const d = kmBandPath(curve, scales);
    expect(corners(d)).toEqual(points);
    if (d !== '') expect(d.endsWith('Z')).toBe(true);
  });

  it('breaks the band where the limits become null, holding the last limits until then', () => {
    const d = kmBandPath(EDGE_CURVES.nullAfterLastEvent, scales);
    expect(d.match(/M/g)).toHaveLength(1);
    const xs = pathPoints(d).map(([x]) => x);
    expect(Math.max(...xs)).toBe(75); // the censoring at time 3 where the limits become null
  });

  it.each(AML.curves.map((c) => [c.label, c] as const))(
    'spans the R limits of the %s group of aml between each step and the next',
    (_label, curve) => {
      const s = simpleScales(161);
      const points = corners(kmBandPath(curve, s));
      curve.steps.slice(0, -1).forEach((step, i) => {
        if (step.lower === null || step.upper === null) return;
        const mid = s.x((step.time + curve.steps[i + 1].time) / 2);
        // y of the horizontal edges of the polygon that pass over `mid`.
        const ys = points.slice(1).flatMap(([x, y], j) => {
          const [px, py] = points[j];
          return y === py && Math.min(x, px) < mid && Math.max(x, px) > mid ? [y] : [];
        });
        expect(ys).toHaveLength(2);
        expect(Math.min(...ys)).toBeCloseTo(s.y(step.upper), 2);
        expect(Math.max(...ys)).toBeCloseTo(s.y(step.lower), 2);
      });
    },
  );

  it('ends the Nonmaintained band of aml at 45, where R gives NA limits for survival 0', () => {
    const runs = kmBandRuns(AML.curves[1]);
    expect(runs).toHaveLength(1);
    expect(runs[0][runs[0].length - 1].time).toBe(45);
  });

  it('gives each of many groups its own band', () => {
    const bands = MANY_GROUPS.map((c) => kmBandPath(c, scales));
    expect(new Set(bands).size).toBe(MANY_GROUPS.length);
    expect(bands.every((d) => d.endsWith('Z'))).toBe(true);
  });
});
