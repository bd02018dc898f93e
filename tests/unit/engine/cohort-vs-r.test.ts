import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/lib/engine/engine';
import { categoricalTest } from '../../../src/lib/engine/table1-tests';
import type { Table1Cell, Table1Row } from '../../../src/lib/engine/types';
import { expectClose } from '../stats/km-close';

// Fixture: tests/reference/r/cohort.R → cohort.json, on tests/fixtures/demo-cohort.csv (the
// same data as public/data/demo-cohort.arrow), derived columns computed independently in R.
// Table 1: quantile(type = 7), table(), fisher.test / chisq.test, wilcox.test(exact = FALSE,
// correct = TRUE), kruskal.test; correlations: cor.test(method = "spearman", exact = FALSE).
// Tolerance: 1e-6 relative (1e-12 absolute where R gives 0).
type Num = number | null;
interface RCell {
  n: number;
  missing: number;
  median?: Num;
  q1?: Num;
  q3?: Num;
  counts?: Record<string, number>;
}
interface RTest {
  method?: 'mann-whitney' | 'kruskal-wallis';
  statistic?: number;
  df?: number;
  p?: number;
  fisher_p?: Num;
  chisq_stat?: number;
  chisq_df?: number;
  chisq_p?: number;
  chisq_warning?: boolean;
  n: number;
}
interface RRow {
  column: string;
  numeric: boolean;
  overall: RCell;
  groups: Record<string, RCell> | [];
  test: RTest | null;
}
interface RTable1 {
  stratifier: string | null;
  n_total: number;
  n_grouped: number;
  group_n: Record<string, number> | [];
  rows: RRow[];
}
interface RPair {
  x: string;
  y: string;
  rho: number;
  p: number;
  n: number;
  n_censored: number;
}
const fixture = JSON.parse(
  readFileSync(new URL('../../reference/cohort.json', import.meta.url), 'utf8'),
) as {
  table1: RTable1[];
  correlations: {
    variables: { column: string; n: number; n_censored: number }[];
    pairs: RPair[];
  };
  large_table: { table: number[][]; chisq_stat: number; chisq_df: number; chisq_p: number };
};

const engine = createEngine();
engine.load(new Uint8Array(readFileSync('public/data/demo-cohort.arrow')), 'demo-cohort.arrow');

function expectCell(ours: Table1Cell, r: RCell, row: Table1Row, where: string): void {
  expect(ours.n, `${where} n`).toBe(r.n);
  expect(ours.missing, `${where} missing`).toBe(r.missing);
  if (row.kind === 'numeric') {
    expectClose(ours.q1, r.q1 ?? null, `${where} q1`);
    expectClose(ours.median, r.median ?? null, `${where} median`);
    expectClose(ours.q3, r.q3 ?? null, `${where} q3`);
    return;
  }
  const counts = Object.fromEntries(
    row.levels.map((l, k) => [String(l.value), ours.counts[k]] as const).filter(([, c]) => c > 0),
  );
  expect(counts, `${where} counts`).toEqual(Array.isArray(r.counts) ? {} : r.counts);
}

describe('Table 1 on the simulated demo cohort equals R (≤ 1e-6 relative)', () => {
  it.each(fixture.table1.map((t) => [t.stratifier ?? 'no stratifier', t] as const))(
    'by %s: medians and quartiles, counts, missing counts and every row’s test',
    (_name, t) => {
      const result = engine.run({ kind: 'table1', stratifier: t.stratifier });
      expect(result.nTotal).toBe(t.n_total);
      expect(result.rows.map((r) => r.column).sort()).toEqual(t.rows.map((r) => r.column).sort());
      const groupN = Array.isArray(t.group_n) ? {} : t.group_n;
      expect(Object.fromEntries(result.groups.map((g) => [String(g.value), g.n]))).toEqual(groupN);
      if (t.stratifier) expect(result.nGrouped).toBe(t.n_grouped);
      for (const r of t.rows) {
        const row = result.rows.find((x) => x.column === r.column)!;
        expect(row.kind === 'numeric', r.column).toBe(r.numeric);
        expectCell(row.overall, r.overall, row, `${r.column} overall`);
        result.groups.forEach((g, k) => {
          const rg = (r.groups as Record<string, RCell>)[String(g.value)];
          expectCell(row.groups[k], rg, row, `${r.column} ${g.label}`);
        });
        if (!r.test) {
          expect(row.test, r.column).toBeNull();
          continue;
        }
        const test = row.test!;
        expect(test.n, `${r.column} test n`).toBe(r.test.n);
        if (r.numeric) {
          expect(test.method).toBe(r.test.method);
          expectClose(test.p, r.test.p!, `${r.column} p`);
          if (test.method === 'kruskal-wallis') {
            expectClose(test.statistic, r.test.statistic!, `${r.column} H`);
            expect(test.df).toBe(r.test.df);
          }
        } else if (test.method === 'fisher') {
          expectClose(test.p, r.test.fisher_p!, `${r.column} fisher.test p`);
        } else {
          expectClose(test.p, r.test.chisq_p!, `${r.column} chisq.test p`);
          expect(test.note !== null).toBe(r.test.chisq_warning);
        }
      }
    },
  );

  it('uses Fisher’s exact test on every categorical row of the demo cohort (small tables)', () => {
    for (const stratifier of ['triple_refractory', 'mrd_group']) {
      const rows = engine.run({ kind: 'table1', stratifier }).rows;
      const categorical = rows.filter((r) => r.kind !== 'numeric' && r.test);
      expect(categorical.length).toBeGreaterThan(20);
      expect(categorical.every((r) => r.test!.method === 'fisher')).toBe(true);
    }
  });

  it('falls back to Pearson’s χ² (chisq.test) for a table too large to enumerate, and says why', () => {
    const { table, chisq_stat, chisq_df, chisq_p } = fixture.large_table;
    const { test } = categoricalTest(table);
    expect(test?.method).toBe('chi-square');
    expectClose(test!.statistic, chisq_stat, 'X-squared');
    expect(test!.df).toBe(chisq_df);
    expectClose(test!.p, chisq_p, 'p');
    expect(test!.note).toBeNull();
  });
});

describe('the correlation matrix on the simulated demo cohort equals R (≤ 1e-6 relative)', () => {
  const result = engine.run({ kind: 'correlations' });

  it('has the seven kinetic and outcome measures, with their censored counts', () => {
    expect(result.variables.map((v) => [v.column, v.n, v.nCensored])).toEqual(
      fixture.correlations.variables.map((v) => [v.column, v.n, v.n_censored]),
    );
    expect(result.variables.filter((v) => v.censorable).map((v) => v.short)).toEqual([
      'Persistence',
      'MRD-neg. duration',
      'PFS',
      'OS',
    ]);
  });

  it.each(fixture.correlations.pairs.map((p) => [`${p.x} × ${p.y}`, p] as const))(
    '%s: rho, p and n (pairwise complete) as cor.test',
    (_name, r) => {
      const pair = result.pairs.find((p) => p.x === r.x && p.y === r.y)!;
      expect(pair.n).toBe(r.n);
      expect(pair.nCensored).toBe(r.n_censored);
      expectClose(pair.rho, r.rho, 'rho');
      expectClose(pair.p, r.p, 'p');
    },
  );
});
