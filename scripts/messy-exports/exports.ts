/**
 * Messy hospital-style exports of the simulated demo cohort (tests/fixtures/demo-cohort.csv):
 * renamed and translated headers, times in days, weeks or years, events coded as words or 1/2,
 * extra columns, optional blocks left out. Each comes with the mapping a user confirms for it
 * (what the mapping step proposes, checked by tests/unit/data/mapping/messy-exports.test.ts).
 * Written by scripts/make-messy-exports.ts to tests/fixtures/messy/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsvRows } from '../../src/lib/data/parse-csv';
import { MAPPING_FORMAT, type ColumnMapping } from '../../src/lib/data/mapping/column-mapping';

export interface MessyExport {
  file: string;
  /** What the export is like, for the reader of the fixture folder. */
  about: string;
  columns: { header: string; value: (r: Record<string, string>, i: number) => string }[];
  mapping: ColumnMapping;
}

const MONTH_DAYS = 30.4375;
const num = (s: string) => (s === '' ? NaN : Number(s));
/** A time in another unit, rounded as an export would write it (days whole, others to 0.01). */
const time = (s: string, perMonth: number, digits: number) =>
  s === '' ? '' : (num(s) * perMonth).toFixed(digits);
const coded = (s: string, yes: string, no: string) => (s === '' ? '' : s === '1' ? yes : no);

export function demoRows(): Record<string, string>[] {
  const text = readFileSync(
    join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'demo-cohort.csv'),
    'utf8',
  );
  const [header, ...rows] = parseCsvRows(text).filter((r) => r.length > 1);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

const mapping = (m: Omit<ColumnMapping, 'format' | 'version'>): ColumnMapping => ({
  format: MAPPING_FORMAT,
  version: 1,
  ...m,
});

export const MESSY_EXPORTS: MessyExport[] = [
  {
    file: 'hospital-a-days.csv',
    about:
      'English headers with units in brackets, times in whole days, events as words, extra columns, no PK/MRD',
    columns: [
      { header: 'Patient ID', value: (r) => r.patient_id },
      { header: 'Site', value: (_, i) => (i % 3 === 0 ? 'North' : 'South') },
      { header: 'Age', value: (r) => r.age_years },
      { header: 'Sex', value: (r) => r.sex },
      { header: 'PFS (days)', value: (r) => time(r.pfs_months, MONTH_DAYS, 0) },
      { header: 'PFS status', value: (r) => coded(r.pfs_event, 'progressed', 'censored') },
      { header: 'OS (days)', value: (r) => time(r.os_months, MONTH_DAYS, 0) },
      { header: 'Vital status', value: (r) => coded(r.os_event, 'dead', 'alive') },
      { header: 'Notes', value: () => '' },
    ],
    mapping: mapping({
      columns: {
        patient_id: 'Patient ID',
        age_years: 'Age',
        sex: 'Sex',
        pfs_months: 'PFS (days)',
        pfs_event: 'PFS status',
        os_months: 'OS (days)',
        os_event: 'Vital status',
      },
      units: { pfs_months: 'days', os_months: 'days' },
      codes: {
        pfs_event: { progressed: 1, censored: 0 },
        os_event: { dead: 1, alive: 0 },
      },
    }),
  },
  {
    file: 'klinik-b-jahre.csv',
    about: 'German headers, PFS in months, OS in years, events ja/nein',
    columns: [
      { header: 'Patientennummer', value: (r) => r.patient_id },
      { header: 'Alter', value: (r) => r.age_years },
      { header: 'Geschlecht', value: (r) => r.sex },
      { header: 'PFS (Monate)', value: (r) => time(r.pfs_months, 1, 2) },
      { header: 'Progression', value: (r) => coded(r.pfs_event, 'ja', 'nein') },
      { header: 'Gesamtüberleben (Jahre)', value: (r) => time(r.os_months, 1 / 12, 4) },
      { header: 'Verstorben', value: (r) => coded(r.os_event, 'ja', 'nein') },
    ],
    mapping: mapping({
      columns: {
        patient_id: 'Patientennummer',
        age_years: 'Alter',
        sex: 'Geschlecht',
        pfs_months: 'PFS (Monate)',
        pfs_event: 'Progression',
        os_months: 'Gesamtüberleben (Jahre)',
        os_event: 'Verstorben',
      },
      units: { os_months: 'years' },
      codes: { pfs_event: { ja: 1, nein: 0 }, os_event: { ja: 1, nein: 0 } },
    }),
  },
  {
    file: 'hopital-c-semaines.csv',
    about: "French headers, times in weeks, PFS status 1/2 as R's Surv, death oui/non",
    columns: [
      { header: 'Numéro patient', value: (r) => r.patient_id },
      { header: 'Sexe', value: (r) => r.sex },
      {
        header: 'Survie sans progression (semaines)',
        value: (r) => time(r.pfs_months, MONTH_DAYS / 7, 3),
      },
      {
        header: 'Statut SSP',
        value: (r) => (r.pfs_event === '' ? '' : r.pfs_event === '1' ? '2' : '1'),
      },
      { header: 'Survie globale (semaines)', value: (r) => time(r.os_months, MONTH_DAYS / 7, 3) },
      { header: 'Décès', value: (r) => coded(r.os_event, 'oui', 'non') },
      { header: 'Centre', value: () => 'C' },
    ],
    mapping: mapping({
      columns: {
        patient_id: 'Numéro patient',
        sex: 'Sexe',
        pfs_months: 'Survie sans progression (semaines)',
        pfs_event: 'Statut SSP',
        os_months: 'Survie globale (semaines)',
        os_event: 'Décès',
      },
      units: { pfs_months: 'weeks', os_months: 'weeks' },
      codes: { pfs_event: { '1': 0, '2': 1 }, os_event: { oui: 1, non: 0 } },
    }),
  },
];

/** The CSV text of one export. */
export function messyCsv(e: MessyExport, rows = demoRows()): string {
  const cell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return (
    [
      e.columns.map((c) => cell(c.header)).join(','),
      ...rows.map((r, i) => e.columns.map((c) => cell(c.value(r, i))).join(',')),
    ].join('\n') + '\n'
  );
}
