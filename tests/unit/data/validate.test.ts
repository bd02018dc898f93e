import { from, table as aqTable } from 'arquero';
import { describe, expect, it } from 'vitest';
import { validateTable } from '../../../src/lib/data/validate';
import { cohortRows, cohortSerial, type Row } from './fixture-cohort';

const META = new Map([
  ['cart_explorer.format_version', '1'],
  ['cart_explorer.simulated', 'true'],
]);

function rowsWith(edit: (rows: Row[]) => void): Row[] {
  const rows = cohortRows();
  edit(rows);
  return rows;
}
const drop = (name: string) => (rows: Row[]) => rows.forEach((r) => delete r[name]);
const set = (i: number, patch: Row) => (rows: Row[]) => Object.assign(rows[i], patch);

describe('validateTable', () => {
  it('passes the fixture cohort without errors', () => {
    const report = validateTable(from(cohortRows()), META);
    expect(report.errors).toEqual([]);
    expect(report.warnings.map((w) => w.rule).sort()).toEqual([
      'missing-values',
      'missing-values',
      'missing-values',
      'missing-values',
      'missing-values',
    ]);
  });

  // [what, edit, severity, rule, column, exact message pattern]
  it.each<[string, (rows: Row[]) => void, 'errors' | 'warnings', string, string | null, RegExp]>([
    [
      'missing required column',
      drop('pfs_months'),
      'errors',
      'missing-required-column',
      'pfs_months',
      /^pfs_months: required column is missing \(pfs_event is there: progression-free survival needs both\)$/,
    ],
    [
      'miscased column name',
      (r) =>
        r.forEach((x) => {
          x.PFS_months = x.pfs_months;
          delete x.pfs_months;
        }),
      'errors',
      'missing-required-column',
      'pfs_months',
      /found "PFS_months" — column names are lower-case/,
    ],
    [
      'missing recommended column',
      drop('ecog'),
      'warnings',
      'missing-recommended-column',
      'ecog',
      /^ecog: recommended column is missing; analyses that need it are unavailable$/,
    ],
    [
      'negative times',
      (r) => {
        r[1].pfs_months = -1;
        r[3].pfs_months = -0.5;
      },
      'errors',
      'negative-time',
      'pfs_months',
      /^pfs_months: 2 negative values \(rows 2, 4\)$/,
    ],
    [
      'text in a numeric column',
      set(2, { bm_pc_pct: 'high' }),
      'errors',
      'not-a-number',
      'bm_pc_pct',
      /^bm_pc_pct: 1 value is not numbers \(row 3\); found "high"$/,
    ],
    [
      'non-0/1 in an event column',
      set(0, { os_event: 2 }),
      'errors',
      'not-0-1',
      'os_event',
      /^os_event: 1 value is not 0 or 1 \(row 1\); found 2$/,
    ],
    [
      'a missing-value code in a 0/1 column',
      set(4, { prior_asct: 99 }),
      'errors',
      'not-0-1',
      'prior_asct',
      /found 99 — this looks like a missing-value code; missing values must be an empty cell or NA/,
    ],
    [
      'duplicate patient_id',
      set(5, { patient_id: 'P02' }),
      'errors',
      'duplicate-id',
      'patient_id',
      /^patient_id: 1 repeated ID \(row 6\); found "P02" — the table must have one row per patient$/,
    ],
    [
      'empty value where never missing',
      set(2, { pfs_event: null }),
      'errors',
      'missing-not-allowed',
      'pfs_event',
      /^pfs_event: 1 empty value \(row 3\), but this column may never be empty$/,
    ],
    [
      'enum value not allowed in a required column',
      set(0, { sex: 'male' }),
      'errors',
      'not-allowed-value',
      'sex',
      /^sex: 1 value is not one of M, F \(row 1\); found "male"$/,
    ],
    [
      'enum value not allowed in a recommended column',
      set(0, { ds_stage: 'IV' }),
      'warnings',
      'not-allowed-value',
      'ds_stage',
      /found "IV" — these are treated as missing$/,
    ],
    [
      'status code outside 0/1/2',
      set(0, { mrd_neg_end_status: 3 }),
      'errors',
      'not-allowed-value',
      'mrd_neg_end_status',
      /^mrd_neg_end_status: 1 value is not one of 0, 1, 2 \(row 1\); found 3$/,
    ],
    [
      'empty values in a required column',
      set(1, { iss_stage: null }),
      'warnings',
      'missing-values',
      'iss_stage',
      /^iss_stage: 1 empty value \(row 2\); analyses that use iss_stage leave these patients out$/,
    ],
    [
      'out-of-range age',
      set(1, { age_years: 12 }),
      'warnings',
      'out-of-range',
      'age_years',
      /^age_years: 1 value outside 18–90 years \(row 2\); found 12$/,
    ],
    [
      'sentinel age',
      (r) => {
        r[0].age_years = 99;
        r[2].age_years = 99;
      },
      'warnings',
      'sentinel-code',
      'age_years',
      /^age_years: 2 values look like a missing-value code \(99\) \(rows 1, 3\)/,
    ],
    [
      'sentinel 0 in a column starting at 1',
      set(0, { prior_lines: 0 }),
      'warnings',
      'sentinel-code',
      'prior_lines',
      /prior_lines: 1 value looks like a missing-value code \(0\) \(row 1\)/,
    ],
    [
      'zero survival time',
      set(0, { os_months: 0, pfs_months: 0 }),
      'warnings',
      'zero-time',
      'os_months',
      /^os_months: 1 time is exactly 0 \(row 1\)/,
    ],
    [
      'non-integer grade',
      set(0, { crs_grade: 1.5 }),
      'warnings',
      'not-integer',
      'crs_grade',
      /^crs_grade: 1 value is not whole numbers \(row 1\); found 1.5$/,
    ],
    [
      'refractory while not exposed',
      set(0, { mab_refractory: 1 }),
      'warnings',
      'refractory-not-exposed',
      'mab_refractory',
      /^mab_refractory: 1 patient is refractory \(1\) but not exposed \(mab_exposed = 0\) \(row 1\)/,
    ],
    [
      'pfs longer than os',
      set(1, { pfs_months: 31 }),
      'warnings',
      'pfs-after-os',
      'pfs_months',
      /^pfs_months: 1 patient has pfs_months greater than os_months \(row 2\)/,
    ],
    [
      'event type contradicting the event',
      set(0, { pfs_event_type: 'progression' }),
      'warnings',
      'event-type-mismatch',
      'pfs_event_type',
      /contradicts pfs_event \(row 1\)/,
    ],
    [
      'CR time without CR',
      set(2, { t_first_cr_months: 2 }),
      'warnings',
      'cr-time-without-cr',
      't_first_cr_months',
      /^t_first_cr_months: 1 patient has a time to CR but best_response is not CR/,
    ],
    [
      'MRD columns half filled',
      set(3, { mrd_first_neg_months: 1 }),
      'warnings',
      'mrd-incomplete',
      'mrd_neg_end_status',
      /only some of mrd_first_neg_months, mrd_neg_end_months, mrd_neg_end_status \(row 4\)/,
    ],
    [
      'mixed simulated flags',
      set(0, { is_simulated: 0 }),
      'warnings',
      'mixed-simulated',
      'is_simulated',
      /^is_simulated: 5 rows are marked simulated and others are not \(rows 2, 3, 4, 5, 6\)/,
    ],
    [
      'unknown extra columns',
      (r) => r.forEach((x) => Object.assign(x, { site: 'A', cd4_pct: 3 })),
      'warnings',
      'extra-columns',
      null,
      /^2 extra columns are not part of the data format: site, cd4_pct\. They are kept and offered as stratifiers$/,
    ],
    [
      'supplied derived column',
      (r) => r.forEach((x) => Object.assign(x, { crs_high: 0 })),
      'warnings',
      'derived-column-supplied',
      null,
      /the supplied values are replaced: crs_high$/,
    ],
  ])('reports %s', (_what, edit, severity, rule, column, pattern) => {
    const report = validateTable(from(rowsWith(edit)), META);
    const hit = report[severity].filter((i) => i.rule === rule && i.column === column);
    expect(hit).toHaveLength(1);
    expect(hit[0].message).toMatch(pattern);
    expect(hit[0].rows.length).toBeLessThanOrEqual(5);
  });

  it('reports every problem at once, with at most 5 example rows and the full count', () => {
    const rows = rowsWith((r) => {
      r.forEach((x) => (x.pfs_months = -1));
      r[0].sex = 'X';
      r[0].os_months = null;
    });
    const report = validateTable(from(rows), META);
    const neg = report.errors.find((e) => e.rule === 'negative-time');
    expect(neg).toMatchObject({ count: 6, rows: [1, 2, 3, 4, 5] });
    expect(neg?.message).toBe('pfs_months: 6 negative values (rows 1, 2, 3, 4, 5 and 1 more)');
    expect(report.errors.map((e) => e.rule)).toEqual(
      expect.arrayContaining(['negative-time', 'not-allowed-value', 'missing-not-allowed']),
    );
  });

  it.each([
    ['no rows', aqTable({ patient_id: [] }), /^The table has no patient rows\.$/],
    ['no columns', aqTable({}), /^The table has no patient rows\.$/],
  ])('reports an empty table (%s) as an error', (_n, t, pattern) => {
    const report = validateTable(t, META);
    expect(report.errors.find((e) => e.rule === 'empty-table')?.message).toMatch(pattern);
  });

  it.each([
    [new Map(), 'missing-format-version', /does not say which format version/],
    [
      new Map([['cart_explorer.format_version', '7']]),
      'unknown-format-version',
      /format version "7"/,
    ],
    [
      new Map([...META, ['cart_explorer.month_days', 'thirty']]),
      'bad-month-days',
      /"thirty", not a number/,
    ],
    [
      new Map([...META, ['cart_explorer.mrd_censor_rule', 'at_random']]),
      'bad-mrd-censor-rule',
      /"at_random"; use last_neg_test or last_followup/,
    ],
    [
      new Map([...META, ['cart_explorer.simulated', 'false']]),
      'simulated-flag-mismatch',
      /metadata says simulated = false but is_simulated says some rows are simulated/,
    ],
    [
      new Map([...META, ['cart_explorer.times_in_months_confirmed', 'sure']]),
      'bad-times-confirmed-flag',
      /\(cart_explorer\.times_in_months_confirmed\) is "sure"; use true or false \(it is ignored\)$/,
    ],
  ])('warns about schema metadata problems (%#)', (meta, rule, pattern) => {
    const report = validateTable(from(cohortRows()), meta as Map<string, string>);
    expect(report.warnings.find((w) => w.rule === rule)?.message).toMatch(pattern);
  });

  it('skips metadata checks for CSV input', () => {
    const report = validateTable(from(cohortRows()), new Map(), { format: 'csv' });
    expect(report.warnings.some((w) => w.rule === 'missing-format-version')).toBe(false);
  });

  describe('refuses times in days unless an Arrow file confirms they are months', () => {
    const inDays = rowsWith((r) =>
      r.forEach((x) => Object.assign(x, { os_months: (x.os_months as number) * 30.4375 })),
    );
    const confirmed = new Map([...META, ['cart_explorer.times_in_months_confirmed', 'true']]);
    const units = (report: ReturnType<typeof validateTable>) => ({
      errors: report.errors.filter((i) => i.rule === 'time-not-months').map((i) => i.column),
      warnings: report.warnings.filter((i) => i.rule === 'time-not-months').map((i) => i.column),
    });

    it.each<[string, Map<string, string>, 'arrow' | 'csv', string[], string[]]>([
      ['Arrow without the key', META, 'arrow', ['os_months'], []],
      ['Arrow with the key', confirmed, 'arrow', [], ['os_months']],
      ['CSV (no metadata, so no override)', confirmed, 'csv', ['os_months'], []],
      [
        'Arrow with an unusable value',
        new Map([...META, ['cart_explorer.times_in_months_confirmed', 'sure']]),
        'arrow',
        ['os_months'],
        [],
      ],
    ])('%s', (_what, meta, format, errors, warnings) => {
      expect(units(validateTable(from(inDays), meta, { format }))).toEqual({ errors, warnings });
    });

    it('converts with the days per month of the metadata', () => {
      const meta = new Map([...META, ['cart_explorer.month_days', '30']]);
      const [issue] = validateTable(from(inDays), meta).errors;
      expect(issue.message).toMatch(/look like days \(divided by 30: median 27\.9, maximum 50\.7/);
    });
  });

  it('accepts serial columns in place of the MRD and PK summary columns', () => {
    const serial = cohortSerial();
    const rows = cohortRows().map(({ mrd_neg_end_status: _s, car_persist_event: _e, ...r }) => ({
      ...r,
      mrd_assessments: serial.mrd_assessments[r.patient_id as string],
      pk_samples: serial.pk_samples[r.patient_id as string],
    }));
    expect(validateTable(from(rows), META).errors).toEqual([]);
  });

  it('warns about unusable serial entries, naming the patient rows', () => {
    const rows = cohortRows().map((r, i) => ({
      ...r,
      mrd_assessments:
        i === 1
          ? [
              { day: 10, result: 'negative' },
              { day: 'x', result: 'neg' },
            ]
          : [],
    }));
    const w = validateTable(from(rows), META).warnings.filter((x) => x.rule === 'serial-bad-entry');
    expect(w.map((x) => x.message)).toEqual([
      'mrd_assessments: 1 entry: result is not one of neg, pos, ne (row 2); these entries are ignored',
      'mrd_assessments: 1 entry: day is empty or not a number (row 2); these entries are ignored',
    ]);
  });

  it('never throws, even on a table of odd values', () => {
    const odd = aqTable({
      patient_id: [{}, [], null],
      pfs_months: [Symbol.iterator, NaN, -Infinity],
    });
    expect(() => validateTable(odd, META)).not.toThrow();
  });
});
