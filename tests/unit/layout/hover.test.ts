import { describe, expect, it } from 'vitest';
import { nearestTime, readoutAt } from '../../../src/lib/layout/hover';
import { AML, EDGE_CURVES, simpleScales } from './curves';

describe('readoutAt', () => {
  it.each(AML.curves.map((c) => [c.label, c] as const))(
    'matches R for the %s group of aml: summary(fit, times) surv, lower, upper (1e-12) and n.risk',
    (_label, curve) => {
      const last = curve.steps[curve.steps.length - 1].time;
      for (const at of curve.at.filter((a) => a.time <= last)) {
        const [r] = readoutAt([curve], at.time);
        expect(r.label).toBe(curve.label);
        expect(r.nRisk).toBe(at.nRisk);
        expect(r.surv).toBeCloseTo(at.surv, 12);
        for (const k of ['lower', 'upper'] as const) {
          if (at[k] === null) expect(r[k]).toBeNull();
          else expect(r[k]).toBeCloseTo(at[k], 12);
        }
      }
    },
  );

  it.each([
    {
      name: 'before the first step',
      curve: EDGE_CURVES.oneStep,
      time: 0.5,
      surv: 1,
      lower: 1,
      upper: 1,
      nRisk: 2,
    },
    {
      name: 'at an event time (right-continuous)',
      curve: EDGE_CURVES.oneStep,
      time: 1,
      surv: 0.5,
      lower: 0.1,
      upper: 1,
      nRisk: 2,
    },
    {
      name: 'past the last time',
      curve: EDGE_CURVES.oneStep,
      time: 1.5,
      surv: null,
      lower: null,
      upper: null,
      nRisk: 1,
    },
    {
      name: 'on an empty curve',
      curve: EDGE_CURVES.empty,
      time: 0,
      surv: null,
      lower: null,
      upper: null,
      nRisk: 0,
    },
    {
      name: 'on an all-censored curve',
      curve: EDGE_CURVES.allCensored,
      time: 1.5,
      surv: 1,
      lower: 1,
      upper: 1,
      nRisk: 2,
    },
    {
      name: 'where survival reached 0',
      curve: EDGE_CURVES.reachesZero,
      time: 3,
      surv: 0,
      lower: null,
      upper: null,
      nRisk: 1,
    },
    {
      name: 'where the limits are null after the last event',
      curve: EDGE_CURVES.nullAfterLastEvent,
      time: 3,
      surv: 0.25,
      lower: null,
      upper: null,
      nRisk: 1,
    },
    {
      name: 'at a negative time (clamped to 0)',
      curve: EDGE_CURVES.reachesZero,
      time: -1,
      surv: 1,
      lower: 1,
      upper: 1,
      nRisk: 3,
    },
  ])('reads a curve $name', ({ name: _name, curve, time, ...expected }) => {
    const [r] = readoutAt([curve], time);
    expect(r).toEqual({ label: curve.label, time: Math.max(0, time), ...expected });
  });
});

describe('nearestTime', () => {
  const scales = simpleScales();

  it.each([
    { pixelX: 50, time: 2 },
    { pixelX: -20, time: 0 },
    { pixelX: 130, time: 4 },
  ])('turns pixel $pixelX into time $time, clamped to the axis', ({ pixelX, time }) => {
    expect(nearestTime(scales, pixelX)).toBe(time);
  });

  it('snaps to the nearest of the given times', () => {
    expect(nearestTime(scales, 40, [1, 1.5, 3])).toBe(1.5);
    expect(nearestTime(scales, 40, [])).toBe(1.6);
  });
});
