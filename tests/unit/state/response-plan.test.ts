import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/lib/engine/engine';
import { responsePlan } from '../../../src/lib/state/response-plan';

const engine = createEngine();
engine.load(new Uint8Array(readFileSync('public/data/demo-cohort.arrow')), 'demo-cohort.arrow');
const columns = engine.run({ kind: 'columns' });

describe('responsePlan', () => {
  it('responsePlan asks for all patients when no stratifier is chosen', () => {
    const plan = responsePlan({ stratifier: null, cut: null, asPublished: false }, columns);
    expect(plan.request).toEqual({ kind: 'response', stratifier: null });
  });

  it('responsePlan passes the stratifier and a numeric cut-point on', () => {
    expect(
      responsePlan({ stratifier: 'bm_pc_pct', cut: 50, asPublished: false }, columns).request,
    ).toEqual({ kind: 'response', stratifier: 'bm_pc_pct', cut: 50 });
  });

  it('responsePlan keeps "as published" only for a threshold stratifier that has it', () => {
    const threshold = responsePlan(
      { stratifier: 'car_persist_ge6', cut: null, asPublished: true },
      columns,
    );
    expect(threshold.request.asPublished).toBe(true);
    const baseline = responsePlan(
      { stratifier: 'triple_refractory', cut: null, asPublished: true },
      columns,
    );
    expect(baseline.request).not.toHaveProperty('asPublished');
  });

  it('responsePlan prefetches every other stratifier and not the one on screen', () => {
    const plan = responsePlan(
      { stratifier: 'triple_refractory', cut: null, asPublished: false },
      columns,
    );
    const names = plan.prefetch.map((r) => r.stratifier);
    expect(names).not.toContain('triple_refractory');
    expect(names).toContain('mrd_group');
    expect(plan.prefetch.every((r) => r.kind === 'response')).toBe(true);
  });
});
