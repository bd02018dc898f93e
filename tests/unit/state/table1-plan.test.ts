import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/lib/engine/engine';
import { table1Plan } from '../../../src/lib/state/table1-plan';
import { DEFAULT_VIEW, type ViewParams } from '../../../src/lib/state/view-params';

const engine = createEngine();
engine.load(new Uint8Array(readFileSync('public/data/demo-cohort.arrow')), 'demo-cohort.arrow');
const columns = engine.run({ kind: 'columns' });
const view = (p: Partial<ViewParams>): ViewParams => ({
  ...DEFAULT_VIEW,
  exclude: [],
  chosenFactors: [...DEFAULT_VIEW.chosenFactors],
  ...p,
});

describe('table1Plan', () => {
  it('asks for the whole cohort without a stratifier', () => {
    expect(table1Plan(view({ tab: 'cohort' }), columns)).toEqual({
      kind: 'table1',
      stratifier: null,
    });
  });

  it('follows the shared stratifier, its reference group and a numeric split', () => {
    expect(
      table1Plan(view({ stratifier: 'mrd_group', reference: 'sustained_neg' }), columns),
    ).toEqual({ kind: 'table1', stratifier: 'mrd_group', reference: 'sustained_neg' });
    expect(table1Plan(view({ stratifier: 'bm_pc_pct', cut: 50 }), columns)).toEqual({
      kind: 'table1',
      stratifier: 'bm_pc_pct',
      cut: 50,
    });
  });

  it('asks for the "as published" groups only for a column that has them', () => {
    expect(
      table1Plan(view({ stratifier: 'car_persist_ge6', asPublished: true }), columns).asPublished,
    ).toBe(true);
    expect(
      table1Plan(view({ stratifier: 'triple_refractory', asPublished: true }), columns),
    ).not.toHaveProperty('asPublished');
  });

  it('ignores what only the survival view uses: endpoint, facet, left-out groups', () => {
    const a = table1Plan(view({ stratifier: 'mrd_group' }), columns);
    const b = table1Plan(
      view({ stratifier: 'mrd_group', endpoint: 'os', facet: 'sex', exclude: ['died_mrd_neg'] }),
      columns,
    );
    expect(b).toEqual(a);
  });
});
