import { describe, expect, it } from 'vitest';
import { chooseSurvival, demoColumns, demoEngine } from './demo-choices';
import { survivalPlan } from '../../../src/lib/state/survival-plan';

const engine = demoEngine;
const columns = demoColumns;
const choose = chooseSurvival;

describe('survivalPlan', () => {
  it.each([
    ['car_persist_ge6', 'car_persist_ge6', 6],
    ['cr_by_m3', 'cr_by_m3', 3],
    ['mrd_neg_ge12', 'mrd_neg_at_m12', 12],
    ['mrd_neg_ge24', 'mrd_neg_at_m24', 24],
    ['mrd_neg_ge36', 'mrd_neg_at_m36', 36],
  ])(
    'survivalPlan gives %s a landmark view grouped by %s at month %i',
    (stratifier, column, months) => {
      const plan = survivalPlan(choose({ stratifier }), columns);
      expect(plan.landmark).toMatchObject({ stratifier: column, landmark: months });
      expect(engine.run({ kind: 'survival', ...plan.landmark! }).groups.length).toBe(2);
    },
  );

  it('survivalPlan gives no landmark to a baseline stratifier or a cut-point split', () => {
    expect(survivalPlan(choose({ stratifier: 'triple_refractory' }), columns).landmark).toBeNull();
    expect(
      survivalPlan(choose({ stratifier: 'car_persist_months', cut: 6 }), columns).landmark,
    ).toBeNull();
  });

  it('survivalPlan says why there is no landmark on a clock that starts at first response', () => {
    const plan = survivalPlan(choose({ endpoint: 'dor', stratifier: 'car_persist_ge6' }), columns);
    expect(plan.landmark).toBeNull();
    expect(plan.landmarkNote).toContain('PFS and OS');
  });

  it('survivalPlan asks for the "as published" groups only of a threshold stratifier', () => {
    expect(
      survivalPlan(choose({ stratifier: 'car_persist_ge6', asPublished: true }), columns).main
        .asPublished,
    ).toBe(true);
    expect(
      survivalPlan(choose({ stratifier: 'triple_refractory', asPublished: true }), columns).main
        .asPublished,
    ).toBeUndefined();
  });

  it('survivalPlan makes one facet per value of the second stratifier, each restricted to it', () => {
    const plan = survivalPlan(
      choose({ stratifier: 'triple_refractory', facet: 'prior_asct' }),
      columns,
    );
    expect(plan.facets.map((f) => f.subset)).toEqual([
      { column: 'prior_asct', value: 0 },
      { column: 'prior_asct', value: 1 },
    ]);
    expect(plan.facets.every((f) => f.stratifier === 'triple_refractory')).toBe(true);
  });

  it('survivalPlan passes the chosen reference and left-out groups on, and prefetches the other stratifiers', () => {
    const plan = survivalPlan(
      choose({ stratifier: 'mrd_group', reference: 'sustained_neg', exclude: ['died_mrd_neg'] }),
      columns,
    );
    expect(plan.main).toMatchObject({ reference: 'sustained_neg', exclude: ['died_mrd_neg'] });
    expect(plan.prefetch.map((p) => p.stratifier)).not.toContain('mrd_group');
    expect(plan.prefetch.map((p) => p.stratifier)).toContain('triple_refractory');
  });

  it.each([
    ['mrd_neg_ge12', 'mrd_neg_sustained', 12, 'mrd_neg_ge12'],
    ['car_persist_ge6', 'car_detectable', undefined, 'car_persist_ge6'],
    ['cr_or_better', 'in_cr', undefined, 'cr_or_better'],
    ['ada_post_pos', 'ada_pos', undefined, 'ada_post_pos'],
    ['mrd_ever_neg', 'mrd_neg', undefined, 'mrd_ever_neg'],
  ])(
    'survivalPlan gives %s the fair analysis of %s (X = %s), naive HR of %s, and hides the naive curves',
    (stratifier, covariate, months, naive) => {
      const plan = survivalPlan(choose({ stratifier }), columns);
      expect(plan.fair).toMatchObject({ kind: 'timeDependent', endpoint: 'pfs', covariate, naive });
      expect(plan.fair?.months).toBe(months);
      expect(plan.naiveHidden).toBe(true);
    },
  );

  it.each([
    ['a baseline stratifier', choose({ stratifier: 'triple_refractory' })],
    ['the four MRD groups (not a yes/no state)', choose({ stratifier: 'mrd_group' })],
    ['a split at a cut-point', choose({ stratifier: 'car_persist_months', cut: 6 })],
    [
      'an endpoint whose clock starts later (DOR)',
      choose({ endpoint: 'dor', stratifier: 'mrd_neg_ge12' }),
    ],
  ])('survivalPlan has no fair analysis for %s', (_, c) => {
    const plan = survivalPlan(c, columns);
    expect(plan.fair).toBeNull();
    expect(plan.naiveHidden).toBe(false);
  });

  it('survivalPlan shows the naive curves when asked, or as published, and adds a chosen landmark', () => {
    expect(
      survivalPlan(choose({ stratifier: 'mrd_neg_ge12', showNaive: true }), columns).naiveHidden,
    ).toBe(false);
    const published = survivalPlan(
      choose({ stratifier: 'mrd_neg_ge12', asPublished: true }),
      columns,
    );
    expect(published.naiveHidden).toBe(false);
    expect(published.guaranteedMonths).toBeNull();
    const plan = survivalPlan(choose({ stratifier: 'mrd_neg_ge12', fairLandmark: 15 }), columns);
    expect(plan.fair?.landmarks).toEqual([13, 15, 18, 24, 36]);
    expect(plan.guaranteedMonths).toBe(12);
  });
});
