import { describe, expect, it } from 'vitest';
import { coxph } from '../../../src/lib/stats/cox';
import { coxZph } from '../../../src/lib/stats/cox-zph';
import { coxZphSmooth } from '../../../src/lib/stats/cox-zph-smooth';
import { denseInverse, denseSolve } from '../../../src/lib/stats/dense-solve';
import { zphKmTransform } from '../../../src/lib/stats/zph-km-transform';
import { zphCases, zphInput } from './zph-fixture';

// Hand-worked KM products (the R fixtures in cox-zph.test.ts cover real data).
describe('zphKmTransform is 1 − KM(t−), pooled over strata', () => {
  it.each([
    { name: 'no ties', time: [1, 2, 3], event: [1, 1, 0], entry: null, want: [0, 1 / 3, 2 / 3] },
    {
      name: 'tied deaths',
      time: [2, 2, 4, 5],
      event: [1, 1, 1, 0],
      entry: null,
      want: [0, 0, 0.5, 0.75],
    },
    {
      name: 'delayed entry',
      time: [2, 3, 4],
      event: [1, 1, 0],
      entry: [0, 2.5, 0],
      want: [0, 0.5, 0.75],
    },
  ])('$name', ({ time, event, entry, want }) => {
    const got = zphKmTransform(
      Float64Array.from(time),
      Uint8Array.from(event),
      entry ? Float64Array.from(entry) : undefined,
    );
    got.forEach((v, i) => expect(v).toBeCloseTo(want[i], 14));
  });
});

describe('denseSolve and denseInverse', () => {
  it('solve a system that needs a row swap (zero first pivot)', () => {
    const a = Float64Array.of(0, 1, 2, 3);
    expect(Array.from(denseSolve(a, 2, Float64Array.of(1, 8))!)).toEqual([2.5, 1]);
  });
  it('return null for a singular matrix', () => {
    expect(denseInverse(Float64Array.of(1, 2, 2, 4), 2)).toBeNull();
  });
});

describe('coxZph edge cases', () => {
  const c = zphCases[1];
  it('leaves out a term whose coefficient is not estimable (R drops NA coefficients)', () => {
    const input = zphInput(c);
    const dup = { ...input, x: [...input.x, input.x[0]], names: [...input.names, 'copy'] };
    const fit = coxph(dup);
    expect(fit.terms[3].coef).toBeNull();
    const zph = coxZph(dup, fit);
    expect(zph.terms.map((t) => t.name)).toEqual(input.names);
    expect(zph.global.df).toBe(3);
  });
  it('does not mutate its input', () => {
    const input = zphInput(c);
    const copy = input.x.map((col) => Float64Array.from(col));
    coxZph(input, coxph(input));
    input.x.forEach((col, k) => expect(col).toEqual(copy[k]));
  });
  it('gives no smooth when there are fewer events than spline degrees of freedom', () => {
    const input = {
      time: Float64Array.of(1, 2, 3, 4, 5, 6),
      event: Uint8Array.of(1, 0, 1, 0, 1, 0),
      x: [Float64Array.of(0, 1, 1, 0, 1, 0)],
      names: ['x'],
    };
    const zph = coxZph(input, coxph(input));
    expect(zph.x.length).toBe(3);
    expect(coxZphSmooth(zph, 0)).toBeNull();
  });
});
