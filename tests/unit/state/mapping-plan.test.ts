import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAPPING_FORMAT, type ColumnMapping } from '../../../src/lib/data/mapping/column-mapping';
import { mappingPreview } from '../../../src/lib/data/mapping/mapping-preview';
import { mappingGap, mappingTargets, previewTable } from '../../../src/lib/state/mapping-plan';
import { needsMapping } from '../../../src/lib/state/needs-mapping';

const file = join(import.meta.dirname, '..', '..', 'fixtures', 'messy', 'hospital-a-days.csv');
const preview = (() => {
  const r = mappingPreview(new Uint8Array(readFileSync(file)), 'hospital-a-days.csv');
  if (!r.ok) throw new Error(r.message);
  return r.preview;
})();
const mapping = (
  columns: Record<string, string>,
  more: Partial<ColumnMapping> = {},
): ColumnMapping => ({
  format: MAPPING_FORMAT,
  version: 1 as const,
  columns,
  units: {},
  codes: {},
  ...more,
});

describe('the mapping step’s plan', () => {
  it('asks first for the core columns, then those the file seems to have; the rest under More', () => {
    const { first, more } = mappingTargets(preview.proposal);
    expect(first.map((c) => c.name)).toEqual([
      'patient_id',
      'pfs_months',
      'pfs_event',
      'os_months',
      'os_event',
      'age_years',
      'sex',
    ]);
    expect(more.map((c) => c.name)).toContain('fu_potential_months');
    expect([...first, ...more].map((c) => c.name)).not.toContain('is_simulated');
  });

  it.each([
    [{}, 'patient pseudonyms'],
    [{ patient_id: 'Patient ID' }, 'time and the event'],
    [{ patient_id: 'Patient ID', pfs_months: 'PFS (days)' }, 'time and the event'],
    [{ patient_id: 'Patient ID', os_months: 'OS (days)', os_event: 'Vital status' }, null],
  ])('a mapping of %j still lacks: %s', (columns, says) => {
    const gap = mappingGap(mapping(columns));
    if (says === null) expect(gap).toBeNull();
    else expect(gap).toContain(says);
  });

  it('previews the first rows as the app reads them: months, 1/0, contract order', () => {
    const t = previewTable(
      preview.sample,
      mapping(
        { pfs_event: 'PFS status', pfs_months: 'PFS (days)', patient_id: 'Patient ID' },
        {
          units: { pfs_months: 'days' },
          codes: { pfs_event: { progressed: 1, censored: 0 } },
        },
      ),
    );
    expect(t.columns).toEqual(['patient_id', 'pfs_months', 'pfs_event']);
    // 1860 days ÷ 30.4375 = 61.11 months; "progressed" = 1.
    expect(t.rows[0]).toEqual(['SIM-001', (1860 / 30.4375).toFixed(2), '1']);
    expect(t.errors).toEqual([]);
  });

  it('previews a value the mapping does not list as an error naming it', () => {
    const t = previewTable(
      preview.sample,
      mapping({ pfs_event: 'PFS status' }, { codes: { pfs_event: { progressed: 1 } } }),
    );
    expect(t.errors[0].message).toContain('"censored"');
  });

  it.each([
    ['missing-required-column', true],
    ['negative-time', false],
  ])('a refused load with a %s error opens the step: %s', (rule, opens) => {
    const issue = { column: null, rule, message: '', rows: [], count: 1 };
    expect(needsMapping({ errors: [issue], warnings: [] })).toBe(opens);
  });
});
