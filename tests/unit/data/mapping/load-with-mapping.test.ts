import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset, type LoadResult } from '../../../../src/lib/data/load-dataset';
import {
  MAPPING_FORMAT,
  type ColumnMapping,
} from '../../../../src/lib/data/mapping/column-mapping';
import { mappingPreview } from '../../../../src/lib/data/mapping/mapping-preview';
import { mappingFrom } from '../../../../src/lib/data/mapping/propose-mapping';
import { parseMapping } from '../../../../src/lib/data/mapping/column-mapping';
import { rowObjects } from '../row-objects';

const fixtures = join(import.meta.dirname, '..', '..', '..', 'fixtures');
const demoCsv = readFileSync(join(fixtures, 'demo-cohort.csv'), 'utf8');
const bytes = (text: string) => new TextEncoder().encode(text);
const NOW = new Date('2026-06-01');

/** The demo cohort as another site would export it: own headers, PFS in days, events as words. */
function renamed(): string {
  const [header, ...rows] = demoCsv.trimEnd().split('\n');
  const names = header.split(',');
  const pfs = names.indexOf('pfs_months');
  const ev = names.indexOf('pfs_event');
  const id = names.indexOf('patient_id');
  const out = rows.map((line) => {
    const cells = line.split(',');
    cells[pfs] = String(Number(cells[pfs]) * 30.4375);
    cells[ev] = cells[ev] === '1' ? 'progressed' : cells[ev] === '0' ? 'censored' : cells[ev];
    cells[id] = cells[id].replace('SIM-', '00');
    return cells.join(',');
  });
  names[pfs] = 'PFS (days)';
  names[ev] = 'PFS status';
  names[id] = 'Patient ID';
  return [names.join(','), ...out].join('\n') + '\n';
}

const MAPPING: ColumnMapping = {
  format: MAPPING_FORMAT,
  version: 1,
  columns: { patient_id: 'Patient ID', pfs_months: 'PFS (days)', pfs_event: 'PFS status' },
  units: { pfs_months: 'days' },
  codes: { pfs_event: { progressed: 1, censored: 0 } },
};

const ok = (r: LoadResult) => {
  if (!r.ok) throw new Error(r.report.errors.map((e) => e.message).join('\n'));
  return r.dataset;
};

describe('loadDataset with a column mapping', () => {
  it('reads a renamed export, with days and words, as the same table as the contract file', () => {
    const want = ok(loadDataset(bytes(demoCsv), 'demo-cohort.csv', undefined, { now: NOW }));
    const got = ok(
      loadDataset(bytes(renamed()), 'site.csv', undefined, { now: NOW, mapping: MAPPING }),
    );
    expect(got.n).toBe(want.n);
    const a = rowObjects(got.table, ['pfs_months', 'pfs_event', 'os_months', 'sex']);
    const b = rowObjects(want.table, ['pfs_months', 'pfs_event', 'os_months', 'sex']);
    a.forEach((row, i) => {
      expect(row.pfs_months as number).toBeCloseTo(b[i].pfs_months as number, 9);
      expect(row.pfs_event).toBe(b[i].pfs_event);
      expect(row.os_months).toBe(b[i].os_months);
      expect(row.sex).toBe(b[i].sex);
    });
  });

  it('keeps a renamed patient_id as text, so "001" is not read as the number 1', () => {
    const d = ok(
      loadDataset(bytes(renamed()), 'site.csv', undefined, { now: NOW, mapping: MAPPING }),
    );
    expect(Array.from(d.table.array('patient_id')).slice(0, 2)).toEqual(['00001', '00002']);
  });

  it('refuses an event value the mapping does not list, naming the column and the value', () => {
    const mapping = { ...MAPPING, codes: { pfs_event: { progressed: 1 as const } } };
    const r = loadDataset(bytes(renamed()), 'site.csv', undefined, { now: NOW, mapping });
    expect(r.ok).toBe(false);
    const issue = r.report.errors.find((e) => e.rule === 'mapped-code-unknown');
    expect(issue?.column).toBe('pfs_event');
    expect(issue?.message).toContain('"censored"');
  });

  it('says which mapped column the file lacks', () => {
    const mapping = { ...MAPPING, columns: { ...MAPPING.columns, pfs_months: 'PFS_d' } };
    const r = loadDataset(bytes(renamed()), 'site.csv', undefined, { now: NOW, mapping });
    expect(r.report.errors.map((e) => e.message)).toContain(
      'pfs_months: the mapping reads it from “PFS_d”, which this file does not have.',
    );
  });
});

describe('mappingPreview', () => {
  const messy = join(fixtures, 'messy', 'hospital-a-days.csv');
  const saved = parseMapping(readFileSync(messy.replace('.csv', '.mapping.json'), 'utf8'));

  it('gives the file columns, its size, the first five rows as text and the proposal the saved mapping equals', () => {
    const r = mappingPreview(new Uint8Array(readFileSync(messy)), 'hospital-a-days.csv');
    if (!r.ok) throw new Error(r.message);
    const { preview } = r;
    expect(preview.columns[0]).toBe('Patient ID');
    expect(preview.n).toBe(56);
    expect(preview.sample['Patient ID']).toEqual([
      'SIM-001',
      'SIM-002',
      'SIM-003',
      'SIM-004',
      'SIM-005',
    ]);
    expect(preview.sample['PFS (days)'][0]).toBe('1860');
    const p = preview.proposal;
    const chosen = Object.fromEntries(p.columns.map((c) => [c.column, c.candidate]));
    const units = Object.fromEntries(Object.entries(p.units).map(([k, g]) => [k, g.unit]));
    expect(saved.ok && mappingFrom(chosen, units, p.codes)).toEqual(saved.ok && saved.mapping);
  });

  it.each([
    ['an empty file', '', 'The file is empty.'],
    ['a binary file', '\u0000\u0001PNG', 'not an Arrow or CSV file'],
  ])('refuses %s with the reader’s message', (_, text, says) => {
    const r = mappingPreview(bytes(text), 'x.csv');
    expect(!r.ok && r.message).toContain(says);
  });
});
