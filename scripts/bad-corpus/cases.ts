/**
 * The bad-data corpus (tests/fixtures/bad/): every case with how it must end — refused with an
 * error, loaded with a warning, or loaded — and a pattern the message must match, naming the
 * problem and where it is (column, rows or line). Files made by scripts/make-fixtures.ts are
 * listed with no `make` (that script writes them); the others are written by
 * scripts/make-bad-corpus.ts. Case files stay small: the whole corpus is well under 2 MB.
 */
import * as F from '@uwdata/flechette';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { META_KEYS } from '../../src/lib/data/columns';
import { cohortRows, toArrow, toCsv, type Row } from '../../tests/unit/data/fixture-cohort';
import { editedArrow } from './arrow-edit';

export type Outcome = 'refused' | 'warning' | 'loaded';

export interface BadCase {
  file: string;
  outcome: Outcome;
  /** What the (first matching) error or warning must say; for 'loaded', a check on the table. */
  message?: RegExp;
  /** The bytes, or undefined when scripts/make-fixtures.ts writes the file. */
  make?: () => Uint8Array;
}

const root = join(import.meta.dirname, '..', '..', 'tests', 'fixtures');
const enc = (s: string) => new TextEncoder().encode(s);
const rows = (edit: (r: Row[]) => void = () => undefined): Row[] => {
  const r = cohortRows();
  edit(r);
  return r;
};
const csv = (edit?: (r: Row[]) => void) => enc(toCsv(rows(edit)));
const col = (name: string) => rows().map((r) => r[name]);
/** A column of the six fixture patients with some cells replaced (0-based index → value). */
const withCells = (name: string, cells: Record<number, unknown>) =>
  col(name).map((v, i) => (i in cells ? cells[i] : v));
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const dates = [
  '2022-01-10',
  '2021-03-02',
  '2020-08-01',
  '2020-10-15',
  '2021-06-30',
  '2023-01-05',
].map(day);
const mixed = F.union(F.UnionMode.Dense, [F.float64(), F.utf8()], [0, 1], (v: unknown) =>
  typeof v === 'number' ? 0 : 1,
);
const demoCsv = () => readFileSync(join(root, 'demo-cohort.csv'), 'utf8');
/** The demo cohort (56 patients) with one column added. */
const demoWith = (name: string, value: (i: number) => string) => {
  const lines = demoCsv().trimEnd().split('\n');
  return enc(
    [`${lines[0]},${name}`, ...lines.slice(1).map((l, i) => `${l},${value(i)}`)].join('\n') + '\n',
  );
};
const bytesOf = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...enc(p)] : p)));
const header = () => toCsv(rows()).split('\n')[0];
const lineOf = (i: number) => toCsv(rows()).split('\n')[i];

/** What every refusal of a file that is not a table of patients says after why. */
const NOT_A_TABLE = (why: string) =>
  new RegExp(
    `^The file is not a table of patients: ${why}.*Expected a table with one row per patient`,
  );

