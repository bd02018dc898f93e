import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STRATIFIER_COLUMNS } from '../../../src/lib/data/registry';
import { createEngine } from '../../../src/lib/engine/engine';
import type { ColumnInfo } from '../../../src/lib/engine/types';
import { missingStratifiers, pickerOptions } from '../../../src/lib/state/missing-stratifiers';
import { stratifierOptions } from '../../../src/lib/state/stratifier-options';

const columnsOf = (csv: string): ColumnInfo[] => {
  const e = createEngine();
  const r = e.load(new TextEncoder().encode(csv), 'x.csv');
  if (!r.ok) throw new Error(r.report.errors.map((x) => x.message).join('; '));
  return e.run({ kind: 'columns' });
};
const THREE = 'patient_id,pfs_months,pfs_event\nP01,3.2,1\nP02,10.5,0\nP03,7.1,1\n';
/** The three PFS columns plus these, with the values given per patient. */
const withColumns = (extra: Record<string, [string, string, string]>) =>
  columnsOf(
    THREE.split('\n')
      .map((line, i) =>
        i === 0
          ? [line, ...Object.keys(extra)].join(',')
          : line && [line, ...Object.values(extra).map((v) => v[i - 1])].join(','),
      )
      .join('\n'),
  );
const unavailable = (columns: ColumnInfo[]) =>
  Object.fromEntries(missingStratifiers(columns).map((o) => [o.column, o.unavailable]));

describe('stratifiers that need an absent column are listed, naming it', () => {
  it('a file with only patient_id, pfs_months and pfs_event lists every paper stratifier as unavailable', () => {
    const missing = missingStratifiers(columnsOf(THREE));
    expect(missing.map((o) => o.column)).toEqual(STRATIFIER_COLUMNS.map((c) => c.name));
    expect(missing.every((o) => o.unavailable?.startsWith('needs '))).toBe(true);
  });

  // [stratifier, what a three-column file lacks for it]
  it.each([
    ['car_persist_ge6', 'needs car_persist_months and car_persist_event'],
    ['mrd_neg_ge12', 'needs mrd_first_neg_months and mrd_neg_end_months and mrd_neg_end_status'],
    ['triple_exposed', 'needs pi_exposed and imid_exposed and mab_exposed'],
    ['high_risk_ca', 'needs fish_evaluable and del17p and t_4_14 and t_14_16'],
    ['cr_or_better', 'needs best_response'],
    ['crs_high', 'needs crs_grade'],
    ['dose_level', 'needs dose_level'],
  ])('%s in a three-column file: “%s” (the file columns it is made from)', (column, says) => {
    expect(unavailable(columnsOf(THREE))[column]).toBe(says);
  });

  it('a computed stratifier names only the columns the file still lacks', () => {
    const cols = withColumns({ car_persist_months: ['2', '8', '14'] });
    expect(unavailable(cols).car_persist_ge6).toBe('needs car_persist_event');
  });

  it('a stratifier whose columns are there but give no value says so', () => {
    // Every patient still detectable before 6 months: whether they reach 6 is unknown.
    const cols = withColumns({
      car_persist_months: ['2', '3', '4'],
      car_persist_event: ['0', '0', '0'],
    });
    expect(unavailable(cols).car_persist_ge6).toBe(
      'no patient has a value (from car_persist_months, car_persist_event)',
    );
  });

  it('the demo cohort lacks none, and nothing is listed before the columns are known', () => {
    const csv = readFileSync('tests/fixtures/demo-cohort.csv', 'utf8');
    expect(missingStratifiers(columnsOf(csv))).toEqual([]);
    expect(missingStratifiers([])).toEqual([]);
  });

  it('the picker lists groups in the registry’s order, offered stratifiers before unavailable ones', () => {
    const cols = withColumns({ prior_asct: ['0', '1', '0'], site: ['A', 'B', 'A'] });
    const listed = pickerOptions(stratifierOptions(cols), missingStratifiers(cols));
    const groups = [...new Set(listed.map((o) => o.group))];
    expect(groups).toEqual([
      'Baseline',
      'Treatment',
      'Safety',
      'Response and MRD',
      'CAR-T kinetics',
      'Other columns in your file',
    ]);
    const baseline = listed.filter((o) => o.group === 'Baseline');
    expect([baseline[0].column, baseline[0].unavailable]).toEqual(['prior_asct', undefined]);
    expect(baseline.slice(1).every((o) => o.unavailable)).toBe(true);
  });
});
