import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataTable } from '../../../src/lib/data/data-table';
import { forestAnalysis } from '../../../src/lib/engine/analyses/forest';
import { createEngine } from '../../../src/lib/engine/engine';
import { AnalysisFrame } from '../../../src/lib/frame/analysis-frame';
import type { ForestRequest, ForestResult } from '../../../src/lib/engine/types';
import { zphCases } from '../stats/zph-fixture';

// Forest rows carry cox.zph's test of their term. Expected: R's cox.zph(coxph(...)) on the demo
// cohort (tests/reference/r/zph.R, read from tests/fixtures/demo-cohort.csv, the same patients as
// public/data/demo-cohort.arrow). Chi-square and p at ≤ 1e-8 relative error.
const engine = createEngine();
engine.load(new Uint8Array(readFileSync('public/data/demo-cohort.arrow')), 'demo-cohort.arrow');
const forest = (r: Omit<ForestRequest, 'kind'>) =>
  engine.run({ kind: 'forest', ...r }) as unknown as ForestResult;
const rCase = (prefix: string) => zphCases.find((c) => c.name.startsWith(prefix))!.expected;
const rel = (a: number, b: number) => Math.abs(a / b - 1);

function expectTest(
  actual: { chisq: number; df: number; p: number } | null,
  r: { chisq: number; df: number; p: number },
) {
  expect(actual).not.toBeNull();
  expect(actual!.df).toBe(r.df);
  expect(rel(actual!.chisq, r.chisq)).toBeLessThanOrEqual(1e-8);
  expect(rel(actual!.p, r.p)).toBeLessThanOrEqual(1e-8);
}

describe('forest rows carry the proportional-hazards test of their term', () => {
  it("gives each multivariable row its term's cox.zph row, a factor's levels the same one, and the model GLOBAL", () => {
    const r = rCase('demo cohort PFS, age + prior_asct');
    const out = forest({
      endpoint: 'pfs',
      factors: ['age_years', 'prior_asct', 'iss_stage', 'ldh_high'],
      mode: 'multivariable',
    });
    for (const row of out.rows) {
      const term = r.terms.find((t) => t.name === row.factor)!;
      expectTest(row.ph, term);
      expect(row.phPlot?.term).toBe(row.factor);
    }
    expect(out.rows.filter((row) => row.factor === 'iss_stage')).toHaveLength(2);
    expectTest(out.model!.ph, r.global);
  });

  it.each([
    { factor: 'age_years', prefix: 'demo cohort PFS, age alone', ties: 'efron' as const },
    { factor: 'iss_stage', prefix: 'demo cohort PFS, iss_stage alone', ties: 'breslow' as const },
  ])(
    'gives a univariable row the cox.zph of its own model: $factor ($ties)',
    ({ factor, prefix, ties }) => {
      const r = rCase(prefix);
      const out = forest({ endpoint: 'pfs', factors: [factor], mode: 'univariable', ties });
      for (const row of out.rows) expectTest(row.ph, r.terms[0]);
      const plot = out.rows[0].phPlot!;
      plot.y.forEach((v, i) => expect(rel(v!, r.y[0][i]!)).toBeLessThanOrEqual(1e-8));
      plot.smooth!.fit.forEach((v, i) =>
        expect(rel(v, r.smooth[0].fit[i])).toBeLessThanOrEqual(1e-8),
      );
      expect(out.model).toBeNull();
    },
  );

  it('leaves ph null on a row without an ordinary hazard ratio (complete separation: Firth)', () => {
    const frame = new AnalysisFrame(
      dataTable({
        pfs_months: [2, 4, 6, 8, 10, 12, 3, 7],
        pfs_event: [1, 1, 1, 1, 0, 0, 1, 0],
        x: [0, 0, 0, 0, 1, 1, 0, 1],
        age: [50, 61, 72, 45, 66, 52, 58, 70],
      }),
    );
    const out = forestAnalysis(frame, {
      kind: 'forest',
      endpoint: 'pfs',
      factors: ['x', 'age'],
      mode: 'univariable',
    });
    expect(
      out.rows.map((r) => [r.factor, r.method ?? 'cox', r.ph === null, r.phPlot === null]),
    ).toEqual([
      ['x', 'firth', true, true],
      ['age', 'cox', false, false],
    ]);
  });
});
