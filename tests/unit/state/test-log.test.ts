import { describe, expect, it } from 'vitest';
import type { SurvivalRequest, SurvivalResult } from '../../../src/lib/engine/types';
import { testLogRows } from '../../../src/lib/export/test-log-csv';
import { survivalTestEntry, type LoggedTest } from '../../../src/lib/state/test-log-entry';
import { TestLog } from '../../../src/lib/state/test-log.svelte';
import { pAdjust } from '../../../src/lib/stats/p-adjust';

/** A survival result with only what the test log reads. */
function result(request: Omit<SurvivalRequest, 'kind'>, p: number | null = 0.04): SurvivalResult {
  return {
    request: { kind: 'survival', ...request },
    endpointLabel: request.endpoint === 'os' ? 'Overall survival' : 'Progression-free survival',
    stratifierLabel: request.stratifier ? `label of ${request.stratifier}` : null,
    logRank: request.stratifier ? { chisq: 4, df: 1, p } : null,
  } as SurvivalResult;
}
const entry = (request: Omit<SurvivalRequest, 'kind'>, p?: number | null) =>
  survivalTestEntry(result(request, p));

describe('the session test log', () => {
  it('TestLog counts each distinct test once, however often it is looked at', () => {
    const log = new TestLog();
    log.use(1);
    log.record(entry({ endpoint: 'pfs', stratifier: 'a' }, 0.01));
    log.record(entry({ endpoint: 'pfs', stratifier: 'b' }, 0.2));
    log.record(entry({ endpoint: 'pfs', stratifier: 'a' }, 0.01));
    log.record(entry({ endpoint: 'pfs', stratifier: 'a', reference: 1 }, 0.01));
    expect(log.count).toBe(2);
    log.record(entry({ endpoint: 'os', stratifier: 'a' }, 0.03));
    expect(log.entries.map((e) => e.key)).toEqual([
      'pfs|a||||log-rank',
      'pfs|b||||log-rank',
      'os|a||||log-rank',
    ]);
  });

  it('TestLog starts a new log when another dataset is loaded, not when the same one is used again', () => {
    const log = new TestLog();
    log.use(1);
    log.record(entry({ endpoint: 'pfs', stratifier: 'a' }));
    log.use(1);
    expect(log.count).toBe(1);
    log.use(2);
    expect(log.count).toBe(0);
    expect(log.adjustedOf('pfs|a||||log-rank')).toBeNull();
  });

  it('TestLog adjusts a logged test over the whole session family (p.adjust Holm and BH)', () => {
    const log = new TestLog();
    log.use(1);
    const ps = [0.01, 0.04, null, 0.03];
    ps.forEach((p, i) => log.record(entry({ endpoint: 'pfs', stratifier: `s${i}` }, p)));
    const holm = pAdjust(ps, 'holm');
    const bh = pAdjust(ps, 'BH');
    ps.forEach((_, i) =>
      expect(log.adjustedOf(`pfs|s${i}||||log-rank`)).toEqual({
        holm: holm[i],
        BH: bh[i],
        family: 3,
      }),
    );
  });

  it.each([
    ['no stratifier (no test)', { endpoint: 'pfs', stratifier: null }, null],
    [
      'a landmark view (shown beside the main one)',
      { endpoint: 'pfs', stratifier: 'a', landmark: 6 },
      null,
    ],
    [
      'a facet panel',
      { endpoint: 'pfs', stratifier: 'a', subset: { column: 'sex', value: 'M' } },
      null,
    ],
    ['a cut-point', { endpoint: 'pfs', stratifier: 'age', cut: 60 }, 'pfs|age|60|||log-rank'],
    [
      'as published',
      { endpoint: 'os', stratifier: 'a', asPublished: true },
      'os|a||published||log-rank',
    ],
    [
      'groups left out, in any order',
      { endpoint: 'pfs', stratifier: 'g', exclude: ['z', 'b'] },
      'pfs|g|||b,z|log-rank',
    ],
  ] as const)('survivalTestEntry with %s', (_label, request, key) => {
    expect(entry(request as Omit<SurvivalRequest, 'kind'>)?.key ?? null).toBe(key);
  });

  it('testLogRows writes one row per logged test with its adjusted p and the dataset', () => {
    const entries: LoggedTest[] = [
      { key: 'k1', endpoint: 'PFS', stratifier: 'A', test: 'log-rank', p: 0.01 },
      { key: 'k2', endpoint: 'PFS', stratifier: 'B', test: 'log-rank', p: 0.04 },
    ];
    const rows = testLogRows(entries, 'Simulated cohort (simulated data)');
    expect(rows[0]).toEqual([
      'dataset',
      'order',
      'endpoint',
      'stratifier',
      'test',
      'p',
      'p_holm',
      'p_bh',
      'family_size',
    ]);
    const holm = pAdjust([0.01, 0.04], 'holm');
    const bh = pAdjust([0.01, 0.04], 'BH');
    expect(rows.slice(1)).toEqual([
      ['Simulated cohort (simulated data)', 1, 'PFS', 'A', 'log-rank', 0.01, holm[0], bh[0], 2],
      ['Simulated cohort (simulated data)', 2, 'PFS', 'B', 'log-rank', 0.04, holm[1], bh[1], 2],
    ]);
  });
});
