import { describe, expect, it } from 'vitest';
import { pAdjust } from '../../../src/lib/stats/p-adjust';
import fixture from '../../reference/padjust.json';

type Num = number | null;
interface Case {
  label: string;
  p: Num[] | Num;
  holm: Num[] | Num;
  BH: Num[] | Num;
}
// jsonlite writes a length-1 vector as a scalar (auto_unbox).
const list = (v: Num[] | Num): Num[] => (Array.isArray(v) ? v : [v]);
/** R's p.adjust is a few multiplications and a cumulative max/min: equal to 1e-12 relative. */
const TOL = 1e-12;

// tests/reference/r/padjust.R: p.adjust(p, method = "holm" | "BH").
describe("pAdjust equals R's p.adjust (≤ 1e-12 relative)", () => {
  it.each((fixture.cases as Case[]).map((c) => [c.label, c] as const))('%s', (_label, c) => {
    const p = Object.freeze(list(c.p));
    for (const method of ['holm', 'BH'] as const) {
      const got = pAdjust(p, method);
      const want = list(c[method]);
      expect(got.length).toBe(want.length);
      got.forEach((g, i) => {
        if (want[i] === null) expect(g, `${method}[${i}]`).toBeNull();
        else
          expect(Math.abs((g as number) - (want[i] as number))).toBeLessThanOrEqual(
            TOL * Math.max(1e-300, want[i] as number),
          );
      });
    }
  });

  it.each([
    ['an empty family', [], []],
    ['a family of only missing p-values', [null, Number.NaN], [null, null]],
  ] as const)('pAdjust returns nulls for %s', (_label, p, want) => {
    expect(pAdjust(p, 'holm')).toEqual(want);
    expect(pAdjust(p, 'BH')).toEqual(want);
  });

  it('pAdjust never lowers a p-value and never exceeds 1', () => {
    const p = [0.9, 0.001, 0.5, 0.04, 0.04];
    for (const method of ['holm', 'BH'] as const) {
      pAdjust(p, method).forEach((q, i) => {
        expect(q).toBeGreaterThanOrEqual(p[i]);
        expect(q).toBeLessThanOrEqual(1);
      });
    }
  });
});
