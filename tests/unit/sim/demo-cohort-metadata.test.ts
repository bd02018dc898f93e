import { describe, expect, it } from 'vitest';
import { META_KEYS, PATIENT_COLUMNS, SERIAL_COLUMNS } from '../../../src/lib/data/columns';
import { loadDemoCohort, values } from './demo-cohort-file';

const { table, metadata } = loadDemoCohort();

describe('the demo cohort says it is simulated', () => {
  it('every row has is_simulated = 1', () => {
    expect(values(table, 'is_simulated').every((v) => v === 1)).toBe(true);
  });

  it('patient IDs are SIM-001 to SIM-056', () => {
    expect(values(table, 'patient_id')).toEqual(
      Array.from({ length: 56 }, (_, i) => `SIM-${String(i + 1).padStart(3, '0')}`),
    );
  });

  it('the schema metadata flags the dataset as simulated and not the study patients', () => {
    expect(metadata.get(META_KEYS.simulated)).toBe('true');
    expect(metadata.get(META_KEYS.formatVersion)).toBe('1');
    expect(metadata.get(META_KEYS.monthDays)).toBe('30.4375');
    expect(metadata.get(META_KEYS.label)).toBe(
      "Simulated BCMA CAR-T cohort (n = 56) — not the study's patients",
    );
  });

  it('the generator metadata records seed, targets hash, true parameters, assumptions and conflicts', () => {
    const g = JSON.parse(metadata.get(META_KEYS.generator) ?? '{}');
    expect(Number.isInteger(g.seed)).toBe(true);
    expect(g.targets_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(g.true_params.bCarLoss).toBeGreaterThan(0);
    expect(g.assumptions.length).toBeGreaterThan(5);
    expect(g.conflict_resolutions.length).toBeGreaterThan(5);
    expect(g.conventions.mrd_censor_rule).toBe('last_followup');
  });

  it('every patient column and serial column of the data contract is present', () => {
    const names = table.columnNames();
    expect(PATIENT_COLUMNS.map((c) => c.name).filter((n) => !names.includes(n))).toEqual([]);
    expect(Object.keys(SERIAL_COLUMNS).filter((n) => !names.includes(n))).toEqual([]);
  });
});
