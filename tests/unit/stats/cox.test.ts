import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coxph, type CoxInput } from '../../../src/lib/stats/cox';

// Fixtures: tests/reference/r/cox.R (R coxph(), survival 3.5-3). Every number is compared at
// ≤ 1e-6 relative error (absolute 1e-12 near zero).
interface RTest {
  stat: number;
  df: number;
  p: number;
}
type Num = number | null;
interface Case {
  name: string;
  ties: 'efron' | 'breslow';
  input: {
    time: Num[];
    event: number[];
    entry: Num[] | null;
    strata: number[] | null;
    names: string[];
    x: Num[][];
  };
  expected: {
    n: number;
    events: number;
    coef: Num[];
    se: Num[];
    hr: Num[];
    lower: Num[];
    upper: Num[];
    z: Num[];
    p: Num[];
    loglik: [number, number];
    lr: RTest;
    wald: RTest;
    score: RTest;
    concordance: Num;
    iter: number;
    warnings: string[];
  };
}
const url = new URL('../../reference/cox.json', import.meta.url);
const cases = (JSON.parse(readFileSync(url, 'utf8')) as { cases: Case[] }).cases;

const f64 = (a: Num[]) => Float64Array.from(a, (v) => (v === null ? NaN : v));
function toInput(c: Case): CoxInput {
  const i = c.input;
  return {
    time: f64(i.time),
    event: Uint8Array.from(i.event),
    x: i.x.map(f64),
    names: i.names,
    ties: c.ties,
    strata: i.strata ? Int32Array.from(i.strata) : undefined,
    entry: i.entry ? f64(i.entry) : undefined,
  };
}
function expectClose(actual: Num, expected: Num, what: string): void {
  if (expected === null) {
    expect(actual, what).toBeNull();
    return;
  }
  expect(actual, what).not.toBeNull();
  const tol = Math.max(1e-6 * Math.abs(expected), 1e-12);
  expect(
    Math.abs((actual as number) - expected),
    `${what}: ${actual} vs R ${expected}`,
  ).toBeLessThanOrEqual(tol);
}
/** Terms named in R's "coefficient may be infinite" warning (1-based indices). */
function infiniteTerms(warnings: string[]): Set<number> {
  const m = warnings.map((w) => /before variable\s+([\d,]+)/.exec(w)).find((r) => r);
  return new Set(m ? m[1].split(',').map((k) => Number(k) - 1) : []);
}

describe('coxph', () => {
  it.each(cases.map((c) => [c.name, c] as const))('matches R coxph(): %s', (_name, c) => {
    const fit = coxph(toInput(c));
    const e = c.expected;
    expect(fit.n).toBe(e.n);
    expect(fit.events).toBe(e.events);
    expect(fit.iterations).toBe(e.iter);
    expect(fit.warnings).toEqual(e.warnings);
    expect(fit.terms.map((t) => t.name)).toEqual(c.input.names);
    const inf = infiniteTerms(e.warnings);
    fit.terms.forEach((t, k) => {
      expectClose(t.coef, e.coef[k], `${t.name} coef`);
      expectClose(t.hr, e.hr[k], `${t.name} hr`);
      for (const f of ['se', 'lower', 'upper', 'z', 'p'] as const) {
        // R prints finite se/CI/p for a possibly infinite coefficient; we report null.
        expectClose(t[f], inf.has(k) ? null : e[f][k], `${t.name} ${f}`);
      }
    });
    expectClose(fit.logLik[0], e.loglik[0], 'loglik null');
    expectClose(fit.logLik[1], e.loglik[1], 'loglik fit');
    for (const [ours, r] of [
      [fit.lrTest, e.lr],
      [fit.waldTest, e.wald],
      [fit.scoreTest, e.score],
    ] as const) {
      expect(ours.df).toBe(r.df);
      expectClose(ours.stat, r.stat, 'test statistic');
      expectClose(ours.p, r.p, 'test p');
    }
    expectClose(fit.concordance, e.concordance, 'concordance');
  });

  it('gives the same fit whatever the row order, and does not mutate its input', () => {
    const c = cases.find((k) => k.name.startsWith('rats rx stratified by sex'))!;
    const input = toInput(c);
    const copy = structuredClone(input);
    const fit = coxph(input);
    expect(input).toEqual(copy);
    const n = input.time.length;
    const perm = Array.from({ length: n }, (_, i) => (i * 7919) % n);
    const pick = <T extends Float64Array | Uint8Array | Int32Array>(a: T): T =>
      (a.constructor as unknown as { from: (v: number[]) => T }).from(perm.map((i) => a[i]));
    const shuffled = coxph({
      ...input,
      time: pick(input.time),
      event: pick(input.event),
      x: input.x.map(pick),
      strata: pick(input.strata!),
    });
    expectClose(shuffled.terms[0].coef, fit.terms[0].coef, 'coef after shuffle');
    expectClose(shuffled.concordance, fit.concordance, 'concordance after shuffle');
  });

  it.each([
    ['names and columns differ in length', { names: ['a', 'b'] }],
    ['a column is shorter than time', { x: [Float64Array.of(1, 2)] }],
    ['no complete row', { time: Float64Array.of(NaN, NaN, NaN) }],
    ['an entry time is not before its time', { entry: Float64Array.of(0, 5, 0) }],
  ] as [string, Partial<CoxInput>][])('rejects input where %s', (_what, patch) => {
    const base: CoxInput = {
      time: Float64Array.of(1, 2, 3),
      event: Uint8Array.of(1, 0, 1),
      x: [Float64Array.of(0, 1, 0)],
      names: ['a'],
    };
    expect(() => coxph({ ...base, ...patch })).toThrow(RangeError);
  });
});
