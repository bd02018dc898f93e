import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/lib/engine/engine';
import fixtures from '../../reference/cuminc.json';

type Num = number | null;
interface RCase {
  name: string;
  time: Num[];
  times: number[];
  curves: { name: string; at: { est: Num[]; var: Num[] } }[];
  tests: { cause: number; stat: number; p: number; df: number }[];
}
const cases = fixtures as unknown as RCase[];
const byName = (name: string) => cases.find((c) => c.name === name)!;

const engine = createEngine();
engine.load(new Uint8Array(readFileSync('public/data/demo-cohort.arrow')), 'demo-cohort.arrow');

function close(actual: Num, expected: Num, label: string): void {
  if (expected === null || actual === null) return void expect(actual, label).toBe(expected);
  const tol = Math.max(1e-9 * Math.abs(expected), 1e-14);
  expect(Math.abs(actual - expected), `${label}: ${actual} vs R ${expected}`).toBeLessThanOrEqual(
    tol,
  );
}

// tests/reference/r/cuminc.R: cuminc(mrd_neg_end_months - mrd_first_neg_months,
// mrd_neg_end_status, iss, cencode = 0) and timepoints(fit, c(12, 24)) on demo-cohort.csv (the
// same cohort as the app's demo-cohort.arrow); ISS stage I, II, III coded 1, 2, 3 in R.
describe('the cuminc request on the demo cohort equals cmprsk (≤ 1e-9 relative)', () => {
  it.each([
    { stratifier: null, r: 'demo MRD negativity, all', rGroup: () => 1 },
    {
      stratifier: 'iss_stage',
      r: 'demo MRD negativity, by ISS stage',
      rGroup: (v: string | number) => ['I', 'II', 'III'].indexOf(String(v)) + 1,
    },
  ])('by $stratifier: n used, incidence and its variance at 12/24 months, Gray’s test', (c) => {
    const r = byName(c.r);
    const result = engine.run({ kind: 'cuminc', endpoint: 'mrd', stratifier: c.stratifier });
    expect(result.nUsed).toBe(r.time.length);
    expect(result.times).toEqual(r.times);
    for (const g of result.groups) {
      for (const k of g.causes) {
        const curve = r.curves.find((x) => x.name === `${c.rGroup(g.value)} ${k.cause}`)!;
        k.at.forEach((a, j) => {
          close(a.est, curve.at.est[j], `${g.label} cause ${k.cause} est`);
          const v = curve.at.var[j];
          close(a.se, v === null ? null : Math.sqrt(v), `${g.label} cause ${k.cause} se`);
        });
      }
    }
    expect(result.tests.map((t) => t.cause)).toEqual(r.tests.map((t) => t.cause));
    result.tests.forEach((t, i) => {
      close(t.stat, r.tests[i].stat, 'stat');
      close(t.p, r.tests[i].p, 'p');
      expect(t.df).toBe(r.tests[i].df);
    });
  });

  it('refuses an endpoint without a competing event', () => {
    expect(() => engine.run({ kind: 'cuminc', endpoint: 'pfs', stratifier: null })).toThrow(
      /competing/,
    );
  });
});
