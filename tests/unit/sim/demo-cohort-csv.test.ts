import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PATIENT_COLUMNS } from '../../../src/lib/data/columns';
import { loadDataset } from '../../../src/lib/data/load-dataset';
import { loadDemoCohort, values } from './demo-cohort-file';

const read = (name: string) => new Uint8Array(readFileSync(resolve('tests/fixtures', name)));

describe('the CSV fixtures hold the same cohort as the .arrow file', () => {
  const res = loadDataset(
    read('demo-cohort.csv'),
    'demo-cohort.csv',
    {
      mrd: read('demo-mrd.csv'),
      pk: read('demo-pk.csv'),
      response: read('demo-response.csv'),
    },
    { serial: { censorRule: 'last_followup' } },
  );
  const { table: arrow } = loadDemoCohort();

  it('the patient CSV and the three long CSVs load without errors', () => {
    expect(res.ok ? [] : res.report.errors.map((e) => e.message)).toEqual([]);
  });

  it.each(PATIENT_COLUMNS.map((c) => c.name))(
    'column %s has the same values in CSV and Arrow',
    (name) => {
      if (!res.ok) throw new Error('CSV did not load');
      expect(values(res.dataset.table, name)).toEqual(values(arrow, name));
    },
  );

  it('the long CSVs carry every serial entry of the .arrow file', () => {
    if (!res.ok) throw new Error('CSV did not load');
    for (const col of ['mrd_assessments', 'pk_samples', 'response_assessments']) {
      const count = (t: typeof arrow) =>
        values(t, col).reduce((s: number, c) => s + ((c as unknown[] | null)?.length ?? 0), 0);
      expect(count(res.dataset.table)).toBe(count(arrow));
    }
  });
});
