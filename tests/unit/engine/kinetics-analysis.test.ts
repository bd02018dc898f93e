import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataTable } from '../../../src/lib/data/data-table';
import { kineticsAnalysis } from '../../../src/lib/engine/analyses/kinetics';
import { createEngine } from '../../../src/lib/engine/engine';
import { AnalysisFrame } from '../../../src/lib/frame/analysis-frame';

// What the kinetics and safety analyses do beyond the numbers checked against R
// (kinetics-vs-r.test.ts): the file's summary columns when it has no samples, refusals in plain
// words, cut-points, left-out groups and the words on screen.
const arrow = createEngine();
arrow.load(new Uint8Array(readFileSync('public/data/demo-cohort.arrow')), 'demo-cohort.arrow');
const csv = createEngine();
const loaded = csv.load(
  new Uint8Array(readFileSync('tests/fixtures/demo-cohort.csv')),
  'demo-cohort.csv',
);

describe('kinetics analysis', () => {
  it('a file without serial samples uses its summary columns and draws no curves', () => {
    expect(loaded.ok).toBe(true);
    const r = csv.run({ kind: 'kinetics', groupBy: 'crs_high', auc: 'lin-up-log-down' });
    expect(r.source).toBe('summary');
    expect(r.curves.every((c) => c.length === 0)).toBe(true);
    expect(r.patients.every((p) => p.samples.length === 0)).toBe(true);
    expect(r.methods[0]).toMatch(/summary columns/);
    // The file's columns agree with the samples for Cmax and AUC0–last (the linear rule).
    const fromSamples = arrow.run({ kind: 'kinetics', groupBy: 'crs_high' });
    expect(r.metrics[0].groups.map((g) => g.median)).toEqual(
      fromSamples.metrics[0].groups.map((g) => g.median),
    );
  });

  it('refuses a column with too many groups, asking for a cut-point', () => {
    expect(() => arrow.run({ kind: 'kinetics', groupBy: 'bm_pc_pct' })).toThrow(/cut-point/);
    const split = arrow.run({ kind: 'kinetics', groupBy: 'bm_pc_pct', cut: 50 });
    expect(split.groups.map((g) => g.label)).toEqual([
      'Bone-marrow plasma cells < 50',
      'Bone-marrow plasma cells ≥ 50',
    ]);
    expect(split.title).toBe('CAR-T kinetics by Bone-marrow plasma cells (split at 50)');
  });

  it('leaves out the groups asked for and compares the rest with a two-group test', () => {
    const r = arrow.run({
      kind: 'kinetics',
      groupBy: 'mrd_group',
      exclude: ['died_mrd_neg', 'lost_neg'],
    });
    expect(r.groups.map((g) => g.value)).toEqual(['persistent_pos', 'sustained_neg']);
    expect(r.nUsed).toBe(23);
    expect(r.metrics.every((m) => m.test?.short === 'Mann–Whitney')).toBe(true);
  });

  it('with all patients in one group there is no test, and the reason is given', () => {
    const r = arrow.run({ kind: 'kinetics', groupBy: null });
    expect(r.title).toBe('CAR-T kinetics, all patients');
    expect(r.metrics.every((m) => m.test === null && m.note !== null)).toBe(true);
  });

  it('names the AUC rule and the tests it used, and warns about sampling length and censoring', () => {
    const r = arrow.run({ kind: 'kinetics', groupBy: 'ada_post_pos', auc: 'lin-up-log-down' });
    expect(r.methods.join('; ')).toMatch(/linear-up\/log-down/);
    expect(r.methods.join('; ')).toMatch(/quantile type 7/);
    const caveat = (id: string) => r.metrics.find((m) => m.id === id)!.caveat;
    expect(caveat('aucLast')).toMatch(
      /Median last sample — ADA-negative: day \d+; ADA-positive: day \d+/,
    );
    expect(caveat('persistence')).toMatch(/still detectable at their last sample/);
  });

  it('refuses a table with no kinetics at all, in plain words', () => {
    const frame = new AnalysisFrame(dataTable({ patient_id: ['P1', 'P2'], crs_high: [0, 1] }));
    expect(() => kineticsAnalysis(frame, { kind: 'kinetics', groupBy: 'crs_high' })).toThrow(
      'This dataset has no CAR-T kinetics: neither pk_samples nor cmax_copies.',
    );
  });

  it('counts a patient whose samples are all below the limit (Cmax 0, no Tmax) and leaves out one without samples', () => {
    const frame = new AnalysisFrame(
      dataTable({
        patient_id: ['P1', 'P2', 'P3'],
        pk_samples: [
          [
            { day: 7, copies_per_ug: 0, below_lloq: 1 },
            { day: 28, copies_per_ug: 0, below_lloq: 1 },
          ],
          [{ day: 7, copies_per_ug: 500, below_lloq: 0 }],
          null,
        ],
        car_persist_months: [0, 0.23, null],
        car_persist_event: [1, 0, null],
      }),
    );
    const r = kineticsAnalysis(frame, { kind: 'kinetics', groupBy: null });
    expect(r.nUsed).toBe(2);
    expect(r.nTotal).toBe(3);
    expect(r.patients.map((p) => [p.id, p.cmax, p.tmax, p.auc28])).toEqual([
      ['P1', 0, null, 0],
      ['P2', 500, 7, null],
    ]);
    expect(r.patients.map((p) => p.persistenceCensored)).toEqual([false, true]);
  });
});
