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
    expect(engine.run({ kind: 'survival', endpoint: 'pfs', stratifier: null }).nUsed).toBe(6);
  });

  it('createEngine keeps the column list per dataset, and a new dataset makes its own', () => {
    const engine = createEngine();
    engine.load(good(), 'cohort.arrow');
    const first = engine.run({ kind: 'columns' });
    expect(engine.run({ kind: 'columns' })).toBe(first);
    const csv = bytes('tests/fixtures/good/cohort.csv');
    expect(engine.load(csv, 'cohort.csv').ok).toBe(true);
    const second = engine.run({ kind: 'columns' });
    expect(second).not.toBe(first);
    expect(second.map((c) => c.name)).toContain('pfs_months');
  });

  it('createEngine answers the whole-cohort PFS view with the Kaplan–Meier of the pfs columns', () => {
    const engine = createEngine();
    engine.load(good(), 'cohort.arrow');
    const view = engine.run({ kind: 'survival', endpoint: 'pfs', stratifier: null, times: [12] });
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
    const view = engine.run({ kind: 'survival', endpoint: 'os', stratifier: 'high_risk_ca' });
    expect(view.groups.map((g) => g.label)).toEqual([
      'Standard-risk cytogenetics',
      'High-risk cytogenetics',
    ]);
    expect(view.logRank?.df).toBe(1);
    const hr = engine.run({ kind: 'hazards', endpoint: 'os', stratifier: 'high_risk_ca' });
    expect(hr.ratios[0]).toBeNull();
    expect(hr.ratios).toHaveLength(2);
  });

  it('createEngine restricts a view to one facet with subset', () => {
    const engine = createEngine();
    engine.load(good(), 'cohort.arrow');
    const all = engine.run({ kind: 'survival', endpoint: 'pfs', stratifier: null });
    const men = engine.run({
      kind: 'survival',
      endpoint: 'pfs',
      stratifier: null,
      subset: { column: 'sex', value: 'M' },
    });
    const women = engine.run({
      kind: 'survival',
      endpoint: 'pfs',
      stratifier: null,
      subset: { column: 'sex', value: 'F' },
    });
    expect(men.nUsed + women.nUsed).toBe(all.nUsed);
  });

  it('createEngine names the missing column when a view needs one the file lacks', () => {
    const engine = createEngine();
    engine.load(good(), 'cohort.arrow');
    expect(() =>
      engine.run({ kind: 'survival', endpoint: 'pfs', stratifier: 'no_such_column' }),
    ).toThrow('This dataset has no column "no_such_column".');
  });

  it('createEngine refuses a view before any dataset is loaded', () => {
    expect(() =>
      createEngine().run({ kind: 'survival', endpoint: 'pfs', stratifier: null }),
    ).toThrow('No dataset is loaded.');
  });
});

describe('createEngine hazard ratios', () => {
  it('createEngine gives a group with no events a Firth-penalised hazard ratio instead of withholding it', () => {
    const engine = createEngine();
    engine.load(good(), 'cohort.arrow');
    const request = { endpoint: 'pfs', stratifier: 'car_persist_ge6' } as const;
    expect(engine.run({ ...request, kind: 'survival' }).groups.map((g) => g.events)).toEqual([
      2, 0,
    ]);
    const hazards = engine.run({ ...request, kind: 'hazards' });
    expect(hazards.ratios[0]).toBeNull();
    expect(hazards.ratios[1]).toMatchObject({
      method: 'firth',
      firthReason: expect.stringMatching(/had no events/),
    });
    expect(hazards.ratios[1]!.hr).toBeGreaterThan(0);
    expect(hazards.ratios[1]!.upper).toBeGreaterThan(hazards.ratios[1]!.hr!);
    expect(hazards.method).toMatch(/Firth-penalised/);
  });
});

describe('createEngine stratifiers', () => {
  it('createEngine refuses a stratifier with more than 12 groups and suggests a cut-point', () => {
    const engine = createEngine();
    engine.load(bytes('public/data/demo-cohort.arrow'), 'demo-cohort.arrow');
    expect(() =>
      engine.run({ kind: 'survival', endpoint: 'pfs', stratifier: 'age_years' }),
    ).toThrow(
      /"Age" has \d+ different values — too many groups to compare; split it at a cut-point instead\./,
    );
    const split = engine.run({
      kind: 'survival',
      endpoint: 'pfs',
      stratifier: 'age_years',
      cut: 60,
    });
    expect(split.groups.map((g) => g.label)).toEqual(['Age < 60', 'Age ≥ 60']);
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
      const published = engine.run({
        kind: 'survival',
        endpoint: 'pfs',
        stratifier,
        asPublished: true,
      });
      expect(published.groups.map((g) => g.n)).toEqual([below, above]);
      expect(published.methods.join(' ')).toContain('as published');
      const recommended = engine.run({ kind: 'survival', endpoint: 'pfs', stratifier });
      expect(recommended.groups[1].n).toBe(above);
      expect(recommended.groups[0].n).toBeLessThanOrEqual(below);
    },
  );
});

