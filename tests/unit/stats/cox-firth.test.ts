import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CoxInput } from '../../../src/lib/stats/cox';
import { coxph } from '../../../src/lib/stats/cox';
import { coxphFirth } from '../../../src/lib/stats/cox-firth';

// Fixtures: tests/reference/r/firth.R, from the direct R implementation of Firth's penalised
// Cox likelihood in tests/reference/r/lib/firth-cox.R (coxph(init = beta, iter.max = 0) for
// log L and I(beta); Newton with central-difference gradients; uniroot for the profile limits).
// Tolerances are set by R's numerical derivatives: coefficients 1e-5 (absolute, relative above
// 1), profile limits 1e-4 on the log-HR scale, penalised LR statistics 1e-5, penalised log
// likelihoods 1e-7 (relative). A null limit in R (never crossed) must be 0 or Infinity here.
type Num = number | null;
interface Case {
  name: string;
  ties: 'efron' | 'breslow';
  input: {
    time: number[];
    event: number[];
    entry: number[] | null;
    strata: number[] | null;
    names: string[];
    x: number[][];
  };
  expected: {
    names: string[];
    coef: number[];
    hr: number[];
    lower: Num[];
    upper: Num[];
    chisq: number[];
    p: number[];
    penalisedLogLik: [number, number];
    lr: { stat: number; df: number; p: number };
    coxCoef: Num[];
  };
}
const url = new URL('../../reference/firth.json', import.meta.url);
const cases = (JSON.parse(readFileSync(url, 'utf8')) as { cases: Case[] }).cases;

function toInput(c: Case): CoxInput {
  const i = c.input;
  return {
    time: Float64Array.from(i.time),
    event: Uint8Array.from(i.event),
    x: i.x.map((col) => Float64Array.from(col)),
    names: i.names,
    ties: c.ties,
    strata: i.strata ? Int32Array.from(i.strata) : undefined,
    entry: i.entry ? Float64Array.from(i.entry) : undefined,
  };
}
const near = (a: number, b: number, tol: number) =>
  expect(Math.abs(a - b)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(b)));

describe('coxphFirth matches the direct R implementation of Firth-penalised Cox', () => {
  it.each(cases.map((c) => [c.name, c] as const))(
    '%s',
    (_, c) => {
      const fit = coxphFirth(toInput(c));
      const e = c.expected;
      expect(fit.terms.map((t) => t.name)).toEqual(c.input.names);
      fit.terms.forEach((t, j) => {
        near(t.coef, e.coef[j], 1e-5);
        const lo = e.lower[j];
        const hi = e.upper[j];
        if (lo === null) expect(t.lower).toBe(0);
        else near(Math.log(t.lower), Math.log(lo), 1e-4);
        if (hi === null) expect(t.upper).toBe(Infinity);
        else near(Math.log(t.upper), Math.log(hi), 1e-4);
        near(t.chisq, e.chisq[j], 1e-5);
        near(t.p, e.p[j], 1e-4);
      });
      near(fit.penalisedLogLik[0], e.penalisedLogLik[0], 1e-7);
      near(fit.penalisedLogLik[1], e.penalisedLogLik[1], 1e-7);
      near(fit.lrTest.stat, e.lr.stat, 1e-5);
      expect(fit.lrTest.df).toBe(e.lr.df);
      expect(fit.converged).toBe(true);
    },
    60_000,
  );
});

describe('coxphFirth where ordinary Cox fails or is fine', () => {
  const byName = (s: string) => cases.find((c) => c.name.startsWith(s))!;

  it('gives a finite hazard ratio and finite profile limits for a group without events, where coxph diverges', () => {
    const c = byName('demo cohort OS by dose level (3 x 10^6 has no deaths), Efron');
    const cox = coxph(toInput(c));
    expect(cox.terms[0].se).toBeNull(); // coxph: coefficient may be infinite
    const firth = coxphFirth(toInput(c));
    const t = firth.terms[0];
    expect(Number.isFinite(t.hr) && t.hr > 0).toBe(true);
    expect(t.lower).toBeGreaterThan(0);
    expect(Number.isFinite(t.upper)).toBe(true);
  });

  it('is close to the ordinary Cox estimate when nothing is sparse (lung)', () => {
    const c = byName('lung age + sex');
    const fit = coxphFirth(toInput(c));
    fit.terms.forEach((t, j) => {
      expect(Math.abs(t.coef - c.expected.coxCoef[j]!)).toBeLessThan(0.02 * Math.abs(t.coef));
    });
  }, 60_000);

  it('drops rows with a missing covariate, as na.omit', () => {
    const c = byName('coxphf example: three patients');
    const input = toInput(c);
    const withNaN: CoxInput = {
      ...input,
      time: Float64Array.of(...input.time, 5),
      event: Uint8Array.of(...input.event, 1),
      x: [Float64Array.of(...input.x[0], NaN)],
    };
    expect(coxphFirth(withNaN).terms[0].coef).toBe(coxphFirth(input).terms[0].coef);
  });

  it('does not change its inputs', () => {
    const input = toInput(byName('separation by a continuous covariate'));
    const copy = input.x.map((col) => Array.from(col));
    const time = Array.from(input.time);
    coxphFirth(input);
    expect(input.x.map((col) => Array.from(col))).toEqual(copy);
    expect(Array.from(input.time)).toEqual(time);
  });

  it.each<[string, Partial<CoxInput>, RegExp]>([
    ['no events', { event: Uint8Array.of(0, 0, 0) }, /no events/],
    ['no covariates', { x: [], names: [] }, /no covariates/],
    ['names and columns differ', { names: ['a', 'b'] }, /differ in length/],
  ])('throws on %s', (_, patch, message) => {
    const input: CoxInput = {
      time: Float64Array.of(1, 2, 3),
      event: Uint8Array.of(1, 1, 1),
      x: [Float64Array.of(1, 1, 0)],
      names: ['x'],
      ...patch,
    };
    expect(() => coxphFirth(input)).toThrow(message);
  });
});
