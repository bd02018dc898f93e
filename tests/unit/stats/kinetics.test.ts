import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kinetics } from '../../../src/lib/stats/kinetics';

// Fixture: tests/reference/r/tests.R → tests.json, where R computes the same rules with
// sum(diff(d) * (head(c, -1) + tail(c, -1)) / 2) and approx(d, c, xout = 28).
// Tolerance: 1e-9 relative (pure arithmetic).
type Num = number | null;
interface Kin {
  name: string;
  day: Num[];
  copies: Num[];
  blq: number[];
  aucLast: number;
  auc28?: Num;
  cmax: number;
  tmax?: Num;
  last?: Num;
}
const url = new URL('../../reference/tests.json', import.meta.url);
const cases = (JSON.parse(readFileSync(url, 'utf8')) as { kinetics: Kin[] }).kinetics;
const f64 = (a: Num[]) => Float64Array.from(a, (v) => (v === null ? NaN : v));
function close(actual: Num, expected: Num | undefined): void {
  if (expected === null || expected === undefined) return void expect(actual).toBeNull();
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(
    1e-9 * Math.max(1, Math.abs(expected)),
  );
}

describe('kinetics', () => {
  it.each(cases.map((c) => [c.name, c] as const))(
    'matches the R trapezoid reference: %s',
    (_n, c) => {
      const k = kinetics(f64(c.day), f64(c.copies), Uint8Array.from(c.blq));
      close(k.auc0toLast, c.aucLast);
      close(k.auc0to28, c.auc28);
      close(k.cmax, c.cmax);
      close(k.tmax, c.tmax);
      close(k.lastDetectableDay, c.last);
    },
  );

  it.each([
    ['no samples', [], []],
    ['only pre-infusion samples', [-7, -1], [0, 0]],
    ['only missing values', [NaN, 7], [3, NaN]],
  ])('returns nulls for %s', (_w, day, copies) => {
    const k = kinetics(Float64Array.from(day), Float64Array.from(copies));
    expect(k).toEqual({
      cmax: null,
      tmax: null,
      auc0to28: null,
      auc0toLast: null,
      lastDetectableDay: null,
      n: 0,
    });
  });

  it('does not mutate its input', () => {
    const day = Float64Array.of(14, 7);
    const copies = Float64Array.of(10, 20);
    kinetics(day, copies);
    expect(Array.from(day)).toEqual([14, 7]);
    expect(Array.from(copies)).toEqual([10, 20]);
  });
});
