import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MONTH_DAYS, DERIVED_COLUMNS, META_KEYS } from '../../../src/lib/data/columns';
import { loadDataset, type Dataset } from '../../../src/lib/data/load-dataset';
import { cohortRows, toArrow } from './fixture-cohort';
import { rowObjects } from './row-objects';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');
const read = (dir: string, f: string) => new Uint8Array(readFileSync(join(fixtures, dir, f)));
const good = (f: string) => read('good', f);

function loaded(res: ReturnType<typeof loadDataset>): Dataset {
  if (!res.ok) throw new Error(res.report.errors.map((e) => e.message).join('\n'));
  return res.dataset;
}
// numbers to 12 significant digits: text round trips (CSV, pandas) may change the last bit
const derived = (d: Dataset, skip: string[] = []) =>
  rowObjects(
    d.table,
    DERIVED_COLUMNS.map((c) => c.name).filter((n) => !skip.includes(n)),
  ).map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([k, v]) => [
        k,
        typeof v === 'number' ? Number(v.toPrecision(12)) : v,
      ]),
    ),
  );
// Without mrd_assessments an empty first-negative time reads as "never negative" (P05), with it
// as "never tested": these columns legitimately differ between the two.
const MRD_UNTESTED = [
  'mrd_ever_neg',
  'mrd_group',
  ...[12, 24, 36].flatMap((x) => [`mrd_neg_ge${x}`, `mrd_neg_at_m${x}`]),
];

