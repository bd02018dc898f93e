import { describe, expect, it } from 'vitest';
import { fisherExact } from '../../../src/lib/stats/fisher-exact';
import { fisherOddsRatio } from '../../../src/lib/stats/fisher-exact-odds';
import { fisherOddsRatioCi as fisherOddsInterval } from '../../../src/lib/stats/fisher-exact-odds-ci';
import { expectClose } from './km-close';
import { RESPONSE_FIXTURE } from './response-fixture';

// fisherOddsInterval against the equations of R's fisher.test()$conf.int solved to 1e-13 in R
// (fisher.test's own uniroot stops near 1e-4 on ψ or 1/ψ: its printed limits are checked at 1 %).
// Tolerance 1e-6 relative.

const cases = RESPONSE_FIXTURE.fisher.map((c) => [JSON.stringify(c.table), c] as const);

describe('fisherOddsInterval', () => {
  it.each(cases)(
    'fisherOddsInterval(%s) equals the limits of R fisher.test()$conf.int',
    (_t, c) => {
      const ci = fisherOddsInterval(c.table);
      if (c.degenerate) {
        expect([ci.lower, ci.upper]).toEqual([0, Infinity]);
        return;
      }
      expectClose(ci.lower, c.lower ?? null, 'lower');
      if (c.estimateInfinite) expect(ci.upper).toBe(Infinity);
      else expectClose(ci.upper, c.upper ?? null, 'upper');
    },
  );

  it.each(cases)(
    'fisherExact(%s) gives fisher.test()’s p and conditional MLE odds ratio',
    (_t, c) => {
      expectClose(fisherExact(c.table).p, c.p, 'p');
      const or = fisherOddsRatio(c.table);
      if (c.degenerate) expect(or).toBeNaN();
      else if (c.estimateInfinite) expect(or).toBe(Infinity);
      else expectClose(or, c.estimate ?? null, 'estimate');
    },
  );

  it.each(cases.filter(([, c]) => c.rUpper != null && !c.degenerate))(
    'fisherOddsInterval(%s) is within 1 % of the limits R prints (uniroot’s tolerance)',
    (_t, c) => {
      const ci = fisherOddsInterval(c.table);
      expect(Math.abs(ci.lower - c.rLower!)).toBeLessThanOrEqual(0.01 * c.rLower! + 1e-12);
      expect(Math.abs(ci.upper - c.rUpper!)).toBeLessThanOrEqual(0.01 * c.rUpper!);
    },
  );

  it('fisherOddsInterval narrows as the level drops and contains the estimate', () => {
    const t = [
      [7, 3],
      [2, 8],
    ];
    const wide = fisherOddsInterval(t, 0.95);
    const narrow = fisherOddsInterval(t, 0.8);
    const or = fisherOddsRatio(t);
    expect(wide.lower).toBeLessThan(narrow.lower);
    expect(wide.upper).toBeGreaterThan(narrow.upper);
    expect(narrow.lower).toBeLessThan(or);
    expect(narrow.upper).toBeGreaterThan(or);
  });
});
