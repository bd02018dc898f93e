import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PATIENT_COLUMNS } from '../../../src/lib/data/columns';
import { dataDictionaryCsv } from '../../../src/lib/data/data-dictionary';
import { loadDataset } from '../../../src/lib/data/load-dataset';
import { parseCsvRows } from '../../../src/lib/data/parse-csv';
import { templateCsv } from '../../../src/lib/data/template-csv';

const examples = join(import.meta.dirname, '..', '..', '..', 'docs', 'examples');

describe('the template and its data dictionary', () => {
  it('the template has every column of the registry and two rows that load without a problem', () => {
    const [header, ...rows] = parseCsvRows(templateCsv()).filter((r) => r.length > 1);
    expect(header).toEqual(PATIENT_COLUMNS.map((c) => c.name));
    expect(rows).toHaveLength(2);
    const r = loadDataset(new TextEncoder().encode(templateCsv()), 'template.csv');
    expect(r.report.errors).toEqual([]);
    expect(r.report.warnings).toEqual([]);
    expect(r.ok && r.dataset.meta.simulated).toBe(false);
  });

  it('the dictionary has one row per column, each with its meaning, allowed values and the views that need it', () => {
    const [header, ...rows] = parseCsvRows(dataDictionaryCsv()).filter((r) => r.length > 1);
    expect(header).toEqual([
      'column',
      'meaning',
      'type',
      'unit',
      'allowed values',
      'empty cell',
      'needed by',
    ]);
    expect(rows.map((r) => r[0])).toEqual(PATIENT_COLUMNS.map((c) => c.name));
    for (const row of rows) expect(row.every((cell, j) => j === 3 || cell !== '')).toBe(true);
    const sex = rows.find((r) => r[0] === 'sex')!;
    expect(sex[4]).toBe('M, F');
  });

  it.each([
    ['template.csv', templateCsv],
    ['data-dictionary.csv', dataDictionaryCsv],
  ])('docs/examples/%s is what scripts/make-templates.ts writes', (file, make) => {
    expect(readFileSync(join(examples, file), 'utf8')).toBe(make());
  });
});