describe('loadDataset', () => {
  const arrow = loaded(loadDataset(good('cohort.arrow'), 'cohort.arrow'));

  it('loads the Arrow file with its metadata', () => {
    expect(arrow.n).toBe(6);
    expect(arrow.meta).toEqual({
      formatVersion: '1',
      simulated: true,
      label: 'Fixture cohort',
      monthDays: 30.4375,
      fileName: 'cohort.arrow',
      format: 'arrow',
    });
  });

  it.each([
    ['Arrow stream', 'cohort-stream.arrows', undefined],
    [
      'CSV with long tables',
      'cohort.csv',
      { mrd: good('mrd.csv'), pk: good('pk.csv'), response: good('response.csv') },
    ],
    ['CSV without long tables', 'cohort.csv', undefined],
    ['Excel-style CSV (BOM, CRLF)', 'cohort-excel.csv', undefined],
    // written by pyarrow 25 with the docs/data-format.md snippet from cohort.csv + mrd.csv
    ['pyarrow-written Arrow file', 'pyarrow-cohort.arrow', { mrd: good('mrd.csv') }],
  ])('gives the same derived columns from the %s', (_what, file, long) => {
    const d = loaded(loadDataset(good(file), file, long));
    const skip = long?.mrd ? [] : MRD_UNTESTED;
    expect(derived(d, skip)).toEqual(derived(arrow, skip));
  });

  it('joins long CSV tables into list columns that agree with the Arrow lists', () => {
    const long = { mrd: good('mrd.csv'), pk: good('pk.csv'), response: good('response.csv') };
    const res = loadDataset(good('cohort.csv'), 'cohort.csv', long);
    const d = loaded(res);
    for (const c of ['mrd_assessments', 'pk_samples', 'response_assessments']) {
      expect(d.table.array(c)).toEqual(arrow.table.array(c));
    }
    expect(res.report.warnings.some((w) => w.rule === 'serial-disagreement')).toBe(false);
    expect(d.meta).toMatchObject({
      format: 'csv',
      simulated: true,
      label: 'cohort',
      formatVersion: null,
    });
  });

  it('validates long CSV tables on their own lines', () => {
    const mrd = new TextEncoder().encode(
      'patient_id,day,result\nP01,14,neg\nZZ9,20,neg\nP02,x,pos\n',
    );
    const res = loadDataset(good('cohort.csv'), 'cohort.csv', { mrd });
    expect(
      res.report.warnings.filter((w) => w.column === 'mrd_assessments').map((w) => w.message),
    ).toEqual([
      'mrd.csv: 1 line has a patient_id that is not in the patient table (row 2); found "ZZ9" — these lines are ignored',
      'mrd.csv: 1 line: day is empty or not a number (row 3); these lines are ignored',
    ]);
    const noResult = new TextEncoder().encode('patient_id,day\nP01,14\n');
    const bad = loadDataset(good('cohort.csv'), 'cohort.csv', { mrd: noResult });
    expect(bad.ok).toBe(false);
    expect(bad.report.errors[0].message).toBe('mrd.csv: 1 required column is missing: result');
  });

  it.each([
    ['garbage.bin', /not an Arrow or CSV file: it looks like an unknown binary file/],
    ['empty.csv', /^The file is empty\.$/],
    ['image.png', /not an Arrow or CSV file: it looks like a PNG image/],
    ['truncated.arrow', /incomplete|cannot be read/],
    ['truncated-stream.arrows', /cannot be read/],
    ['pyarrow-lz4.arrow', /^The Arrow file is compressed \(LZ4 or ZSTD\)/],
    [
      'missing-columns.csv',
      /^pfs_months: required column is missing \(pfs_event is there: progression-free survival needs both\)$/,
    ],
    ['bad-values.csv', /^pfs_months: 1 negative value \(row 2\)$/],
    ['times-in-days.csv', /^os_months: median 837 and maximum 1522 .* look like days \(/],
  ])('returns a clean error report for %s', (file, pattern) => {
    const res = loadDataset(read('bad', file), file);
    expect(res.ok).toBe(false);
    expect(res.report.errors.some((e) => pattern.test(e.message))).toBe(true);
  });

  it('lists all problems of bad-values.csv at once', () => {
    const res = loadDataset(read('bad', 'bad-values.csv'), 'bad-values.csv');
    expect(res.report.errors.map((e) => e.rule).sort()).toEqual([
      'duplicate-id',
      'negative-time',
      'not-0-1',
      'not-allowed-value',
    ]);
    expect(res.report.warnings.map((w) => w.rule)).toContain('sentinel-code');
  });

  it('never throws on random bytes or cut-off files', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const arrowBytes = good('cohort.arrow');
    for (let k = 0; k < 200; k++) {
      const n = Math.floor(rand() * 300);
      const bytes =
        k % 2 === 0
          ? Uint8Array.from({ length: n }, () => Math.floor(rand() * 256))
          : arrowBytes.subarray(0, Math.floor(rand() * arrowBytes.length));
      const res = loadDataset(bytes, k % 3 === 0 ? 'x.csv' : 'x.arrow');
      expect(typeof res.ok).toBe('boolean');
    }
    expect(readdirSync(join(fixtures, 'bad')).length).toBeGreaterThanOrEqual(7);
  });

  it('refuses the demo cohort with pfs_months and os_months in days, naming both', () => {
    const [header, ...lines] = readFileSync(join(fixtures, 'demo-cohort.csv'), 'utf8')
      .trim()
      .split('\n');
    const names = header.split(',');
    const scaled = ['pfs_months', 'os_months'].map((c) => names.indexOf(c));
    const inDays = lines.map((l) =>
      l
        .split(',')
        .map((v, j) => (scaled.includes(j) ? String(Number(v) * DEFAULT_MONTH_DAYS) : v))
        .join(','),
    );
    const csv = [header, ...inDays].join('\n');
    const res = loadDataset(new TextEncoder().encode(csv), 'demo-in-days.csv');
    expect(res.ok).toBe(false);
    const units = res.report.errors.filter((e) => e.rule === 'time-not-months');
    expect(units.map((e) => e.column)).toEqual(['pfs_months', 'os_months']);
    for (const e of units) expect(e.message).toMatch(/^(pfs|os)_months: .* look like days \(/);
  });

  it('loads times in days from an Arrow file that confirms they are months, with warnings', () => {
    // Up to 500 months (within the 600-month limit), infused long enough ago to allow it.
    const rows = cohortRows().map((r) => ({
      ...r,
      infusion_year: 1980,
      os_months: (r.os_months as number) * 10,
    }));
    const bytes = toArrow(rows, null, 'file', {
      [META_KEYS.formatVersion]: '1',
      [META_KEYS.timesInMonthsConfirmed]: 'true',
    });
    const res = loadDataset(bytes, 'long.arrow');
    expect(res.ok).toBe(true);
    expect(res.report.warnings.filter((w) => w.rule === 'time-not-months')).toMatchObject([
      { column: 'os_months', message: expect.stringMatching(/kept as months because/) },
    ]);
  });

  it('labels the dataset simulated when any row is, even without metadata', () => {
    const csv = new TextDecoder().decode(good('cohort.csv')).replace(/\n(P0[2-6]),1,/g, '\n$1,0,');
    const res = loadDataset(new TextEncoder().encode(csv), 'c.csv');
    expect(loaded(res).meta.simulated).toBe(true);
  });
});
