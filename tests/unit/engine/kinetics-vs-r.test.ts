import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/lib/engine/engine';
import type { AucMethod, KineticsMetricId, KineticsTest } from '../../../src/lib/engine/types';
import fixture from '../../reference/kinetics.json';
import { expectClose } from '../stats/km-close';

// tests/reference/r/kinetics.R computes, from tests/fixtures/demo-pk.csv and demo-cohort.csv (the
// demo cohort as CSV), each patient's Cmax/Tmax (days 0–28), AUC0–28d and AUC0–last (linear and
// linear-up/log-down, written from their formulas), the quartiles per group
// (quantile(type = 7)) and wilcox.test(exact = FALSE, correct = TRUE) / t.test / kruskal.test /
// oneway.test for each stratifier the views show, the median curves, the CRS table
// (binom.test) and the ADA curve (survfit). Stratifiers are derived in R from the input columns.
// Tolerance: 1e-6 relative (1e-12 absolute where R gives 0).
type Num = number | null;
interface RQuartiles {
  n: number;
  min: Num;
  q1: Num;
  median: Num;
  q3: Num;
  max: Num;
}
interface RTest {
  statistic: number;
  df: number[];
  p: number;
}
interface RComparison {
  stratifier: string;
  exclude: string[];
  auc: 'linear' | 'linUpLogDown';
  levels: string[];
  n_used: number;
  metrics: Record<
    KineticsMetricId,
    { groups: RQuartiles[]; tests: { rank: RTest; welch: RTest | null } }
  >;
}
interface RPatient {
  id: string;
  cmax: Num;
  tmax: Num;
  auc28: { linear: Num; linUpLogDown: Num };
  aucLast: { linear: number; linUpLogDown: number };
  persistence: Num;
  persistenceEvent: Num;
  lastSampleDay: number;
}

const engine = createEngine();
engine.load(new Uint8Array(readFileSync('public/data/demo-cohort.arrow')), 'demo-cohort.arrow');
const AUC: Record<RComparison['auc'], AucMethod> = {
  linear: 'linear',
  linUpLogDown: 'lin-up-log-down',
};

describe('CAR-T kinetics on the demo cohort equal R (≤ 1e-6 relative)', () => {
  it.each((['linear', 'linUpLogDown'] as const).map((a) => [a] as const))(
    'every patient’s Cmax, Tmax, AUCs (%s), persistence and last sample',
    (auc) => {
      const result = engine.run({ kind: 'kinetics', groupBy: null, auc: AUC[auc] });
      const byId = new Map(result.patients.map((p) => [p.id, p]));
      const patients = fixture.patients as RPatient[];
      expect(result.patients).toHaveLength(patients.length);
      for (const r of patients) {
        const p = byId.get(r.id)!;
        expectClose(p.cmax, r.cmax, `${r.id} cmax`);
        expectClose(p.tmax, r.tmax, `${r.id} tmax`);
        expectClose(p.auc28, r.auc28[auc], `${r.id} auc28`);
        expectClose(p.aucLast, r.aucLast[auc], `${r.id} aucLast`);
        expectClose(p.persistence, r.persistence, `${r.id} persistence`);
        expect(p.persistenceCensored, r.id).toBe(r.persistenceEvent === 0);
        expect(p.lastSampleDay).toBe(r.lastSampleDay);
      }
    },
  );

  const cases = (fixture.comparisons as RComparison[]).flatMap((c) =>
    (['rank', 'welch'] as KineticsTest[]).map(
      (test) =>
        [
          `${c.stratifier}${c.exclude.length ? ` without ${c.exclude.join(', ')}` : ''}, ${c.auc} AUC, ${test}`,
          c,
          test,
        ] as const,
    ),
  );
  it.each(cases)('by %s: groups, quartiles and tests of every measurement', (_n, c, test) => {
    const result = engine.run({
      kind: 'kinetics',
      groupBy: c.stratifier,
      exclude: c.exclude,
      test,
      auc: AUC[c.auc],
    });
    expect(result.groups.map((g) => String(g.value))).toEqual(c.levels);
    expect(result.nUsed).toBe(c.n_used);
    for (const m of result.metrics) {
      const r = c.metrics[m.id];
      m.groups.forEach((q, k) => {
        const e = r.groups[k];
        expect(q.n, `${m.id} n`).toBe(e.n);
        for (const f of ['min', 'q1', 'median', 'q3', 'max'] as const)
          expectClose(q[f], e[f], `${m.id} group ${k} ${f}`);
      });
      const expected = r.tests[test];
      if (expected === null) {
        expect(m.test?.p ?? null, `${m.id} refused as R stops`).toBeNull();
        continue;
      }
      expect(m.test, m.id).not.toBeNull();
      expectClose(m.test!.statistic?.value ?? null, expected.statistic, `${m.id} statistic`);
      expect(m.test!.df.length).toBe(expected.df.length);
      m.test!.df.forEach((df, i) => expectClose(df, expected.df[i], `${m.id} df`));
      expectClose(m.test!.p, expected.p, `${m.id} p`);
    }
  });

  it('names the test it ran: Mann–Whitney or Welch for two groups, Kruskal–Wallis or Welch ANOVA for more', () => {
    const short = (groupBy: string, test: KineticsTest) =>
      engine.run({ kind: 'kinetics', groupBy, test }).metrics[0].test?.short;
    expect(short('crs_high', 'rank')).toBe('Mann–Whitney');
    expect(short('crs_high', 'welch')).toBe("Welch's t");
    expect(short('mrd_group', 'rank')).toBe('Kruskal–Wallis');
    expect(short('mrd_group', 'welch')).toBe("Welch's ANOVA");
  });

  it.each(fixture.curves.map((c) => [c.stratifier ?? 'all patients', c] as const))(
    'the median transgene curve at each scheduled visit, by %s',
    (_n, c) => {
      const result = engine.run({ kind: 'kinetics', groupBy: c.stratifier });
      expect(result.schedule).toEqual(fixture.schedule);
      expect(result.curves).toHaveLength(c.groups.length);
      result.curves.forEach((curve, k) => {
        const expected = c.groups[k] as { day: number; median: number; n: number }[];
        expect(curve.map((p) => [p.day, p.n])).toEqual(expected.map((p) => [p.day, p.n]));
        curve.forEach((p, i) => expectClose(p.median, expected[i].median, `day ${p.day}`));
      });
    },
  );
});

