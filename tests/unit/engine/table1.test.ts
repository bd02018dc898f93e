import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/lib/engine/engine';
import { TABLE1_COLUMNS } from '../../../src/lib/data/registry';
import { table1CellText } from '../../../src/lib/layout/table1-text';

const engine = createEngine();
engine.load(new Uint8Array(readFileSync('public/data/demo-cohort.arrow')), 'demo-cohort.arrow');

describe('the table1 analysis', () => {
  it('lists the registry’s baseline characteristics, by section, none of them post-baseline', () => {
    const r = engine.run({ kind: 'table1', stratifier: null });
    expect(r.rows.map((x) => x.column)).toEqual(TABLE1_COLUMNS.map((c) => c.name));
    expect(TABLE1_COLUMNS.every((c) => !c.postBaseline && !c.internal)).toBe(true);
    expect([...new Set(r.rows.map((x) => x.section))]).toEqual([
      'Demographics',
      'Disease',
      'Cytogenetics',
      'Prior therapy',
      'Treatment',
    ]);
    expect(r.groups).toEqual([]);
    expect(r.rows.every((x) => x.test === null && x.noTest === null)).toBe(true);
    expect(r.title).toBe('Baseline characteristics, all patients');
  });

  it('shows percentages as n/N of the patients with a value (del(17p): one FISH result missing)', () => {
    const r = engine.run({ kind: 'table1', stratifier: 'triple_refractory' });
    const row = r.rows.find((x) => x.column === 'del17p')!;
    expect(row.overall).toMatchObject({ n: 55, missing: 1 });
    expect(table1CellText(row.overall, 1)).toBe(
      `${row.overall.counts[1]}/55 (${((100 * row.overall.counts[1]) / 55).toFixed(1)}%)`,
    );
    row.groups.forEach((cell, k) => {
      expect(cell.n + cell.missing).toBe(r.groups[k].n);
      expect(table1CellText(cell, 1)).toMatch(new RegExp(`^${cell.counts[1]}/${cell.n} \\(`));
    });
    const iss = r.rows.find((x) => x.column === 'iss_stage')!;
    expect(iss.overall.n).toBe(54);
    expect(iss.overall.counts.reduce((s, c) => s + c, 0)).toBe(54);
  });

  it('puts the reference group first, as the survival view does, and leaves out the stratifier’s own row', () => {
    const r = engine.run({ kind: 'table1', stratifier: 'triple_refractory' });
    expect(r.groups.map((g) => g.value)).toEqual([0, 1]);
    expect(r.referenceRule).toBe('no-group');
    expect(r.rows.some((x) => x.column === 'triple_refractory')).toBe(false);
    const chosen = engine.run({
      kind: 'table1',
      stratifier: 'mrd_group',
      reference: 'sustained_neg',
    });
    expect(chosen.groups[0].value).toBe('sustained_neg');
    const survival = engine.run({ kind: 'survival', endpoint: 'os', stratifier: 'mrd_group' });
    const largest = engine.run({ kind: 'table1', stratifier: 'mrd_group' });
    expect(largest.groups.map((g) => g.value)).toEqual(survival.groups.map((g) => g.value));
  });

  it('names the test of each row: Fisher for categories, Mann–Whitney for 2 groups, Kruskal–Wallis for more', () => {
    const two = engine.run({ kind: 'table1', stratifier: 'prior_asct' });
    const four = engine.run({ kind: 'table1', stratifier: 'mrd_group' });
    const age = (r: typeof two) => r.rows.find((x) => x.column === 'age_years')!.test!;
    expect(age(two)).toMatchObject({
      method: 'mann-whitney',
      rCall: expect.stringContaining('exact = FALSE'),
    });
    expect(age(four)).toMatchObject({ method: 'kruskal-wallis', df: 3 });
    expect(four.rows.find((x) => x.column === 'isotype')!.test!.method).toBe('fisher');
  });

  it('marks a post-baseline stratifier, and an "as published" one in its title', () => {
    const r = engine.run({ kind: 'table1', stratifier: 'car_persist_ge6', asPublished: true });
    expect(r.postBaseline).toBe(true);
    expect(r.title).toBe('Baseline characteristics by CAR-T persistence ≥ 6 months (as published)');
    expect(r.groups.map((g) => g.n)).toEqual([13, 43]); // the paper's 43 vs 13, "no" group first
    expect(engine.run({ kind: 'table1', stratifier: 'car_persist_ge6' }).nGrouped).toBeLessThan(56);
    expect(engine.run({ kind: 'table1', stratifier: 'triple_refractory' }).postBaseline).toBe(
      false,
    );
  });

  it('keeps patients with an unknown group in Overall only', () => {
    const r = engine.run({ kind: 'table1', stratifier: 'high_risk_ca' });
    expect(r.nGrouped).toBe(55);
    const age = r.rows.find((x) => x.column === 'age_years')!;
    expect(age.overall.n).toBe(56);
    expect(age.groups.reduce((s, c) => s + c.n, 0)).toBe(55);
    expect(age.test!.n).toBe(55);
  });

  it('splits a numeric column at a cut-point and keeps it as a row', () => {
    const r = engine.run({ kind: 'table1', stratifier: 'bm_pc_pct', cut: 50 });
    expect(r.groups.map((g) => g.label)).toEqual([
      'Bone-marrow plasma cells < 50',
      'Bone-marrow plasma cells ≥ 50',
    ]);
    expect(r.rows.some((x) => x.column === 'bm_pc_pct')).toBe(true);
    expect(r.title).toBe('Baseline characteristics by Bone-marrow plasma cells split at 50');
  });

  it('refuses a stratifier with more than 12 groups, in plain words', () => {
    expect(() => engine.run({ kind: 'table1', stratifier: 'patient_id' })).toThrow(
      /too many groups for Table 1; split it at a cut-point/,
    );
  });
});