/** Files that are not tables of patients: refused as such, never opening the mapping step. */
const junk: BadCase[] = [
  {
    file: 'html-page.csv',
    outcome: 'refused',
    message: NOT_A_TABLE('it looks like a web page \\(HTML\\)'),
    make: () => enc('<!doctype html>\n<html><body>Not found</body></html>\n'),
  },
  {
    file: 'html-saved-page.csv',
    outcome: 'refused',
    message: NOT_A_TABLE('it looks like a web page \\(HTML\\)'),
    make: () =>
      enc(
        '<!DOCTYPE html><html lang="en"><head><title>Patients, PFS, OS</title></head>\n' +
          '<body><table><tr><td>P01</td><td>3.2</td><td>1</td></tr></table></body></html>\n',
      ),
  },
  {
    file: 'xml-named.csv',
    outcome: 'refused',
    message: NOT_A_TABLE('it looks like an XML file'),
    make: () => enc('<?xml version="1.0"?>\n<patients><patient id="P01" pfs="3.2"/></patients>\n'),
  },
  {
    file: 'json.csv',
    outcome: 'refused',
    message: NOT_A_TABLE('it looks like a JSON file'),
    make: () => enc('[{"patient_id": "P01", "pfs_months": 12}]\n'),
  },
  {
    file: 'png-named.csv',
    outcome: 'refused',
    message: /not an Arrow or CSV file: it looks like a PNG image/,
    make: () => bytesOf([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], 'IHDR'),
  },
  {
    file: 'pdf-named.arrow',
    outcome: 'refused',
    message: /not an Arrow or CSV file: it looks like a PDF document/,
    make: () => bytesOf('%PDF-1.4\n', [0xe2, 0xe3, 0xcf, 0xd3, 0, 1, 2]),
  },
  {
    file: 'zip-named.arrow',
    outcome: 'refused',
    message: /not an Arrow or CSV file: it looks like a ZIP archive/,
    make: () => bytesOf([0x50, 0x4b, 3, 4, 20, 0, 0, 0, 8, 0], 'word/document.xml'),
  },
  {
    file: 'one-column.csv',
    outcome: 'refused',
    message: NOT_A_TABLE('it has one column'),
    make: () => enc('Notes\nfirst visit fine\nsecond visit: fever\nthird visit fine\n'),
  },
  {
    file: 'two-columns.csv',
    outcome: 'refused',
    message: NOT_A_TABLE('it has only 2 columns'),
    make: () => enc('Patient ID,PFS (days)\nP01,100\nP02,240\nP03,35\n'),
  },
  {
    file: 'letter.txt',
    outcome: 'refused',
    message: NOT_A_TABLE('it has only 2 columns'),
    make: () =>
      enc('Dear colleague,\nplease find the data attached, as discussed.\nBest regards,\nDr X\n'),
  },
  {
    file: 'no-header.csv',
    outcome: 'refused',
    message: NOT_A_TABLE('its first row looks like data \\(“1860”, “2109”, “M”\\)'),
    make: () =>
      enc(
        'SIM-001,M,1860,progressed,2109,alive\nSIM-002,F,2047,censored,2047,alive\n' +
          'SIM-003,M,912,progressed,1500,dead\nSIM-004,F,300,censored,300,alive\n',
      ),
  },
  {
    file: 'no-numbers.csv',
    outcome: 'refused',
    message: NOT_A_TABLE('none of its columns holds numbers only'),
    make: () =>
      enc('Name,City,Diagnosis\nAnna,Berlin,myeloma\nBen,Paris,myeloma\nCarl,Rome,MGUS\n'),
  },
  {
    file: 'names-only.csv',
    outcome: 'refused',
    message: NOT_A_TABLE('it has a first row but no rows of patients under it'),
    make: () => enc('Patient ID,PFS (days),PFS status\n'),
  },
];

