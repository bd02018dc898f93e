import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/lib/engine/engine';
import { DEFAULT_VIEW, type ViewParams } from '../../../src/lib/state/view-params';
import { viewColumns } from '../../../src/lib/state/view-columns';

const engine = createEngine();
engine.load(new Uint8Array(readFileSync('tests/fixtures/good/cohort.csv')), 'cohort.csv');
const columns = engine.run({ kind: 'columns' });
const view = (p: Partial<ViewParams>): ViewParams => ({
  ...DEFAULT_VIEW,
  exclude: [],
  chosenFactors: [...DEFAULT_VIEW.chosenFactors],
  ...p,
});

describe('viewColumns', () => {
  it('viewColumns drops a stratifier the dataset does not have and says so', () => {
    const r = viewColumns(view({ stratifier: 'no_such', reference: 'x' }), columns);
    expect(r.params).toMatchObject({ stratifier: null, reference: null });
    expect(r.ignored.map((i) => i.name)).toEqual(['by']);
  });

  it('viewColumns keeps a numeric column split at a cut-point, and a known facet', () => {
    const r = viewColumns(view({ stratifier: 'bm_pc_pct', cut: 50, facet: 'sex' }), columns);
    expect(r.ignored).toEqual([]);
    expect(r.params).toMatchObject({ stratifier: 'bm_pc_pct', cut: 50, facet: 'sex' });
  });

  it('viewColumns reports forest factors the user chose that the dataset lacks', () => {
    const r = viewColumns(view({ chosenFactors: ['age_years', 'no_such'] }), columns);
    expect(r.params.chosenFactors).toEqual(['age_years']);
    expect(r.ignored).toEqual([
      { name: 'factors', value: 'no_such', reason: 'not forest factors of this dataset' },
    ]);
  });
});

describe('viewColumns and the correlation matrix’s selected cell', () => {
  it('viewColumns keeps a selected pair of columns the dataset has', () => {
    const r = viewColumns(view({ correlationPair: ['car_persist_months', 'pfs_months'] }), columns);
    expect(r.ignored).toEqual([]);
    expect(r.params.correlationPair).toEqual(['car_persist_months', 'pfs_months']);
  });

  it('viewColumns drops a selected pair naming a column the dataset lacks, and says so', () => {
    const r = viewColumns(view({ correlationPair: ['no_such', 'pfs_months'] }), columns);
    expect(r.params.correlationPair).toBeNull();
    expect(r.ignored).toEqual([
      { name: 'pair', value: 'no_such,pfs_months', reason: 'this dataset has no such column' },
    ]);
  });
});

describe('viewColumns and an endpoint the file cannot show', () => {
  const noPfs = columns.filter((c) => !['pfs_months', 'pfs_event'].includes(c.name));

  it('moves the default endpoint (PFS) to the first one the file has, without a word', () => {
    const r = viewColumns(view({}), noPfs);
    expect(r.params.endpoint).toBe('os');
    expect(r.ignored).toEqual([]);
  });

  it('moves a chosen endpoint the file lacks and says why', () => {
    const r = viewColumns(
      view({ endpoint: 'mrd' }),
      noPfs.filter((c) => c.name !== 'mrd_neg_duration_months'),
    );
    expect(r.params.endpoint).toBe('os');
    expect(r.ignored).toEqual([
      {
        name: 'endpoint',
        value: 'mrd',
        reason: expect.stringMatching(/^this dataset has no \S+ and \S+$/),
      },
    ]);
  });

  it('keeps an endpoint the file has', () => {
    expect(viewColumns(view({ endpoint: 'pfs' }), columns).params.endpoint).toBe('pfs');
    expect(viewColumns(view({ endpoint: 'os' }), noPfs).params.endpoint).toBe('os');
  });
});
