import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeTable } from '../../../src/lib/data/decode';
import { loadDataset } from '../../../src/lib/data/load-dataset';
import { patientTableProblem } from '../../../src/lib/data/patient-table-problem';
import { canMap, needsMapping } from '../../../src/lib/state/needs-mapping';

const table = (text: string) => decodeTable(new TextEncoder().encode(text), 'x.csv').table;
const file = (path: string) => readFileSync(path, 'utf8');
/** Twelve patients whose every column has twelve different values (no column of codes). */
const noCodes = [
  'id,pfs,os',
  ...Array.from({ length: 12 }, (_, i) => `P${i},${i + 0.5},${i + 1.5}`),
].join('\n');

describe('a file that is not a table of patients is refused as such', () => {
  // [what the file is, its text, what the refusal says after "The file is not a table of patients: "]
  it.each([
    [
      'a web page',
      '<!doctype html>\n<html><body>Not found</body></html>\n',
      'it looks like a web page (HTML)',
    ],
    ['an XML file', '<?xml version="1.0"?>\n<a/>\n', 'it looks like an XML file'],
    [
      'an SVG image',
      '<svg xmlns="http://www.w3.org/2000/svg"></svg>\n',
      'it looks like an SVG image',
    ],
    ['a Rich Text document', '{\\rtf1\\ansi Patients}\n', 'it looks like a Rich Text document'],
    ['JSON', '{"patients": [{"id": "P01"}]}\n', 'it looks like a JSON file'],
    ['one column', 'Notes\nfine\nfever\n', 'it has one column'],
    ['two columns', 'ID,PFS (days)\nP01,100\nP02,200\n', 'it has only 2 columns'],
    [
      'no header (numbers)',
      'P01,3.2,1\nP02,10.5,0\nP03,7.1,1\n',
      'its first row looks like data (“1”, “3.2”)',
    ],
    ['no rows', 'ID,PFS (days),PFS status\n', 'it has a first row but no rows of patients'],
    [
      'no numbers',
      'Name,City,Diagnosis\nAnna,Berlin,MM\nBen,Paris,MM\n',
      'none of its columns holds numbers only',
    ],
    ['no codes', noCodes, 'every column has more than 10 different values'],
  ])('%s', (_what, text, says) => {
    const problem = patientTableProblem(table(text));
    expect(problem).toContain(`The file is not a table of patients: ${says}`);
    expect(problem).toContain('Expected a table with one row per patient');
  });

  // Tables whose names differ from the data format: the mapping step is for them.
  it.each([
    ['tests/fixtures/messy/hospital-a-days.csv'],
    ['tests/fixtures/messy/klinik-b-jahre.csv'],
    ['tests/fixtures/messy/hopital-c-semaines.csv'],
    ['tests/fixtures/r-lung.csv'],
    ['tests/fixtures/r-heart.csv'],
    ['tests/fixtures/r-colon.csv'],
    ['tests/fixtures/demo-cohort.csv'],
  ])('%s looks like a table of patients', (path) => {
    expect(patientTableProblem(table(file(path)))).toBeNull();
  });

  it('a file that uses a name of the data format is left to the column checks, which say what is missing', () => {
    expect(patientTableProblem(table('patient_id\nP01\n'))).toBeNull();
    expect(patientTableProblem(table('patient_id,pfs_months,pfs_event\n'))).toBeNull();
  });

  it('a refusal as "not a table" neither opens the mapping step nor offers "Map columns…"', () => {
    const r = loadDataset(new TextEncoder().encode('Notes\nfine\n'), 'notes.csv');
    expect(r.ok).toBe(false);
    expect(r.report.errors.map((e) => e.rule)).toEqual(['not-a-patient-table']);
    expect(needsMapping(r.report)).toBe(false);
    expect(canMap(r.report)).toBe(false);
  });

  it('a table with other names is still refused for its missing columns, and can be mapped', () => {
    const bytes = new Uint8Array(readFileSync('tests/fixtures/messy/hospital-a-days.csv'));
    const r = loadDataset(bytes, 'hospital-a-days.csv');
    expect(needsMapping(r.report)).toBe(true);
    expect(canMap(r.report)).toBe(true);
  });
});
