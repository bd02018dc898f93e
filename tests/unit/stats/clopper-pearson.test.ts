import { describe, expect, it } from 'vitest';
import { clopperPearson } from '../../../src/lib/stats/clopper-pearson';
import { betaIncomplete as regularizedBeta } from '../../../src/lib/stats/beta-incomplete';
import { betaQuantile } from '../../../src/lib/stats/beta-quantile';
import { expectClose } from './km-close';
import { RESPONSE_FIXTURE } from './response-fixture';

// clopperPearson(x, n, conf) against R's binom.test(x, n, conf.level = conf)$conf.int, and the
// beta functions it inverts against pbeta / qbeta; tolerance 1e-6 relative (km-close.ts).

describe('clopperPearson', () => {
  it.each(RESPONSE_FIXTURE.binom.map((c) => [`${c.x}/${c.n}`, c.conf, c] as const))(
    'clopperPearson(%s, conf %s) equals R binom.test()$conf.int',
    (_what, _conf, c) => {
      const ci = clopperPearson(c.x, c.n, c.conf);
      expectClose(ci.lower, c.lower, 'lower');
      expectClose(ci.upper, c.upper, 'upper');
      expect(ci.estimate).toBe(c.x / c.n);
    },
  );

  it('clopperPearson puts the lower limit at exactly 0 for 0/n and the upper at exactly 1 for n/n', () => {
    expect(clopperPearson(0, 12).lower).toBe(0);
    expect(clopperPearson(12, 12).upper).toBe(1);
    expect(clopperPearson(0, 12).upper).toBeLessThan(1);
    expect(clopperPearson(12, 12).lower).toBeGreaterThan(0);
  });

  it.each([
    ['no patients', 0, 0],
    ['more successes than patients', 5, 4],
    ['a negative count', -1, 4],
    ['a fractional count', 1.5, 4],
  ])('clopperPearson refuses %s, as binom.test does', (_what, x, n) => {
    expect(() => clopperPearson(x, n)).toThrow(RangeError);
  });

  it('clopperPearson refuses a confidence level outside (0, 1)', () => {
    expect(() => clopperPearson(1, 4, 1)).toThrow(RangeError);
    expect(() => clopperPearson(1, 4, 0)).toThrow(RangeError);
  });

  it('clopperPearson always covers the estimate, and a higher level gives a wider interval', () => {
    for (const [x, n] of [
      [1, 3],
      [7, 20],
      [54, 56],
    ]) {
      const ci95 = clopperPearson(x, n);
      const ci80 = clopperPearson(x, n, 0.8);
      expect(ci95.lower).toBeLessThanOrEqual(x / n);
      expect(ci95.upper).toBeGreaterThanOrEqual(x / n);
      expect(ci95.lower).toBeLessThan(ci80.lower);
      expect(ci95.upper).toBeGreaterThan(ci80.upper);
    }
  });
});

describe('regularizedBeta and betaQuantile', () => {
  it.each(RESPONSE_FIXTURE.beta.map((c) => [c.x, c.a, c.b, c] as const))(
    'regularizedBeta(%s, %s, %s) equals R pbeta() and betaQuantile equals qbeta()',
    (_x, _a, _b, c) => {
      expectClose(regularizedBeta(c.x, c.a, c.b), c.p, 'pbeta');
      expectClose(betaQuantile(c.x, c.a, c.b), c.quantile, 'qbeta');
    },
  );

  it('regularizedBeta is 0 and 1 at the ends and NaN for shapes that are not positive', () => {
    expect(regularizedBeta(0, 2, 3)).toBe(0);
    expect(regularizedBeta(1, 2, 3)).toBe(1);
    expect(regularizedBeta(0.5, 0, 3)).toBeNaN();
    expect(betaQuantile(0, 2, 3)).toBe(0);
    expect(betaQuantile(1, 2, 3)).toBe(1);
    expect(betaQuantile(1.5, 2, 3)).toBeNaN();
  });
});
