import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/lib/engine/engine';
import { kaplanMeier } from '../../../src/lib/stats/kaplan-meier';

const bytes = (path: string) => new Uint8Array(readFileSync(path));
const good = () => bytes('tests/fixtures/good/cohort.arrow');

describe('createEngine', () => {
  it('createEngine loads a valid file and summarises it', () => {
    const engine = createEngine();
    const out = engine.load(good(), 'cohort.arrow');
    expect(out.ok).toBe(true);
    expect(out.current).toMatchObject({ n: 6, fileName: 'cohort.arrow' });
    expect(engine.summary()).toEqual(out.current);
  });

  it.each([
    ['bad-values.csv'],
    ['missing-columns.csv'],
    ['garbage.bin'],
    ['empty.csv'],
    ['image.png'],
    ['truncated.arrow'],
  ])('createEngine keeps the previous dataset when %s fails to load', (name) => {
    const engine = createEngine();
    engine.load(good(), 'cohort.arrow');
    const out = engine.load(bytes(`tests/fixtures/bad/${name}`), name);
    expect(out.ok).toBe(false);
    expect(out.report.errors.length).toBeGreaterThan(0);
    expect(out.current).toMatchObject({ n: 6, fileName: 'cohort.arrow' });
    expect(engine.survival({ endpoint: 'pfs', stratifier: null }).nUsed).toBe(6);
  });

  it('createEngine answers the whole-cohort PFS view with the Kaplan–Meier of the pfs columns', () => {
    const engine = createEngine();
    engine.load(good(), 'cohort.arrow');
    const view = engine.survival({ endpoint: 'pfs', stratifier: null, times: [12] });
    const csv = readFileSync('tests/fixtures/good/cohort.csv', 'utf8').trim().split('\n');
    const header = csv[0].split(',');
    const rows = csv.slice(1).map((l) => l.split(','));
    const col = (name: string) => rows.map((r) => Number(r[header.indexOf(name)]));
    const fit = kaplanMeier(
      Float64Array.from(col('pfs_months')),
      Uint8Array.from(col('pfs_event')),
    );
    expect(view.groups).toHaveLength(1);
    expect(view.groups[0].median).toBe(fit.median);
    expect(view.groups[0].steps).toEqual(fit.steps);
    expect(view.logRank).toBeNull();
    expect(view.nUsed).toBe(6);
    expect(view.methods.join(' ')).toContain('Kaplan–Meier');
  });

  it('createEngine labels binary groups in words and adds log-rank for two groups', () => {
    const engine = createEngine();
    engine.load(good(), 'cohort.arrow');
    const view = engine.survival({ endpoint: 'os', stratifier: 'high_risk_ca' });
    expect(view.groups.map((g) => g.label)).toEqual(['Standard risk', 'High risk']);
    expect(view.logRank?.df).toBe(1);
    const hr = engine.hazardRatios({ endpoint: 'os', stratifier: 'high_risk_ca' });
    expect(hr.ratios[0]).toBeNull();
    expect(hr.ratios).toHaveLength(2);
  });

  it('createEngine restricts a view to one facet with subset', () => {
    const engine = createEngine();
    engine.load(good(), 'cohort.arrow');
    const all = engine.survival({ endpoint: 'pfs', stratifier: null });
    const men = engine.survival({
      endpoint: 'pfs',
      stratifier: null,
      subset: { column: 'sex', value: 'M' },
    });
    const women = engine.survival({
      endpoint: 'pfs',
      stratifier: null,
      subset: { column: 'sex', value: 'F' },
    });
    expect(men.nUsed + women.nUsed).toBe(all.nUsed);
  });

  it('createEngine names the missing column when a view needs one the file lacks', () => {
    const engine = createEngine();
    engine.load(good(), 'cohort.arrow');
    expect(() => engine.survival({ endpoint: 'pfs', stratifier: 'no_such_column' })).toThrow(
      'This dataset has no column "no_such_column".',
    );
  });

  it('createEngine refuses a view before any dataset is loaded', () => {
    expect(() => createEngine().survival({ endpoint: 'pfs', stratifier: null })).toThrow(
      'No dataset is loaded.',
    );
  });
});

describe('createEngine hazard ratios', () => {
  it('createEngine withholds the hazard ratio of a group with no events', () => {
    const engine = createEngine();
    engine.load(good(), 'cohort.arrow');
    const request = { endpoint: 'pfs', stratifier: 'car_persist_ge6' } as const;
    expect(engine.survival(request).groups.map((g) => g.events)).toEqual([2, 0]);
    expect(engine.hazardRatios(request).ratios).toEqual([
      null,
      { hr: null, lower: null, upper: null, p: null },
    ]);
  });
});

describe('createEngine stratifiers', () => {
  it('createEngine refuses a stratifier with more than 12 groups and suggests a cut-point', () => {
    const engine = createEngine();
    engine.load(bytes('public/data/demo-cohort.arrow'), 'demo-cohort.arrow');
    expect(() => engine.survival({ endpoint: 'pfs', stratifier: 'age_years' })).toThrow(
      /"age_years" has \d+ different values — too many groups to compare; split it at a cut-point instead\./,
    );
    const split = engine.survival({ endpoint: 'pfs', stratifier: 'age_years', cut: 60 });
    expect(split.groups.map((g) => g.label)).toEqual(['< 60', '≥ 60']);
  });
});

describe('createEngine "as published" thresholds', () => {
  it.each([
    ['car_persist_ge6', 56 - 43, 43],
    ['mrd_neg_ge12', 56 - 41, 41],
  ])(
    'createEngine counts undecidable patients below the threshold for %s as the paper did (%i vs %i)',
    (stratifier, below, above) => {
      const engine = createEngine();
      engine.load(bytes('public/data/demo-cohort.arrow'), 'demo-cohort.arrow');
      const published = engine.survival({ endpoint: 'pfs', stratifier, asPublished: true });
      expect(published.groups.map((g) => g.n)).toEqual([below, above]);
      expect(published.methods.join(' ')).toContain('as published');
      const recommended = engine.survival({ endpoint: 'pfs', stratifier });
      expect(recommended.groups[1].n).toBe(above);
      expect(recommended.groups[0].n).toBeLessThanOrEqual(below);
    },
  );
});
