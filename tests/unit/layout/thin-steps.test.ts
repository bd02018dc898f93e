import { describe, expect, it } from 'vitest';
import { thinSteps } from '../../../src/lib/layout/thin-steps';
import type { KmStepInput } from '../../../src/lib/layout/types';

const step = (time: number, surv: number, nEvent = 1, nCensor = 0, nRisk = 10): KmStepInput => ({
  time,
  nRisk,
  nEvent,
  nCensor,
  surv,
  lower: surv - 0.1,
  upper: Math.min(1, surv + 0.1),
});

describe('thinSteps', () => {
  it('thinSteps leaves a curve alone when every step has its own pixel', () => {
    const curve = { steps: [step(1, 0.9), step(2, 0.8), step(3, 0.7)] };
    expect(thinSteps(curve, (t) => t * 10)).toBe(curve);
  });

  it('thinSteps keeps the last survival and summed counts of steps sharing a pixel', () => {
    const curve = {
      steps: [
        step(1.0, 0.9, 1, 0, 10),
        step(1.02, 0.8, 1, 1, 9),
        step(1.04, 0.7, 0, 2, 7),
        step(5, 0.6),
      ],
    };
    const thin = thinSteps(curve, (t) => t * 10);
    expect(thin.steps).toHaveLength(2);
    expect(thin.steps[0]).toMatchObject({
      time: 1.04,
      surv: 0.7,
      nRisk: 10,
      nEvent: 2,
      nCensor: 3,
    });
    expect(thin.steps[0].lower).toBeCloseTo(0.6, 12);
    expect(thin.steps[1]).toEqual(curve.steps[3]);
  });

  it('thinSteps never draws more than one step per pixel column of a long curve', () => {
    const steps = Array.from({ length: 5000 }, (_, i) => step(i / 100, 1 - i / 5000));
    const thin = thinSteps({ steps }, (t) => t * 16, 1);
    expect(thin.steps.length).toBeLessThanOrEqual(16 * 50 + 1);
    expect(thin.steps.at(-1)?.surv).toBe(steps.at(-1)?.surv);
    const events = thin.steps.reduce((a, s) => a + s.nEvent, 0);
    expect(events).toBe(5000);
  });

  it.each([[[]], [[step(1, 0.5)]]])('thinSteps returns short curves unchanged (%#)', (steps) => {
    const curve = { steps };
    expect(thinSteps(curve, (t) => t)).toBe(curve);
  });
});
