import { describe, expect, it } from 'vitest';
import { chooseSurvival, demoColumns, demoEngine } from './demo-choices';
import { mrdPlan, NEGATIVITY_TIMES, type MrdChoices } from '../../../src/lib/state/mrd-plan';

const engine = demoEngine;
const columns = demoColumns;
const choose = (c: Partial<MrdChoices>): MrdChoices => ({
  ...chooseSurvival(),
  swimmerSort: 'progression',
  ...c,
});

describe('mrdPlan', () => {
  it('mrdPlan asks for the swimmer in the chosen order and PFS by MRD group beside it', () => {
    const plan = mrdPlan(choose({ swimmerSort: 'negativity' }), columns);
    expect(plan.swimmer).toEqual({ kind: 'swimmer', sort: 'negativity' });
    expect(plan.linked).toEqual({ kind: 'survival', endpoint: 'pfs', stratifier: 'mrd_group' });
    expect(plan.swimmerNote).toBeNull();
    expect(plan.linkedNote).toBeNull();
  });

  it.each([
    ['os', 'os', false],
    ['dor', 'pfs', true],
    ['mrd', 'pfs', true],
  ] as const)('with endpoint %s the linked chart shows %s', (endpoint, linked, note) => {
    const plan = mrdPlan(choose({ endpoint }), columns);
    expect(plan.linked?.endpoint).toBe(linked);
    expect(plan.linkedNote !== null).toBe(note);
  });

  it('mrdPlan shows remaining MRD-negative for all ever-negative patients when no stratifier is chosen', () => {
    const plan = mrdPlan(choose({}), columns);
    expect(plan.negativity).toEqual({
      kind: 'survival',
      endpoint: 'mrd',
      stratifier: null,
      times: NEGATIVITY_TIMES,
    });
    expect(engine.run(plan.negativity!).nUsed).toBe(54);
  });

  it('mrdPlan groups remaining MRD-negative by the active stratifier, its reference, left-out groups and as published', () => {
    const plan = mrdPlan(
      choose({ stratifier: 'car_persist_ge6', reference: 1, asPublished: true, facet: 'sex' }),
      columns,
    );
    expect(plan.negativity).toEqual({
      kind: 'survival',
      endpoint: 'mrd',
      stratifier: 'car_persist_ge6',
      asPublished: true,
      reference: 1,
      times: [12, 24],
    });
    const cut = mrdPlan(choose({ stratifier: 'bm_pc_pct', cut: 50, exclude: [0] }), columns);
    expect(cut.negativity).toMatchObject({ stratifier: 'bm_pc_pct', cut: 50, exclude: [0] });
  });

  it('mrdPlan says why there is no swimmer plot when the dataset has no serial MRD tests', () => {
    const plan = mrdPlan(
      choose({}),
      columns.filter((c) => c.name !== 'mrd_assessments'),
    );
    expect(plan.swimmer).toBeNull();
    expect(plan.swimmerNote).toContain('no serial MRD tests');
    expect(plan.linked).not.toBeNull();
  });
});
