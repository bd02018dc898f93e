import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { forestAnalysis } from '../../../src/lib/engine/analyses/forest';
import { createEngine } from '../../../src/lib/engine/engine';
import { AnalysisFrame } from '../../../src/lib/frame/analysis-frame';
import { dataTable } from '../../../src/lib/data/data-table';

// Eight patients; x = 1 patients never have an event (complete separation).
const frame = new AnalysisFrame(
  dataTable({
    pfs_months: [2, 4, 6, 8, 10, 12, 3, 7],
    pfs_event: [1, 1, 1, 1, 0, 0, 1, 0],
    x: [0, 0, 0, 0, 1, 1, 0, 1],
    age: [50, 61, 72, 45, 66, null, 58, 70],
    arm: ['a', 'b', 'a', 'b', 'a', 'b', 'c', 'c'],
  }),
);
const forest = (factors: string[], mode: 'univariable' | 'multivariable') =>
  forestAnalysis(frame, { kind: 'forest', endpoint: 'pfs', factors, mode });

describe('forestAnalysis', () => {
  it('forestAnalysis gives a separated factor a Firth-penalised hazard ratio and says why', () => {
    const out = forest(['x'], 'univariable');
    expect(out.rows).toHaveLength(1);
    expect(out.rows[0].method).toBe('firth');
    expect(out.rows[0].firthReason).toMatch(/no events|monotone|did not converge/);
    expect(out.rows[0].hr).toBeGreaterThan(0);
    expect(Number.isFinite(out.rows[0].hr)).toBe(true);
  });

  it('forestAnalysis applies the same rule to a separated factor in a multivariable model', () => {
    const out = forest(['x', 'age'], 'multivariable');
    expect(out.rows.every((r) => r.method === 'firth')).toBe(true);
    const x = out.rows.find((r) => r.factor === 'x')!;
    expect(x.firthReason).toMatch(/no events|monotone|did not converge/);
    expect(x.hr).toBeGreaterThan(0);
  });

  it('forestAnalysis fits each factor on its own complete cases in univariable mode', () => {
    const out = forest(['age', 'arm'], 'univariable');
    expect(out.rows.map((r) => [r.label, r.n])).toEqual([
      ['age', 7],
      ['arm: arm = b', 8],
      ['arm: arm = c', 8],
    ]);
    expect(out.model).toBeNull();
  });

  it('forestAnalysis reports events per variable for a multivariable model', () => {
    const out = forest(['age', 'arm'], 'multivariable');
    expect(out.model?.n).toBe(7);
    expect(out.model?.events).toBe(5);
    expect(out.model?.epv).toBeCloseTo(5 / 3, 12);
    expect(out.rows.map((r) => r.factor)).toEqual(['age', 'arm', 'arm']);
  });
});

describe('forestAnalysis on the demo cohort', () => {
  const engine = createEngine();
  engine.load(new Uint8Array(readFileSync('public/data/demo-cohort.arrow')), 'demo-cohort.arrow');
  const uni = (asPublished: boolean) =>
    engine.run({
      kind: 'forest',
      endpoint: 'pfs',
      mode: 'univariable',
      factors: ['car_persist_ge6', 'mrd_neg_duration_months', 'triple_exposed', 'age_years'],
      asPublished,
    });

  it('forestAnalysis marks post-baseline rows and says "per month" for MRD duration', () => {
    const rows = new Map(uni(false).rows.map((r) => [r.factor, r]));
    expect(rows.get('car_persist_ge6')?.postBaseline).toBe(true);
    expect(rows.get('age_years')?.postBaseline).toBe(false);
    expect(rows.get('mrd_neg_duration_months')?.unit).toBe('per month');
    expect(rows.get('age_years')?.unit).toBe('per year');
    expect(rows.get('triple_exposed')?.label).toBe('Triple-class exposed');
  });

  it('forestAnalysis uses the "as published" persistence groups when asked, as the curves do', () => {
    const recommended = uni(false).rows.find((r) => r.factor === 'car_persist_ge6')!;
    const published = uni(true).rows.find((r) => r.factor === 'car_persist_ge6')!;
    const curves = engine.run({
      kind: 'survival',
      endpoint: 'pfs',
      stratifier: 'car_persist_ge6',
      asPublished: true,
    });
    expect(published.n).toBe(curves.nUsed);
    expect(published.n).toBeGreaterThan(recommended.n);
    expect(published.hr).not.toBe(recommended.hr);
  });
});
