import { describe, expect, it } from 'vitest';
import { coxph } from '../../../src/lib/stats/cox';
import { coxZph } from '../../../src/lib/stats/cox-zph';
import { coxZphSmooth } from '../../../src/lib/stats/cox-zph-smooth';
import { close, zphCases, zphInput } from './zph-fixture';

// Fixtures: tests/reference/r/zph.R — R's cox.zph(coxph(...), transform = "km", terms = TRUE)
// (survival 3.5-3) on lung, colon, heart ((start, stop] data) and the demo cohort. Compared at
// ≤ 1e-8 relative error (absolute 1e-10 near zero).
describe('coxZph matches R cox.zph(fit, transform = "km")', () => {
  for (const c of zphCases) {
    describe(c.name, () => {
      const input = zphInput(c);
      const zph = coxZph(input, coxph(input), c.input.terms);
      it('gives each term and the global test the chi-square, df and p of R', () => {
        expect(zph.terms.map((t) => t.name)).toEqual(c.expected.terms.map((t) => t.name));
        zph.terms.forEach((t, i) => {
          close(t.chisq, c.expected.terms[i].chisq);
          expect(t.df).toBe(c.expected.terms[i].df);
          close(t.p, c.expected.terms[i].p);
        });
        close(zph.global.chisq, c.expected.global.chisq);
        expect(zph.global.df).toBe(c.expected.global.df);
        close(zph.global.p, c.expected.global.p);
      });
      it('gives the transformed times, event times and scaled Schoenfeld residuals of R', () => {
        expect(zph.x.length).toBe(c.expected.x.length);
        zph.x.forEach((v, i) => close(v, c.expected.x[i]));
        zph.time.forEach((v, i) => close(v, c.expected.time[i]));
        zph.y.forEach((col, j) => col.forEach((v, i) => close(v, c.expected.y[j][i])));
        zph.variance.forEach((v, i) => close(v, c.expected.var[i]));
      });
    });
  }
});

// plot(cox.zph(fit), var = i, plot = FALSE): the natural-spline smooth (df = 4) and its ± 2 SE band.
describe('coxZphSmooth matches the line and band of R plot.cox.zph', () => {
  for (const c of zphCases) {
    it(`draws R's smooth for every term: ${c.name}`, () => {
      const input = zphInput(c);
      const zph = coxZph(input, coxph(input), c.input.terms);
      c.expected.smooth.forEach((e, term) => {
        const s = coxZphSmooth(zph, term);
        expect(s).not.toBeNull();
        s!.x.forEach((v, i) => close(v, e.x[i]));
        s!.fit.forEach((v, i) => close(v, e.fit[i]));
        s!.upper.forEach((v, i) => close(v, e.upper[i]));
        s!.lower.forEach((v, i) => close(v, e.lower[i]));
      });
    });
  }
});
