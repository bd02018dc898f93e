import { describe, expect, it } from 'vitest';
import { kaplanMeier } from '../../../src/lib/stats/kaplan-meier';
import { survivalAt } from '../../../src/lib/stats/survival-at';
import { rmst } from '../../../src/lib/stats/rmst';
import fixtures from '../../reference/km.json';
import { column, expectAllClose } from './km-close';

const lung = (
  fixtures as unknown as {
    name: string;
    time: number[];
    status: number[];
    fits: { log: { n: number; surv: number[]; time: number[] } };
  }[]
).find((c) => c.name === 'lung')!;

describe('kaplanMeier edge cases', () => {
  it.each([
    { label: 'empty input', time: [], event: [] },
    { label: 'only missing times', time: [NaN, NaN], event: [1, 0] },
  ])('kaplanMeier returns an empty curve with no median for $label', ({ time, event }) => {
    const fit = kaplanMeier(Float64Array.from(time), Uint8Array.from(event));
    expect(fit.n).toBe(0);
    expect(fit.events).toBe(0);
    expect(fit.steps).toEqual([]);
    expect([fit.median, fit.medianLower, fit.medianUpper]).toEqual([null, null, null]);
    expect(survivalAt(fit, [1])).toEqual([{ time: 1, surv: 1, lower: 1, upper: 1, nRisk: 0 }]);
    expect(rmst(fit, 3)).toEqual({ tau: 3, estimate: 3, se: 0 });
  });

  it('kaplanMeier drops rows with a missing time (na.omit) and reports n used; survfit on lung within 1e-6 relative', () => {
    const time = [NaN, ...lung.time, NaN];
    const event = [1, ...lung.status, 0];
    const fit = kaplanMeier(Float64Array.from(time), Uint8Array.from(event));
    expect(fit.n).toBe(lung.fits.log.n);
    expectAllClose(
      fit.steps.map((s) => s.surv),
      lung.fits.log.surv,
      'surv',
    );
  });

  it('kaplanMeier drops rows whose entry is missing or not before the time, as Surv(entry, time, event) does', () => {
    const time = column([3, 4, 5, 2]);
    const event = Uint8Array.of(1, 1, 1, 1);
    const fit = kaplanMeier(time, event, { entry: column([0, null, 5, 0]) });
    expect(fit.n).toBe(2);
    expect(fit.steps.map((s) => s.time)).toEqual([2, 3]);
  });

  it('kaplanMeier counts any non-zero event code as an event', () => {
    const fit = kaplanMeier(Float64Array.of(1, 2), Uint8Array.of(7, 0));
    expect(fit.steps.map((s) => [s.nEvent, s.nCensor])).toEqual([
      [1, 0],
      [0, 1],
    ]);
  });

  it('survivalAt sorts the requested times and drops non-finite ones, as summary(fit, times) does', () => {
    const fit = kaplanMeier(Float64Array.of(1, 2, 3), Uint8Array.of(1, 1, 1));
    expect(survivalAt(fit, [3, NaN, 1, Infinity]).map((a) => a.time)).toEqual([1, 3]);
  });
});
