import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rateTests } from '../../../src/lib/engine/analyses/response-rates';
import { createEngine } from '../../../src/lib/engine/engine';
import type { OddsRatio, ResponseGroup, ResponseResult } from '../../../src/lib/engine/types';
import { expectClose } from '../stats/km-close';
import { RESPONSE_FIXTURE, type RFisher, type RGroup } from '../stats/response-fixture';

// The response view on the simulated demo cohort (public/data/demo-cohort.arrow) against R on the
// same data as CSV (tests/reference/r/response.R → response.json): binom.test, fisher.test (odds
// ratio and interval re-solved to 1e-13), median/range, and the chart's counts written again in R.
// Tolerance 1e-6 relative; counts exactly.

const engine = createEngine();
engine.load(new Uint8Array(readFileSync('public/data/demo-cohort.arrow')), 'demo-cohort.arrow');

function sameGroup(g: ResponseGroup, r: RGroup): void {
  expect(g.n).toBe(r.n);
  for (const k of ['orr', 'cr', 'mrd'] as const) {
    const [a, b] = [g.rates[k], r.rates[k]];
    expect([a.x, a.n], `${g.label} ${k}`).toEqual([b.x, b.n]);
    expectClose(a.estimate, b.estimate, `${g.label} ${k} estimate`);
    expectClose(a.lower, b.lower, `${g.label} ${k} lower`);
    expectClose(a.upper, b.upper, `${g.label} ${k} upper`);
  }
  for (const k of ['response', 'cr', 'mrd'] as const) {
    const [a, b] = [g.times[k], r.times[k]];
    expect(a.n, `${g.label} time to ${k}`).toBe(b.n);
    expectClose(a.median, b.median, `${g.label} ${k} median`);
    expectClose(a.min, b.min, `${g.label} ${k} min`);
    expectClose(a.max, b.max, `${g.label} ${k} max`);
  }
}

function sameOdds(or: OddsRatio | null, r: RFisher | undefined): void {
  expect(r).toBeDefined();
  expect(or).not.toBeNull();
  if (r!.degenerate) {
    expect(or).toEqual({ estimate: null, lower: null, upper: null, infinite: false });
    return;
  }
  expect(or!.infinite).toBe(r!.estimateInfinite);
  expectClose(or!.estimate, r!.estimate ?? null, 'odds ratio');
  expectClose(or!.lower, r!.lower ?? null, 'odds ratio lower');
  expectClose(or!.upper, r!.upper ?? null, 'odds ratio upper');
}

describe('the response view on the demo cohort equals R (≤ 1e-6 relative)', () => {
  it.each(RESPONSE_FIXTURE.views.map((v) => [v.stratifier, v] as const))(
    'rates, times and Fisher tests by %s equal binom.test, median/range and fisher.test',
    (_s, v) => {
      const result = engine.run({
        kind: 'response',
        stratifier: v.stratifier,
        ...(v.cut !== null ? { cut: v.cut } : {}),
      });
      expect(result.nGrouped).toBe(v.n_grouped);
      expect(result.groups).toHaveLength(v.groups.length);
      result.groups.forEach((g, k) => sameGroup(g, v.groups[k]));
      for (const t of v.tests) {
        const mine = result.tests.find((x) => x.rate === t.rate)!;
        expect(mine.table).toEqual(t.table);
        expectClose(mine.p, t.p, `${t.rate} Fisher p`);
        if (t.odds) sameOdds(mine.oddsRatio, t.odds);
        else expect(mine.oddsRatio).toBeNull();
      }
    },
  );

  it('the whole cohort’s rates are the paper’s counts (54/56, 45/56, 54/56) with binom.test’s CIs', () => {
    const { overall } = engine.run({ kind: 'response', stratifier: null });
    expect([overall.rates.orr.x, overall.rates.orr.n]).toEqual([54, 56]);
    expect([overall.rates.cr.x, overall.rates.cr.n]).toEqual([45, 56]);
    expect([overall.rates.mrd.x, overall.rates.mrd.n]).toEqual([54, 56]);
    const all = RESPONSE_FIXTURE.views[0].groups;
    const pooled = (k: 'orr' | 'cr') => all.reduce((s, g) => s + g.rates[k].x, 0);
    expect(overall.rates.orr.x).toBe(pooled('orr'));
    const r = RESPONSE_FIXTURE.binom.find((b) => b.x === 54 && b.n === 56)!;
    expectClose(overall.rates.orr.lower, r.lower);
    expectClose(overall.rates.orr.upper, r.upper);
  });

  it.each(['triple_refractory', 'penta_refractory'])(
    'the 2×2 tables by %s (the paper’s Fig. S4) equal fisher.test on the same counts',
    (column) => {
      const result = engine.run({ kind: 'response', stratifier: null });
      const f = result.factors.find((x) => x.column === column)!;
      const v = RESPONSE_FIXTURE.views.find((x) => x.stratifier === column)!;
      expect(f.tests.map((t) => t.rate)).toEqual(['orr', 'cr']);
      f.groups.forEach((g, k) => sameGroup(g, v.groups[k]));
      for (const t of f.tests) {
        const r = v.tests.find((x) => x.rate === t.rate)!;
        expect(t.table).toEqual(r.table);
        expectClose(t.p, r.p, `${column} ${t.rate} p`);
        sameOdds(t.oddsRatio, r.odds);
      }
    },
  );
});