describe('the safety summary on the demo cohort equals R (≤ 1e-6 relative)', () => {
  const safety = engine.run({ kind: 'safety' });
  it('the CRS grade table: n/N per grade and groups with binom.test exact CIs', () => {
    const crs = safety.crs!;
    const r = fixture.crs;
    expect(crs.grades.map((g) => [g.grades[0], g.n, g.total])).toEqual(
      r.grades.map((g) => [g.grade, g.n, g.total]),
    );
    const pairs = [
      ...crs.grades.map((g, k) => [g, r.grades[k]] as const),
      [crs.groups[0], r.any] as const,
      [crs.groups[1], r.grade12] as const,
      [crs.groups[2], r.grade3plus] as const,
    ];
    for (const [row, e] of pairs) {
      expect(row.n, row.label).toBe(e.n);
      expectClose(row.proportion, e.proportion, `${row.label} proportion`);
      expectClose(row.lower, e.lower, `${row.label} lower`);
      expectClose(row.upper, e.upper, `${row.label} upper`);
    }
    expect(crs.groups.map((g) => g.label)).toEqual([
      'Any CRS (grade ≥ 1)',
      'Grade 1–2',
      'Grade ≥ 3',
    ]);
  });

  it('the cumulative ADA positivity: 1 − survfit of time to first positivity, censored at last follow-up', () => {
    const ada = safety.ada!;
    const r = fixture.ada;
    expect([ada.positive, ada.tested, ada.n]).toEqual([r.positive, r.tested, r.n]);
    expect([ada.crude.n, ada.crude.total]).toEqual([r.crude.n, r.crude.total]);
    expectClose(ada.crude.lower, r.crude.lower, 'crude lower');
    expectClose(ada.crude.upper, r.crude.upper, 'crude upper');
    expect(ada.steps.map((s) => s.time)).toEqual(r.time.map((t) => expect.closeTo(t, 9)));
    ada.steps.forEach((s, i) => {
      expectClose(s.surv, r.surv[i], `surv ${i}`);
      expectClose(s.lower, r.lower[i], `lower ${i}`);
      expectClose(s.upper, r.upper[i], `upper ${i}`);
    });
    ada.at.forEach((a, i) => {
      expect(a.time).toBe(r.at_time[i]);
      expectClose(a.cumulative, r.at_cumulative[i], `at ${a.time}`);
      expectClose(a.lower, r.at_lower[i], `at ${a.time} lower`);
      expectClose(a.upper, r.at_upper[i], `at ${a.time} upper`);
      expect(a.nRisk).toBe(r.at_n_risk[i]);
    });
  });
});
