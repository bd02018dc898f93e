import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset, type Dataset } from '../../../src/lib/data/load-dataset';
import { columnsAnalysis } from '../../../src/lib/engine/analyses/columns';
import { AnalysisFrame } from '../../../src/lib/frame/analysis-frame';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');
const good = (f: string) => new Uint8Array(readFileSync(join(fixtures, 'good', f)));
function loaded(res: ReturnType<typeof loadDataset>): Dataset {
  if (!res.ok) throw new Error(res.report.errors.map((e) => e.message).join('\n'));
  return res.dataset;
}

describe('columnsAnalysis', () => {
  const d = loaded(loadDataset(good('cohort.arrow'), 'cohort.arrow'));
  const cat = new Map(columnsAnalysis(new AnalysisFrame(d.table)).map((c) => [c.name, c]));

  it.each([
    ['patient_id', 'id', false],
    ['sex', 'categorical', false],
    ['emd', 'binary', false],
    ['age_years', 'numeric', false],
    ['pfs_months', 'time', false],
    ['pfs_event', 'event', false],
    ['mrd_neg_end_status', 'event', true],
    ['best_response', 'categorical', true],
    ['car_persist_ge6', 'binary', true],
    ['mrd_group', 'categorical', true],
    ['cr_by_m3', 'binary', true],
    ['dor_months', 'time', true],
    ['cmax_copies', 'numeric', true],
    ['ada_post_pos', 'binary', true],
    ['mrd_assessments', 'serial', true],
    ['triple_refractory', 'binary', false],
  ])('lists %s as %s (post-baseline %s)', (name, kind, post) => {
    expect(cat.get(name)).toMatchObject({ kind, postBaseline: post });
  });

  it('counts a yes/no column of numbers as its factor does (levels, labels, counts, missing)', () => {
    const frame = new AnalysisFrame(d.table);
    for (const c of columnsAnalysis(frame).filter((c) => c.kind === 'binary')) {
      const factor = frame.factor(c.name).levels;
      for (const level of c.levels ?? []) {
        const same = factor.find((l) => l.value === level.value);
        expect(level, c.name).toEqual(same ?? { ...level, n: 0 });
      }
      const counted = (c.levels ?? []).reduce((a, l) => a + l.n, 0);
      expect(c.nMissing, c.name).toBe(frame.n - counted);
      expect(
        c.levels?.map((l) => l.value),
        c.name,
      ).toEqual([0, 1]);
    }
  });

  it('gives levels in R order with readable labels and counts missing values', () => {
    expect(cat.get('best_response')?.levels?.map((l) => l.value)).toEqual([
      'CR',
      'PD',
      'PR',
      'sCR',
      'VGPR',
    ]);
    expect(cat.get('mrd_group')?.levels?.map((l) => [l.value, l.label])).toEqual([
      ['died_mrd_neg', 'Died while MRD-negative'],
      ['lost_neg', 'Lost MRD negativity'],
      ['persistent_pos', 'Persistently MRD-positive'],
      ['sustained_neg', 'Sustained MRD-negative'],
    ]);
    expect(cat.get('age_years')?.nMissing).toBe(1);
    expect(cat.get('mrd_neg_ge24')?.nMissing).toBe(2);
  });

  it('offers unknown extra columns as stratifiers', () => {
    const csv = new TextDecoder().decode(good('cohort.csv')).trim().split('\n');
    const withSite = [
      `${csv[0]},site,flag`,
      ...csv.slice(1).map((l, i) => `${l},${'AB'[i % 2]},${i % 2}`),
    ];
    const ds = loaded(loadDataset(new TextEncoder().encode(withSite.join('\n')), 'c.csv'));
    const c = new Map(columnsAnalysis(new AnalysisFrame(ds.table)).map((x) => [x.name, x]));
    expect(c.get('site')).toMatchObject({ kind: 'categorical', postBaseline: false });
    expect(c.get('site')?.levels?.map((l) => [l.value, l.label])).toEqual([
      ['A', 'site = A'],
      ['B', 'site = B'],
    ]);
    expect(c.get('flag')).toMatchObject({ kind: 'binary', derived: false });
  });
});