describe('the response-over-time counts equal the same rules written in R', () => {
  const check = (result: ResponseResult, panels: typeof RESPONSE_FIXTURE.overTime.all) => {
    const o = result.overTime!;
    expect(o.months[0]).toBe(1);
    expect(o.months.at(-1)).toBe(RESPONSE_FIXTURE.overTime.last_month);
    expect(o.panels).toHaveLength(panels.length);
    o.panels.forEach((p, k) => {
      expect(p.n).toBe(panels[k].n);
      for (const at of panels[k].at) {
        const j = o.months.indexOf(at.month);
        expect(
          p.counts.map((c) => c[j]),
          `${p.label} month ${at.month}`,
        ).toEqual(at.counts);
        expect(p.everCr[j], `${p.label} ever CR at ${at.month}`).toBe(at.ever);
      }
      o.months.forEach((_, j) => expect(p.counts.reduce((s, c) => s + c[j], 0)).toBe(p.n));
    });
  };

  it('all patients at months 1, 2, 3, 6, 12, 24, 36 and 60', () => {
    check(engine.run({ kind: 'response', stratifier: null }), RESPONSE_FIXTURE.overTime.all);
  });

  it('one panel per triple-refractory group, each with its own denominator', () => {
    const result = engine.run({ kind: 'response', stratifier: 'triple_refractory' });
    check(result, RESPONSE_FIXTURE.overTime.triple_refractory);
    expect(result.overTime!.panels.map((p) => p.label)).toEqual([
      'Not triple-refractory',
      'Triple-refractory',
    ]);
  });
});

describe('the response view’s edges', () => {
  it('without response assessments the chart is replaced by a note and the rates remain', () => {
    const csv = createEngine();
    const out = csv.load(
      new Uint8Array(readFileSync('tests/fixtures/demo-cohort.csv')),
      'demo-cohort.csv',
    );
    expect(out.ok).toBe(true);
    const result = csv.run({ kind: 'response', stratifier: null });
    expect(result.overTime).toBeNull();
    expect(result.overTimeNote).toMatch(/no response assessments/);
    expect(result.overall.rates.orr.x).toBe(54);
  });

  it('a stratifier with too many values is refused in plain words', () => {
    expect(() => engine.run({ kind: 'response', stratifier: 'patient_id' })).toThrow(
      /too many groups/,
    );
  });

  it('a numeric stratifier split at a cut-point names the cut in the title', () => {
    const result = engine.run({ kind: 'response', stratifier: 'bm_pc_pct', cut: 50 });
    expect(result.title).toBe('Response by Bone-marrow plasma cells (split at 50)');
    expect(result.groups.map((g) => g.label)).toEqual([
      'Bone-marrow plasma cells < 50',
      'Bone-marrow plasma cells ≥ 50',
    ]);
  });

  it('every denominator is stated and every method named', () => {
    const result = engine.run({ kind: 'response', stratifier: null });
    expect(Object.keys(result.denominators)).toEqual(['orr', 'cr', 'mrd']);
    expect(result.methods.join(' ')).toMatch(/Clopper–Pearson.*binom\.test/);
    expect(result.methods.join(' ')).toMatch(/Fisher's exact test.*fisher\.test/);
  });
});

describe('rateTests', () => {
  it('rateTests leaves out a group with no patient recorded and gives an odds ratio only between exactly two groups', () => {
    const p = (x: number, n: number) => ({
      x,
      n,
      estimate: n ? x / n : null,
      lower: null,
      upper: null,
    });
    const group = (label: string, orr: [number, number]) => ({
      value: label,
      label,
      n: orr[1],
      rates: { orr: p(...orr), cr: p(...orr), mrd: p(...orr) },
      times: {
        response: { n: 0, median: null, min: null, max: null },
        cr: { n: 0, median: null, min: null, max: null },
        mrd: { n: 0, median: null, min: null, max: null },
      },
    });
    const three = rateTests([group('a', [3, 5]), group('b', [0, 0]), group('c', [1, 4])]);
    expect(three[0].table).toEqual([
      [3, 2],
      [1, 3],
    ]);
    expect(three[0].oddsRatio).toBeNull();
    const one = rateTests([group('a', [3, 5]), group('b', [0, 0])]);
    expect(one[0].p).toBeNull();
    expect(one[0].note).toMatch(/fewer than two groups/);
  });
});
