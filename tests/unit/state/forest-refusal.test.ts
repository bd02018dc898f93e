import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/lib/engine/engine';
import { forestPlan } from '../../../src/lib/state/forest-plan';
import { refusal, refusedFactors } from '../../../src/lib/state/forest-refusal';

const engine = createEngine();
engine.load(new Uint8Array(readFileSync('public/data/demo-cohort.arrow')), 'demo-cohort.arrow');
const columns = engine.run({ kind: 'columns' });
const info = (name: string) => columns.find((c) => c.name === name)!;

describe('refusal of post-baseline measures in baseline Cox models', () => {
  it.each([
    ['mrd_neg_duration_months', false, true],
    ['mrd_neg_duration_months', true, false],
    ['car_persist_ge6', false, false],
    ['age_years', false, false],
    ['triple_refractory', false, false],
  ])('%s under "as published" = %s is refused: %s', (name, asPublished, refused) => {
    expect(refusal(info(name), asPublished) !== null).toBe(refused);
  });

  it('the reason names the measure and the way out', () => {
    const [f] = refusedFactors(columns, false);
    expect(f.name).toBe('mrd_neg_duration_months');
    expect(f.reason).toMatch(/^it is measured during follow-up/);
    expect(f.reason).toMatch(/as published/);
  });

  it('the Cox tab asks for the duration of MRD negativity only as published, in both models', () => {
    const choices = {
      endpoint: 'pfs' as const,
      ties: 'efron' as const,
      chosenFactors: ['triple_refractory', 'mrd_neg_duration_months'],
    };
    const recommended = forestPlan({ ...choices, asPublished: false }, columns);
    expect(recommended.univariable.factors).not.toContain('mrd_neg_duration_months');
    expect(recommended.multivariable?.factors).toEqual(['triple_refractory']);
    const published = forestPlan({ ...choices, asPublished: true }, columns);
    expect(published.univariable.factors).toContain('mrd_neg_duration_months');
    expect(published.multivariable?.factors).toEqual([
      'triple_refractory',
      'mrd_neg_duration_months',
    ]);
  });
});