describe('createEngine run', () => {
  it('createEngine refuses an unknown analysis kind with a plain message', () => {
    const engine = createEngine();
    engine.load(good(), 'cohort.arrow');
    expect(() => engine.run({ kind: 'nonsense' } as never)).toThrow('Unknown analysis "nonsense".');
  });

  it('createEngine lists the columns with their registry roles and readable values', () => {
    const engine = createEngine();
    engine.load(bytes('public/data/demo-cohort.arrow'), 'demo-cohort.arrow');
    const columns = new Map(engine.run({ kind: 'columns' }).map((c) => [c.name, c]));
    expect(columns.get('car_persist_ge6')?.stratifier?.landmark).toEqual({ months: 6 });
    expect(columns.get('mrd_neg_ge12')?.stratifier?.landmark).toEqual({
      months: 12,
      column: 'mrd_neg_at_m12',
    });
    expect(columns.get('mrd_neg_duration_months')?.forest?.unit).toBe('per month');
    expect(columns.get('triple_exposed')?.forest).toBeDefined();
    expect(columns.get('mrd_group')?.levels?.map((l) => l.label)).toEqual([
      'Died while MRD-negative',
      'Lost MRD negativity',
      'Persistently MRD-positive',
      'Sustained MRD-negative',
    ]);
  });
});

describe('createEngine survival views made right for every endpoint', () => {
  const engine = createEngine();
  engine.load(bytes('public/data/demo-cohort.arrow'), 'demo-cohort.arrow');

  it.each([
    ['pfs', 'Months since CAR-T infusion'],
    ['os', 'Months since CAR-T infusion'],
    ['dor', 'Months since first response (PR or better)'],
    ['mrd', 'Months since first MRD-negative test'],
  ] as const)('createEngine titles the %s time axis "%s"', (endpoint, axis) => {
    expect(engine.run({ kind: 'survival', endpoint, stratifier: null }).timeAxis).toBe(axis);
  });

  it('createEngine labels MRD groups in words and compares them with the largest group', () => {
    const view = engine.run({ kind: 'survival', endpoint: 'pfs', stratifier: 'mrd_group' });
    expect(view.groups.map((g) => g.label)).not.toContain('mrd_group=died_mrd_neg');
    const largest = Math.max(...view.groups.map((g) => g.n));
    expect(view.groups[0].n).toBe(largest);
    expect(view.referenceRule).toBe('largest');
  });

  it('createEngine names a group without events when it falls back to Firth, and ordinary Cox returns once it is left out', () => {
    const request = { endpoint: 'pfs', stratifier: 'mrd_group' } as const;
    const view = engine.run({ kind: 'survival', ...request });
    const eventless = view.groups.find((g) => g.events === 0)!;
    const hazards = engine.run({ kind: 'hazards', ...request });
    expect(hazards.ratios.slice(1).every((h) => h?.method === 'firth' && h.hr !== null)).toBe(true);
    expect(hazards.ratios[1]?.firthReason).toContain(`“${eventless.label}” had no events`);
    const without = engine.run({ kind: 'hazards', ...request, exclude: [eventless.value] });
    expect(without.ratios.slice(1).every((h) => h?.method === 'cox' && h.hr !== null)).toBe(true);
  });

  it('createEngine gives a landmark chart a title of its own', () => {
    const naive = engine.run({ kind: 'survival', endpoint: 'pfs', stratifier: 'car_persist_ge6' });
    const landmark = engine.run({
      kind: 'survival',
      endpoint: 'pfs',
      stratifier: 'car_persist_ge6',
      landmark: 6,
    });
    expect(landmark.title).not.toBe(naive.title);
    expect(landmark.title).toBe('PFS by CAR-T persistence ≥ 6 months — landmark at month 6');
    expect(landmark.timeAxis).toBe('Months since the landmark (month 6 after infusion)');
  });

  it("createEngine titles a facet with the facet's value in words", () => {
    const facet = engine.run({
      kind: 'survival',
      endpoint: 'pfs',
      stratifier: 'triple_refractory',
      subset: { column: 'prior_asct', value: 1 },
    });
    expect(facet.title).toBe('PFS by Triple-class refractory — Prior ASCT');
  });
});
