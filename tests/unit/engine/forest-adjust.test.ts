import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/lib/engine/engine';
import type { ForestResult } from '../../../src/lib/engine/types';
import { pAdjust } from '../../../src/lib/stats/p-adjust';
import { forestFactors } from '../../../src/lib/state/forest-plan';

const engine = createEngine();
engine.load(new Uint8Array(readFileSync('public/data/demo-cohort.arrow')), 'demo-cohort.arrow');

// pAdjust itself equals R's p.adjust (tests/unit/stats/p-adjust.test.ts, 1e-12); here: the
// family is every univariable row of the screen, rows without a p are left out.
describe('the univariable forest screen carries Holm and BH adjusted p-values', () => {
  it.each(['pfs', 'os'] as const)(
    'forest rows for %s hold p.adjust of the screen’s p-values, the family counted once',
    async (endpoint) => {
      const columns = (await engine.run({ kind: 'columns' })) as Parameters<
        typeof forestFactors
      >[0];
      const factors = forestFactors(columns).map((c) => c.name);
      const r = (await engine.run({
        kind: 'forest',
        endpoint,
        factors,
        mode: 'univariable',
      })) as ForestResult;
      const p = r.rows.map((row) => row.p);
      const holm = pAdjust(p, 'holm');
      const bh = pAdjust(p, 'BH');
      expect(r.rows.length).toBeGreaterThan(5);
      r.rows.forEach((row, i) => {
        expect(row.pAdjusted).toEqual({
          holm: holm[i],
          BH: bh[i],
          family: p.filter((x) => x !== null).length,
        });
        if (row.p !== null) expect(row.pAdjusted!.holm!).toBeGreaterThanOrEqual(row.p);
      });
    },
  );

  it('multivariable rows are one model, not a screen: no adjusted p', async () => {
    const r = (await engine.run({
      kind: 'forest',
      endpoint: 'pfs',
      factors: ['triple_refractory', 'high_risk_ca'],
      mode: 'multivariable',
    })) as ForestResult;
    expect(r.rows.every((row) => row.pAdjusted === undefined)).toBe(true);
  });
});
