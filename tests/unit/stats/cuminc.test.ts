import { describe, expect, it } from 'vitest';
import { cuminc } from '../../../src/lib/stats/cuminc';
import { cumincAt } from '../../../src/lib/stats/cuminc-timepoints';
import fixtures from '../../reference/cuminc.json';
import { column, snapshot } from './km-close';

type Num = number | null;
interface RCase {
  name: string;
  time: Num[];
  status: Num[];
  group: Num[] | null;
  times: number[];
  curves: {
    name: string;
    time: number[];
    est: number[];
    var: number[];
    at: { est: Num[]; var: Num[] };
  }[];
  tests: { cause: number; stat: number; p: number; df: number }[];
}
const cases = fixtures as unknown as RCase[];

/** Relative tolerance: the port keeps cmprsk's order of arithmetic, so only rounding differs. */
const TOL = 1e-9;
function close(actual: Num, expected: Num, label: string): void {
  if (expected === null || actual === null) return void expect(actual, label).toBe(expected);
  const tol = Math.max(TOL * Math.abs(expected), 1e-14);
  expect(Math.abs(actual - expected), `${label}: ${actual} vs R ${expected}`).toBeLessThanOrEqual(
    tol,
  );
}
function allClose(actual: readonly Num[], expected: readonly Num[], label: string): void {
  expect(actual.length, `${label} length`).toBe(expected.length);
  actual.forEach((a, i) => close(a, expected[i], `${label}[${i}]`));
}

function fit(c: RCase) {
  const time = column(c.time);
  const status = column(c.status);
  const group = c.group ? Int32Array.from(c.group, (g) => g ?? -1) : undefined;
  const before = [snapshot(time), snapshot(status)];
  const result = cuminc(time, status, group);
  expect([snapshot(time), snapshot(status)]).toEqual(before);
  // R names a curve "group cause"; without a group every row is group 1.
  const name = (g: number, cause: number) => `${c.group ? g : 1} ${cause}`;
  return { result, name };
}

// Every number within 1e-9 relative (1e-14 absolute near 0) of R 4 cmprsk.
describe.each(cases)('cuminc on "$name"', (c) => {
  const { result, name } = fit(c);

  it('has the curves of cmprsk::cuminc(ftime, fstatus, group, cencode = 0), in its order', () => {
    expect(result.curves.map((k) => name(k.group, k.cause))).toEqual(c.curves.map((k) => k.name));
  });

  it('matches each curve’s time, est and var (the corners cuminc returns) within 1e-9 relative', () => {
    result.curves.forEach((k, i) => {
      allClose(k.time, c.curves[i].time, `${c.curves[i].name} time`);
      allClose(k.est, c.curves[i].est, `${c.curves[i].name} est`);
      allClose(k.var, c.curves[i].var, `${c.curves[i].name} var`);
    });
  });

  it('cumincAt matches timepoints(fit, times), NA after the last time as null', () => {
    result.curves.forEach((k, i) => {
      const at = cumincAt(k, c.times);
      expect(at.times).toEqual(c.times);
      allClose(at.est, c.curves[i].at.est, `${c.curves[i].name} at est`);
      allClose(at.var, c.curves[i].at.var, `${c.curves[i].name} at var`);
    });
  });

  it('matches Gray’s test per cause ($Tests: stat, pv, df) within 1e-9 relative', () => {
    expect(result.tests.map((t) => t.cause)).toEqual(c.tests.map((t) => t.cause));
    result.tests.forEach((t, i) => {
      close(t.stat, c.tests[i].stat, `stat ${t.cause}`);
      close(t.p, c.tests[i].p, `p ${t.cause}`);
      expect(t.df).toBe(c.tests[i].df);
    });
  });
});

describe('cuminc edge cases', () => {
  it.each([
    { label: 'no rows', time: [], status: [], curves: 0 },
    { label: 'every row censored', time: [1, 2, 3], status: [0, 0, 0], curves: 0 },
    { label: 'missing time and status dropped', time: [NaN, 2, 3], status: [1, NaN, 2], curves: 1 },
  ])('$label', ({ time, status, curves }) => {
    const r = cuminc(Float64Array.from(time), Float64Array.from(status));
    expect(r.curves.length).toBe(curves);
    expect(r.tests).toEqual([]);
  });

  it('drops rows with a negative (missing) group code and gives no test for one group left', () => {
    const r = cuminc(Float64Array.of(1, 2, 3), Float64Array.of(1, 1, 2), Int32Array.of(0, -1, 0));
    expect(r.n).toBe(2);
    expect(r.groups).toEqual([0]);
    expect(r.tests).toEqual([]);
  });

  it('cumincAt gives null before time 0 and after the largest follow-up time', () => {
    const curve = cuminc(Float64Array.of(1, 2, 4), Float64Array.of(1, 0, 0)).curves[0];
    expect(cumincAt(curve, [5, -1, 4]).est).toEqual([null, 1 / 3, null]);
  });
});
