import { describe, expect, it } from 'vitest';
import { betaIncomplete } from '../../../src/lib/stats/beta-incomplete';
import { clopperPearson } from '../../../src/lib/stats/clopper-pearson';
import { fUpper } from '../../../src/lib/stats/f-upper';
import { kruskalWallis } from '../../../src/lib/stats/kruskal-wallis';
import { logGamma } from '../../../src/lib/stats/log-gamma';
import { quantile, quartiles } from '../../../src/lib/stats/quantile';
import { welchAnova } from '../../../src/lib/stats/welch-anova';
import fixture from '../../reference/kinetics.json';
import { column, expectClose, snapshot } from './km-close';

// Fixture: tests/reference/r/kinetics.R → kinetics.json. kruskalWallis matches kruskal.test(x, g),
// welchAnova oneway.test(x ~ g) (var.equal = FALSE), fUpper pf(lower.tail = FALSE), betaIncomplete
// pbeta (both tails), clopperPearson binom.test()$conf.int, quantile quantile(type = 7).
// Tolerance: 1e-6 relative (1e-12 absolute where R gives 0).
type Num = number | null;
interface GroupCase {
  name: string;
  x: Num[];
  g: number[];
  kruskal: { statistic: number; df: number; p: number };
  welch: { statistic: number; df1: number; df2: number; p: number } | null;
}

describe('tests across several groups', () => {
  it.each((fixture.groupTests as GroupCase[]).map((c) => [c.name, c] as const))(
    'kruskalWallis and welchAnova match kruskal.test and oneway.test: %s',
    (_n, c) => {
      const x = column(c.x);
      const g = Int32Array.from(c.g);
      const before = [snapshot(x), snapshot(g)];
      const kw = kruskalWallis(x, g);
      expectClose(kw.statistic, c.kruskal.statistic, 'H');
      expect(kw.df).toBe(c.kruskal.df);
      expectClose(kw.p, c.kruskal.p, 'p');
      const w = welchAnova(x, g);
      expect(c.welch).not.toBeNull();
      expectClose(w.statistic, c.welch!.statistic, 'F');
      expect(w.df1).toBe(c.welch!.df1);
      expectClose(w.df2, c.welch!.df2, 'df2');
      expectClose(w.p, c.welch!.p, 'p');
      expect([snapshot(x), snapshot(g)]).toEqual(before);
    },
  );

  it.each([
    ['one group only', [1, 2, 3], [0, 0, 0]],
    ['missing values and negative codes only', [NaN, 2], [0, -1]],
  ])('kruskalWallis and welchAnova give no p for %s', (_w, x, g) => {
    expect(kruskalWallis(Float64Array.from(x), Int32Array.from(g)).p).toBeNull();
    expect(welchAnova(Float64Array.from(x), Int32Array.from(g)).p).toBeNull();
  });

  it.each([
    ['a group of one value', [1, 2, 3, 4, 5], [0, 0, 1, 1, 2], 'a group has fewer than 2 values'],
    [
      'a group without spread',
      [1, 1, 2, 3, 4, 5],
      [0, 0, 1, 1, 2, 2],
      'a group has no spread (all values equal)',
    ],
  ])('welchAnova refuses %s, as oneway.test stops', (_w, x, g, problem) => {
    const r = welchAnova(Float64Array.from(x), Int32Array.from(g));
    expect(r.p).toBeNull();
    expect(r.problem).toBe(problem);
  });

  it('kruskalWallis gives no statistic when every value is the same (R: NaN)', () => {
    expect(
      kruskalWallis(Float64Array.of(2, 2, 2, 2), Int32Array.of(0, 0, 1, 1)).statistic,
    ).toBeNull();
  });
});

describe('distributions under the tests', () => {
  const f = fixture.fUpper;
  it('fUpper matches pf(f, df1, df2, lower.tail = FALSE) on a grid with non-integer df', () => {
    f.p.forEach((p, i) => expectClose(fUpper(f.f[i], f.df1[i], f.df2[i]), p, `pf #${i}`));
  });

  const b = fixture.betaIncomplete;
  it('betaIncomplete matches pbeta(x, a, b) and its upper tail on a grid', () => {
    b.lower.forEach((p, i) => {
      expectClose(betaIncomplete(b.x[i], b.a[i], b.b[i]), p, `pbeta #${i}`);
      expectClose(betaIncomplete(b.x[i], b.a[i], b.b[i], true), b.upper[i], `upper #${i}`);
    });
  });

  it('logGamma matches log((n − 1)!) and Γ(1/2) = √π', () => {
    expect(logGamma(10)).toBeCloseTo(Math.log(362880), 12);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 12);
    expect(Number.isNaN(logGamma(0))).toBe(true);
  });

  it.each(fixture.binom.map((c) => [`${c.x}/${c.n}`, c] as const))(
    'clopperPearson matches binom.test()$conf.int for %s',
    (_n, c) => {
      const ci = clopperPearson(c.x, c.n);
      expectClose(ci.lower, c.lower, 'lower');
      expectClose(ci.upper, c.upper, 'upper');
    },
  );

  it('clopperPearson refuses an impossible count, as binom.test does', () => {
    expect(() => clopperPearson(5, 3)).toThrow(RangeError);
    expect(() => clopperPearson(0, 0)).toThrow(RangeError);
  });
});

describe('quantiles', () => {
  it.each(fixture.quantiles.map((c) => [c.x.join(', '), c] as const))(
    'quantile matches quantile(x, type = 7) for %s',
    (_n, c) => {
      const sorted = [...c.x].sort((a, b) => a - b);
      [0, 0.25, 0.5, 0.75, 1].forEach((p, i) => expectClose(quantile(sorted, p), c.q[i], `p ${p}`));
      const q = quartiles(Float64Array.from(c.x));
      expect([q.min, q.q1, q.median, q.q3, q.max]).toEqual(c.q.map((v) => expect.closeTo(v, 9)));
    },
  );

  it('quartiles drops missing values and reports n; no values gives nulls', () => {
    expect(quartiles(Float64Array.of(NaN, 4, NaN)).n).toBe(1);
    expect(quartiles(new Float64Array(0))).toEqual({
      n: 0,
      min: null,
      q1: null,
      median: null,
      q3: null,
      max: null,
    });
  });
});
