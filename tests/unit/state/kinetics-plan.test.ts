import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/lib/engine/engine';
import type { AnalysisRequest, ColumnInfo, ViewEngine } from '../../../src/lib/engine/types';
import { KineticsController } from '../../../src/lib/state/kinetics-controller.svelte';
import { kineticsPlan, type KineticsChoices } from '../../../src/lib/state/kinetics-plan';
import { SafetyController } from '../../../src/lib/state/safety-controller.svelte';
import { safetyPlan } from '../../../src/lib/state/safety-plan';

const engine = createEngine();
engine.load(new Uint8Array(readFileSync('public/data/demo-cohort.arrow')), 'demo-cohort.arrow');
const columns = engine.run({ kind: 'columns' });
const withoutKinetics = columns.filter((c) => c.name !== 'pk_samples' && c.name !== 'cmax_copies');
const choose = (c: Partial<KineticsChoices>): KineticsChoices => ({
  stratifier: null,
  cut: null,
  asPublished: false,
  exclude: [],
  kineticsTest: 'rank',
  aucMethod: 'linear',
  ...c,
});

/** An engine that records what it was asked and answers each request with a labelled stub. */
function fakeEngine(fail?: string) {
  const calls: { request: AnalysisRequest; channel?: string }[] = [];
  const engine: ViewEngine = {
    run: ((request: AnalysisRequest, channel?: string) => {
      calls.push({ request, channel });
      if (fail === request.kind) return Promise.reject(new Error(`no ${fail}`));
      return Promise.resolve({ kind: request.kind, channel });
    }) as ViewEngine['run'],
    prefetch: () => {},
  };
  return { engine, calls };
}

describe('kineticsPlan', () => {
  it('kineticsPlan asks for the active stratifier with its cut, as-published variant, left-out groups, test and AUC method', () => {
    expect(
      kineticsPlan(
        choose({
          stratifier: 'car_persist_ge6',
          asPublished: true,
          exclude: [0],
          kineticsTest: 'welch',
          aucMethod: 'lin-up-log-down',
        }),
        columns,
      ),
    ).toEqual({
      kind: 'kinetics',
      groupBy: 'car_persist_ge6',
      asPublished: true,
      exclude: [0],
      test: 'welch',
      auc: 'lin-up-log-down',
    });
    expect(kineticsPlan(choose({ stratifier: 'bm_pc_pct', cut: 50 }), columns)).toMatchObject({
      groupBy: 'bm_pc_pct',
      cut: 50,
    });
  });

  it('kineticsPlan drops "as published" for a column without that variant, and a column the dataset lacks', () => {
    const plan = kineticsPlan(choose({ stratifier: 'crs_high', asPublished: true }), columns);
    expect(plan).not.toHaveProperty('asPublished');
    expect(kineticsPlan(choose({ stratifier: 'no_such', exclude: [1] }), columns)).toEqual({
      kind: 'kinetics',
      groupBy: null,
      test: 'rank',
      auc: 'linear',
    });
  });

  it('kineticsPlan gives null for a dataset without kinetics, and the controller says so in words', () => {
    expect(kineticsPlan(choose({}), withoutKinetics)).toBeNull();
    const c = new KineticsController(fakeEngine().engine);
    c.show(null);
    expect(c.error).toMatch(/no CAR-T kinetics/);
  });

  it('every request kineticsPlan makes for a paper stratifier is answered by the engine', () => {
    for (const s of columns.filter((c: ColumnInfo) => c.stratifier)) {
      const r = engine.run(kineticsPlan(choose({ stratifier: s.name }), columns)!);
      expect(r.nUsed, s.name).toBeGreaterThan(0);
    }
  });
});

describe('safetyPlan', () => {
  it('safetyPlan asks for the CRS and ADA summary, kinetics by CRS grade and by ADA status, and the endpoint by ADA status', () => {
    const plan = safetyPlan(
      { endpoint: 'os', kineticsTest: 'welch', aucMethod: 'linear' },
      columns,
    );
    expect(plan).toEqual({
      safety: { kind: 'safety' },
      byCrs: { kind: 'kinetics', groupBy: 'crs_high', test: 'welch', auc: 'linear' },
      byAda: { kind: 'kinetics', groupBy: 'ada_post_pos', test: 'welch', auc: 'linear' },
      survival: { endpoint: 'os', stratifier: 'ada_post_pos' },
    });
  });

  it('safetyPlan leaves out what the dataset cannot show', () => {
    const noAda = withoutKinetics.filter((c) => c.name !== 'ada_post_pos');
    const plan = safetyPlan({ endpoint: 'pfs', kineticsTest: 'rank', aucMethod: 'linear' }, noAda);
    expect([plan.byCrs, plan.byAda, plan.survival]).toEqual([null, null, null]);
  });
});

describe('KineticsController and SafetyController', () => {
  it('KineticsController keeps the answer and clears an earlier error', async () => {
    const { engine: fake, calls } = fakeEngine();
    const c = new KineticsController(fake);
    c.show(null);
    c.show({ kind: 'kinetics', groupBy: 'crs_high' });
    await Promise.resolve();
    expect(calls.map((x) => x.channel)).toEqual(['kinetics']);
    expect(c.result).not.toBeNull();
    expect(c.error).toBeNull();
  });

  it('SafetyController asks on one channel per panel, and for the hazard ratios once the curves are in', async () => {
    const { engine: fake, calls } = fakeEngine();
    const c = new SafetyController(fake);
    c.show(safetyPlan({ endpoint: 'pfs', kineticsTest: 'rank', aucMethod: 'linear' }, columns));
    await new Promise((r) => setTimeout(r, 0));
    expect(calls.map((x) => [x.request.kind, x.channel])).toEqual([
      ['safety', 'safety'],
      ['kinetics', 'safety-crs'],
      ['kinetics', 'safety-ada'],
      ['survival', 'safety-survival'],
      ['hazards', 'safety-hazards'],
    ]);
    expect([c.summary, c.byCrs, c.byAda, c.survival, c.hazards].every((v) => v !== null)).toBe(
      true,
    );
  });

  it('SafetyController reports a failed request in plain words', async () => {
    const c = new SafetyController(fakeEngine('safety').engine);
    c.show(safetyPlan({ endpoint: 'pfs', kineticsTest: 'rank', aucMethod: 'linear' }, columns));
    await new Promise((r) => setTimeout(r, 0));
    expect(c.error).toBe('no safety');
  });
});
