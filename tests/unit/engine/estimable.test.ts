import { describe, expect, it } from 'vitest';
import { isEstimable } from '../../../src/lib/engine/estimable';

const term = { name: 'x', coef: 1, se: 0.5, hr: Math.E, lower: 1.02, upper: 7.2, z: 2, p: 0.045 };

describe('isEstimable', () => {
  it.each([
    { why: 'an ordinary term', t: term, ok: true },
    {
      why: 'no standard error (R: coefficient may be infinite)',
      t: { ...term, se: null },
      ok: false,
    },
    { why: 'no coefficient (collinear)', t: { ...term, coef: null, hr: null }, ok: false },
    { why: 'a lower limit of 0', t: { ...term, lower: 0 }, ok: false },
    { why: 'an infinite upper limit', t: { ...term, upper: Infinity }, ok: false },
    { why: 'a missing upper limit', t: { ...term, upper: null }, ok: false },
  ])('isEstimable is $ok for $why', ({ t, ok }) => {
    expect(isEstimable(t)).toBe(ok);
  });
});
