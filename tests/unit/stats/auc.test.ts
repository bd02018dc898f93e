import { describe, expect, it } from 'vitest';
import { aucLinear } from '../../../src/lib/stats/auc-linear';
import { aucLinearUpLogDown, logDownSegment } from '../../../src/lib/stats/auc-linear-up-log-down';
import { kinetics } from '../../../src/lib/stats/kinetics';
import fixture from '../../reference/kinetics.json';
import { expectClose } from './km-close';

// Fixture: tests/reference/r/kinetics.R → kinetics.json, where R computes each profile's area
// from the formulas directly (PKNCA is not installed): the linear trapezoid, and on a falling
// segment with both concentrations > 0 (C1 − C2)·Δt / ln(C1/C2), each such segment checked there
// against integrate() of the exponential. Tolerance: 1e-6 relative.
interface Profile {
  name: string;
  day: number[];
  conc: number[];
  end: number | null;
  linear: number | null;
  linUpLogDown: number | null;
}
const profiles = fixture.profiles as Profile[];

describe('area under the curve', () => {
  it.each(profiles.map((p) => [p.name, p] as const))(
    'aucLinear and aucLinearUpLogDown match the formulas written in R: %s',
    (_n, p) => {
      const end = p.end ?? Infinity;
      expectClose(aucLinear(p.day, p.conc, end), p.linear, 'linear');
      expectClose(aucLinearUpLogDown(p.day, p.conc, end), p.linUpLogDown, 'lin-up/log-down');
    },
  );

  it('logDownSegment is the area under the exponential through the two points', () => {
    // 100 → 50 over 10 days: half-life 10, area = ∫ 100·2^(−t/10) dt = 500/ln 2.
    expect(logDownSegment(0, 100, 10, 50)).toBeCloseTo(500 / Math.LN2, 10);
    // Rising, level and falling-to-zero segments stay linear.
    expect(logDownSegment(0, 50, 10, 100)).toBe(750);
    expect(logDownSegment(0, 80, 10, 80)).toBe(800);
    expect(logDownSegment(0, 80, 10, 0)).toBe(400);
  });

  it('linear-up/log-down gives less area than the linear rule on a falling profile, the same on a rising one', () => {
    const fall = [0, 7, 14, 28];
    const copies = [0, 9000, 1200, 90];
    expect(aucLinearUpLogDown(fall, copies)!).toBeLessThan(aucLinear(fall, copies)!);
    expect(aucLinearUpLogDown([0, 7, 14], [0, 10, 90])).toBe(aucLinear([0, 7, 14], [0, 10, 90]));
  });

  it('kinetics uses the chosen AUC rule and leaves Cmax, Tmax and persistence alone', () => {
    const day = Float64Array.of(4, 7, 10, 14, 21, 28, 61);
    const copies = Float64Array.of(120, 5400, 22000, 9100, 2300, 640, 0);
    const blq = Uint8Array.of(0, 0, 0, 0, 0, 0, 1);
    const linear = kinetics(day, copies, blq);
    const logDown = kinetics(day, copies, blq, { auc: 'lin-up-log-down' });
    expect(logDown.auc0to28!).toBeLessThan(linear.auc0to28!);
    expect(logDown.auc0toLast!).toBeLessThan(linear.auc0toLast!);
    expect([logDown.cmax, logDown.tmax, logDown.lastDetectableDay]).toEqual([22000, 10, 28]);
    expect([linear.cmax, linear.tmax, linear.lastDetectableDay]).toEqual([22000, 10, 28]);
  });

  it('kinetics takes Cmax and Tmax from the window it is given', () => {
    const day = Float64Array.of(7, 14, 35);
    const copies = Float64Array.of(100, 300, 900);
    expect(kinetics(day, copies).cmax).toBe(900);
    const windowed = kinetics(day, copies, undefined, { cmaxWindowDays: 28 });
    expect([windowed.cmax, windowed.tmax]).toEqual([300, 14]);
    expect(
      kinetics(Float64Array.of(35), Float64Array.of(9), undefined, { cmaxWindowDays: 28 }).cmax,
    ).toBeNull();
  });

  it.each([
    ['no samples', [], []],
    ['an end beyond the last sample', [0, 7], [0, 100]],
  ])('both rules give null for %s when an end is asked for', (_w, day, conc) => {
    expect(aucLinear(day, conc, 28)).toBeNull();
    expect(aucLinearUpLogDown(day, conc, 28)).toBeNull();
  });
});