const made: BadCase[] = [
  // Made by scripts/make-fixtures.ts (extended here, not duplicated).
  {
    file: 'garbage.bin',
    outcome: 'refused',
    message: /not an Arrow or CSV file: .*unknown binary file \(it starts with the bytes/,
  },
  { file: 'empty.csv', outcome: 'refused', message: /^The file is empty\.$/ },
  {
    file: 'image.png',
    outcome: 'refused',
    message: /not an Arrow or CSV file: it looks like a PNG image/,
  },
  { file: 'truncated.arrow', outcome: 'refused', message: /Arrow file is incomplete/ },
  { file: 'truncated-stream.arrows', outcome: 'refused', message: /cannot be read/ },
  { file: 'pyarrow-lz4.arrow', outcome: 'refused', message: /compressed \(LZ4 or ZSTD\)/ },
  {
    file: 'bad-values.csv',
    outcome: 'refused',
    message: /^pfs_months: 1 negative value \(row 2\)$/,
  },
  {
    file: 'missing-columns.csv',
    outcome: 'refused',
    message:
      /^pfs_months: required column is missing \(pfs_event is there: progression-free survival needs both\)$/,
  },
  {
    file: 'times-in-days.csv',
    outcome: 'refused',
    message: /^os_months: median 837 .* look like days/,
  },
];

const DATE_TODO = /convert dates to months since infusion/;
const arrowTypes: BadCase[] = [
  ...(['pfs_months', 'os_months', 'mrd_neg_end_months', 'car_persist_months'] as const).map(
    (name): BadCase => ({
      file: `date-${name}.arrow`,
      outcome: 'refused',
      message: new RegExp(`^${name}: the column holds dates .*Arrow Date.*${DATE_TODO.source}`),
      make: () => editedArrow(rows(), { set: { [name]: [dates, F.dateDay()] } }),
    }),
  ),
  {
    file: 'date-ms-pfs_months.arrows',
    outcome: 'refused',
    message: /^pfs_months: the column holds dates .*Arrow Date.*convert dates to months/,
    make: () =>
      editedArrow(rows(), { set: { pfs_months: [dates, F.dateMillisecond()] }, format: 'stream' }),
  },
  {
    file: 'timestamp-os_months.arrow',
    outcome: 'refused',
    message: /^os_months: .*Arrow Timestamp.*convert dates to months since infusion/,
    make: () =>
      editedArrow(rows(), { set: { os_months: [dates, F.timestamp(F.TimeUnit.MILLISECOND)] } }),
  },
  {
    file: 'timestamp-extra-column.arrow',
    outcome: 'refused',
    message: /^visit_date: .*Arrow Timestamp.*convert it to a number/,
    make: () =>
      editedArrow(rows(), { set: { visit_date: [dates, F.timestamp(F.TimeUnit.MICROSECOND)] } }),
  },
  {
    file: 'date-infusion_year.arrow',
    outcome: 'refused',
    message: /^infusion_year: .*Arrow Date.*whole number/,
    make: () => editedArrow(rows(), { set: { infusion_year: [dates, F.dateDay()] } }),
  },
  {
    file: 'duration-pfs_months.arrow',
    outcome: 'refused',
    message: /^pfs_months: .*Arrow Duration.*convert dates to months/,
    make: () =>
      editedArrow(rows(), {
        set: {
          pfs_months: [
            col('pfs_months').map((m) => BigInt(Math.round((m as number) * 2.6e9))),
            F.duration(F.TimeUnit.MILLISECOND),
          ],
        },
      }),
  },
  {
    file: 'dictionary-of-dates.arrow',
    outcome: 'refused',
    message: /^os_months: .*Arrow Dictionary of Date/,
    make: () => editedArrow(rows(), { set: { os_months: [dates, F.dictionary(F.dateDay())] } }),
  },
  {
    file: 'union-extra-column.arrow',
    outcome: 'refused',
    message: /^site: the column mixes value types \(Arrow Union of Float and Utf8\)/,
    make: () => editedArrow(rows(), { set: { site: [[1, '1', 2, '2', 1, '1'], mixed] } }),
  },
  {
    file: 'union-pfs_months.arrow',
    outcome: 'refused',
    message: /^pfs_months: the column mixes value types/,
    make: () =>
      editedArrow(rows(), { set: { pfs_months: [withCells('pfs_months', { 2: '8' }), mixed] } }),
  },
  {
    file: 'union-sex.arrows',
    outcome: 'refused',
    message: /^sex: the column mixes value types/,
    make: () =>
      editedArrow(rows(), { set: { sex: [withCells('sex', { 0: 1 }), mixed] }, format: 'stream' }),
  },
  {
    file: 'dictionary-of-mixed-types.arrow',
    outcome: 'refused',
    message: /cannot be read|^site: .*dictionary/,
    make: () =>
      editedArrow(rows(), { set: { site: [[1, '1', 2, '2', 1, '1'], F.dictionary(mixed)] } }),
  },
  {
    file: 'dictionary-of-binary.arrow',
    outcome: 'refused',
    message: /^site: the column is a dictionary of Binary values/,
    make: () =>
      editedArrow(rows(), {
        set: { site: [[0, 1, 0, 1, 0, 1].map((b) => Uint8Array.of(b)), F.dictionary(F.binary())] },
      }),
  },
  {
    file: 'duplicate-field-pfs_months.arrow',
    outcome: 'refused',
    message: /^pfs_months: the column name appears 2 times in the Arrow file/,
    make: () => editedArrow(rows(), { repeat: ['pfs_months'] }),
  },
  {
    file: 'duplicate-field-three-times.arrow',
    outcome: 'refused',
    message: /^sex: the column name appears 3 times/,
    make: () => editedArrow(rows(), { repeat: ['sex', 'sex'] }),
  },
];

const nonFinite: BadCase[] = [
  {
    file: 'plus-infinity-pfs_months.arrow',
    outcome: 'refused',
    message: /^pfs_months: 1 value is infinite \(\+Infinity\) \(row 3\)/,
    make: () =>
      editedArrow(rows(), {
        set: { pfs_months: [withCells('pfs_months', { 2: Infinity }), F.float64()] },
      }),
  },
  {
    file: 'minus-infinity-os_months.arrow',
    outcome: 'refused',
    message: /^os_months: 1 value is infinite \(−Infinity\) \(row 4\)/,
    make: () =>
      editedArrow(rows(), {
        set: { os_months: [withCells('os_months', { 3: -Infinity }), F.float64()] },
      }),
  },
  {
    file: 'plus-and-minus-infinity.arrow',
    outcome: 'refused',
    message: /^pfs_months: 2 values are infinite \(\+Infinity, −Infinity\) \(rows 1, 5\)/,
    make: () =>
      editedArrow(rows(), {
        set: { pfs_months: [withCells('pfs_months', { 0: Infinity, 4: -Infinity }), F.float64()] },
      }),
  },
  {
    file: 'nan-pfs_months.arrow',
    outcome: 'refused',
    message: /^pfs_months: 1 value is NaN \(not a number\) \(row 2\)/,
    make: () =>
      editedArrow(rows(), {
        set: { pfs_months: [withCells('pfs_months', { 1: NaN }), F.float64()] },
      }),
  },
  {
    file: 'nan-age_years.arrow',
    outcome: 'refused',
    message: /^age_years: 1 value is NaN .*\(row 6\)/,
    make: () =>
      editedArrow(rows(), {
        set: { age_years: [withCells('age_years', { 5: NaN }), F.float64()] },
      }),
  },
  {
    file: 'infinity-extra-column.arrow',
    outcome: 'refused',
    message: /^ldh_units: 1 value is infinite \(\+Infinity\) \(row 2\)/,
    make: () =>
      editedArrow(rows(), {
        set: { ldh_units: [[200, Infinity, 180, 300, 250, 190], F.float64()] },
      }),
  },
  {
    file: 'infinity-cmax_copies.arrow',
    outcome: 'refused',
    message: /^cmax_copies: 1 value is infinite .*\(row 1\)/,
    make: () =>
      editedArrow(rows(), {
        set: { cmax_copies: [withCells('cmax_copies', { 0: Infinity }), F.float64()] },
      }),
  },
  {
    file: 'overflow-1e999.csv',
    outcome: 'refused',
    message: /^os_months: 1 value is infinite \(\+Infinity\) \(row 2\)/,
    make: () => csv((r) => (r[1].os_months = '1e999')),
  },
  {
    file: 'infinity-text.csv',
    outcome: 'refused',
    message: /^pfs_months: 1 value is not numbers \(row 3\); found "Inf"/,
    make: () => csv((r) => (r[2].pfs_months = 'Inf')),
  },
];

const absurd: BadCase[] = [
  {
    file: 'time-2-pow-62.arrow',
    outcome: 'refused',
    message: /^pfs_months: 1 time is longer than 600 months .*\(row 1\)/,
    make: () =>
      editedArrow(rows(), {
        set: { pfs_months: [withCells('pfs_months', { 0: 2 ** 62 }), F.float64()] },
      }),
  },
  {
    file: 'time-601-months.csv',
    outcome: 'refused',
    message: /^os_months: 1 time is longer than 600 months .*\(row 6\)/,
    make: () => csv((r) => Object.assign(r[5], { os_months: 601, infusion_year: 1950 })),
  },
  {
    file: 'time-601-confirmed.arrow',
    outcome: 'refused',
    message: /^mrd_neg_end_months: 1 time is longer than 600 months .*\(row 1\)/,
    make: () =>
      editedArrow(rows(), {
        set: { mrd_neg_end_months: [withCells('mrd_neg_end_months', { 0: 700 }), F.float64()] },
        metadata: { [META_KEYS.timesInMonthsConfirmed]: 'true' },
      }),
  },
  {
    file: 'follow-up-past-next-year.csv',
    outcome: 'refused',
    message:
      /^os_months: 1 time runs past \d{4} \(infusion year \+ time\) \(row 2\).*480 months after an infusion in 2024/,
    make: () => csv((r) => Object.assign(r[1], { infusion_year: 2024, os_months: 480 })),
  },
  {
    file: 'follow-up-past-data-cutoff.arrow',
    outcome: 'refused',
    message: /^pfs_months: 2 times run past 2021 .*\(rows 1, 6\).*data cut-off 2020-06-01/,
    make: () => editedArrow(rows(), { metadata: { 'cart_explorer.data_cutoff': '2020-06-01' } }),
  },
  {
    file: 'infusion-year-in-future.csv',
    outcome: 'refused',
    message: /^pfs_months: 6 times run past \d{4}/,
    make: () => csv((r) => r.forEach((x) => (x.infusion_year = 2090))),
  },
];

const kinds: BadCase[] = [
  {
    file: 'arrow-file-named.csv',
    outcome: 'loaded',
    make: () => toArrow(rows(), null, 'file'),
  },
  {
    file: 'arrow-stream-named.txt',
    outcome: 'loaded',
    make: () => toArrow(rows(), null, 'stream'),
  },
  { file: 'csv-named.arrow', outcome: 'loaded', make: () => csv() },
  {
    file: 'zip-named.csv',
    outcome: 'refused',
    message: /it looks like a ZIP archive/,
    make: () => bytesOf([0x50, 0x4b, 3, 4, 20, 0, 0, 0, 8, 0], 'xl/workbook.xml'),
  },
  {
    file: 'pdf-named.csv',
    outcome: 'refused',
    message: /it looks like a PDF document/,
    make: () => bytesOf('%PDF-1.7\n', [0xe2, 0xe3, 0xcf, 0xd3, 0, 1, 2]),
  },
  {
    file: 'parquet-named.arrow',
    outcome: 'refused',
    message: /it looks like a Parquet file/,
    make: () => bytesOf('PAR1', [0x15, 0, 0x15, 0x1c, 0, 0, 0, 0], 'PAR1'),
  },
  {
    file: 'gzip.csv.gz',
    outcome: 'refused',
    message: /it looks like a gzip-compressed file/,
    make: () => bytesOf([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0, 0]),
  },
  {
    file: 'excel-97.xls',
    outcome: 'refused',
    message: /old Microsoft Office file/,
    make: () => bytesOf([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
  },
  {
    file: 'jpeg-named.arrow',
    outcome: 'refused',
    message: /it looks like a JPEG image/,
    make: () => bytesOf([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF', [0, 1, 0]),
  },
  {
    file: 'feather-v1.feather',
    outcome: 'refused',
    message: /Feather version 1/,
    make: () => bytesOf('FEA1', [0, 0, 0, 0, 1, 2, 3, 4]),
  },
  {
    file: 'utf16.csv',
    outcome: 'refused',
    message: /UTF-16 text file \(save the CSV as UTF-8\)/,
    make: () => Uint8Array.from([0xff, 0xfe, ...Buffer.from(toCsv(rows()), 'utf16le')]),
  },
  {
    file: 'nul-inside.csv',
    outcome: 'refused',
    message: /unknown binary file/,
    make: () => bytesOf(`${header()}\n`, [0, 0, 0], 'x\n'),
  },
  {
    file: 'arrow-magic-only.arrow',
    outcome: 'refused',
    message: /starts like an Arrow file but cannot be read/,
    make: () => enc('ARROW1'),
  },
  {
    file: 'stream-marker-then-garbage.arrows',
    outcome: 'refused',
    message: /^The Arrow file has no columns/,
    make: () => bytesOf([255, 255, 255, 255, 8, 0, 0, 0], 'garbage!'),
  },
  ...junk,
  {
    file: 'only-whitespace.csv',
    outcome: 'refused',
    message: /^The file is empty\.$/,
    make: () => enc('  \r\n\n\t\n'),
  },
  {
    file: 'bom-only.csv',
    outcome: 'refused',
    message: /^The file is empty\.$/,
    make: () => enc('\uFEFF'),
  },
  {
    file: 'header-only.csv',
    outcome: 'refused',
    message: /^The table has no patient rows\.$/,
    make: () => enc(`${header()}\n`),
  },
  {
    file: 'no-rows.arrow',
    outcome: 'refused',
    message: /^The table has no patient rows\.$/,
    make: () =>
      F.tableToIPC(
        F.tableFromArrays(
          { patient_id: [], pfs_months: [] },
          { types: { patient_id: F.utf8(), pfs_months: F.float64() } },
        ),
        { format: 'file' },
      ) as Uint8Array,
  },
];

const quotes: BadCase[] = [
  {
    file: 'unclosed-quote-line-3.csv',
    outcome: 'refused',
    message:
      /^The CSV has a quote \("\) opened on line 3 that is never closed, so lines 3–7 were read as one cell/,
    make: () => csv((r) => (r[1].trial_id = '"ChiCTR1800018137')),
  },
  {
    file: 'unclosed-quote-header.csv',
    outcome: 'refused',
    message: /opened on line 1 that is never closed/,
    make: () => enc(toCsv(rows()).replace('trial_id', '"trial_id')),
  },
  {
    file: 'unclosed-quote-last-line.csv',
    outcome: 'refused',
    message: /opened on line 7 that is never closed, so lines 7–7/,
    make: () => csv((r) => (r[5].trial_id = '"x')),
  },
  {
    file: 'unclosed-quote-crlf.csv',
    outcome: 'refused',
    message: /opened on line 4 that is never closed/,
    make: () =>
      enc(
        toCsv(
          rows((r) => (r[2].sex = '"M')),
          '\r\n',
        ),
      ),
  },
  {
    file: 'quoted-newline-ok.csv',
    outcome: 'loaded',
    make: () => enc(toCsv(rows()).replace('ChiCTR1800018137', '"ChiCTR\n1800018137"')),
  },
];

const RESERVED = [
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'prototype',
  '__defineGetter__',
  'isPrototypeOf',
];
const names: BadCase[] = [
  {
    file: 'proto-column.csv',
    outcome: 'warning',
    message: /extra column is not part of the data format: __proto__\./,
    make: () =>
      csv((r) =>
        r.forEach((x, i) =>
          Object.defineProperty(x, '__proto__', { value: i % 2, enumerable: true }),
        ),
      ),
  },
  {
    file: 'reserved-names.csv',
    outcome: 'warning',
    message: new RegExp(`extra columns are not part of the data format: ${RESERVED.join(', ')}\\.`),
    make: () =>
      csv((r) =>
        r.forEach((x, i) =>
          RESERVED.forEach((n, k) =>
            Object.defineProperty(x, n, { value: (i + k) % 2 === 0 ? 'A' : 'B', enumerable: true }),
          ),
        ),
      ),
  },
  {
    file: 'proto-column.arrow',
    outcome: 'warning',
    message: /extra columns are not part of the data format: __proto__, constructor\./,
    make: () =>
      editedArrow(rows(), {
        set: {
          ['__proto__']: [['a', 'b', 'a', 'b', 'a', 'b'], F.utf8()],
          constructor: [[1, 0, 1, 0, 1, 0], F.int32()] as [unknown[], F.DataType],
        },
      }),
  },
  {
    file: 'proto-values.csv',
    outcome: 'warning',
    message: /extra column is not part of the data format: group\./,
    make: () =>
      csv((r) => r.forEach((x, i) => (x.group = ['__proto__', 'constructor', 'toString'][i % 3]))),
  },
  {
    file: 'number-and-text-values.csv',
    outcome: 'warning',
    message: /extra column is not part of the data format: site\./,
    make: () =>
      csv((r) => r.forEach((x, i) => (x.site = ['1', '"1"', '1.0', 'one', '01', '1'][i]))),
  },
];

const limits: BadCase[] = [
  {
    file: 'too-many-columns.csv',
    outcome: 'refused',
    message: /^The table has 501 columns, more than the 500/,
    make: () =>
      enc(
        Array.from({ length: 2 }, (_, r) =>
          Array.from({ length: 501 }, (_, i) => (r === 0 ? `c${i}` : '1')).join(','),
        ).join('\n'),
      ),
  },
  {
    file: 'too-many-columns.arrow',
    outcome: 'refused',
    message: /^The table has 505 columns, more than the 500/,
    make: () =>
      editedArrow(rows(), {
        set: Object.fromEntries(
          Array.from({ length: 450 }, (_, i) => [`extra_${i}`, [[0, 1, 0, 1, 0, 1], F.int8()]]),
        ),
      }),
  },
  {
    file: 'too-many-levels.csv',
    outcome: 'warning',
    message:
      /^comment: more than 50 different values, so it is kept but not offered as a stratifier/,
    make: () => demoWith('comment', (i) => `note ${i}`),
  },
];

const values: BadCase[] = [
  {
    file: 'negative-time.csv',
    outcome: 'refused',
    message: /^os_months: 1 negative value \(row 4\)$/,
    make: () => csv((r) => (r[3].os_months = -1)),
  },
  {
    file: 'event-2.csv',
    outcome: 'refused',
    message: /^os_event: 1 value is not 0 or 1 \(row 5\)/,
    make: () => csv((r) => (r[4].os_event = 2)),
  },
  {
    file: 'duplicate-id.csv',
    outcome: 'refused',
    message: /^patient_id: 1 repeated ID \(row 6\)/,
    make: () => csv((r) => (r[5].patient_id = 'P01')),
  },
  {
    file: 'decimal-comma.csv',
    outcome: 'refused',
    message: /^pfs_months: 6 values are not numbers .*found "40,0"|^pfs_months: .*not numbers/,
    make: () =>
      enc(
        toCsv(rows())
          .replace(/,/g, ';')
          .replace(/;(\d+)\.(\d+)/g, ';$1,$2')
          .replace(/;40;/, ';"40,0";'),
      ),
  },
  {
    file: 'units-in-cells.csv',
    outcome: 'refused',
    message:
      /^pfs_months: 1 value is not numbers?.*"14 months"|^pfs_months: 1 value is not a number/,
    make: () => csv((r) => (r[1].pfs_months = '14 months')),
  },
  {
    file: 'missing-code-999.csv',
    outcome: 'warning',
    message: /^age_years: 1 value looks like a missing-value code \(999\)/,
    make: () => csv((r) => (r[0].age_years = 999)),
  },
  {
    file: 'ragged-lines.csv',
    outcome: 'warning',
    message: /^1 line with a different number of cells than the header \(row 3\)/,
    make: () => enc(toCsv(rows()).replace(lineOf(3), `${lineOf(3)},extra`)),
  },
  {
    file: 'duplicate-header.csv',
    outcome: 'warning',
    message: /^site: the column name appears twice/,
    make: () =>
      enc(
        toCsv(rows((r) => r.forEach((x) => (x.site = 'A'))))
          .replace(/^(.*)\n/, '$1,site\n')
          .replace(/\n(P0\d.*)/g, '\n$1,B'),
      ),
  },
  {
    file: 'windows-1252.csv',
    outcome: 'warning',
    message: /extra column is not part of the data format: centre\./,
    make: () =>
      Uint8Array.from([
        ...enc(`${header()},centre\n`),
        ...rows().flatMap((_, i) => [
          ...enc(`${lineOf(i + 1)},`),
          0x4d,
          0xfc,
          0x6e,
          0x63,
          0x68,
          0x65,
          0x6e,
          0x0a,
        ]),
      ]),
  },
];

/** Every case of the corpus, in the order of docs/security.md ("Limits and bad data"). */
export const BAD_CASES: BadCase[] = [
  ...made,
  ...arrowTypes,
  ...nonFinite,
  ...absurd,
  ...kinds,
  ...quotes,
  ...names,
  ...limits,
  ...values,
];
