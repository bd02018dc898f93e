import { describe, expect, it } from 'vitest';
import { PATIENT_COLUMNS } from '../../../src/lib/data/columns';
import { validateTimeUnits, type TimeUnitOptions } from '../../../src/lib/data/validate-time-units';

type Columns = Record<string, readonly unknown[]>;
const getter = (cols: Columns) => (name: string) => cols[name] ?? [];
const times = (xs: readonly number[], factor: number) => Object.freeze(xs.map((x) => x * factor));

const DAY = 30.4375;
const WEEK = 4.348;
// Months as in a typical CAR-T cohort: median 20, maximum 67.
const PFS = [2, 5, 8, 12, 15, 20, 23, 30, 40, 55, 67];
const OS = [6, 9, 14, 18, 25, 30, 33, 41, 50, 60, 68];
// Long follow-up, median 40 and maximum 100 months: in weeks it fails the rule, in days it does not.
const LONG = [10, 25, 40, 60, 100];

const RULE =
  'times must be months since CAR-T infusion: median ≤ 120 and maximum ≤ 360 — these look like';

describe('validateTimeUnits', () => {
  // [what, columns, options, expected issues in contract order as [severity, column, pattern]]
  it.each<[string, Columns, TimeUnitOptions, ['errors' | 'warnings', string, RegExp][]]>([
    ['times in months', { pfs_months: PFS, os_months: OS }, {}, []],
    [
      'a column in days',
      { pfs_months: times(PFS, DAY), os_months: OS },
      {},
      [
        [
          'errors',
          'pfs_months',
          /^pfs_months: median 608\.8 and maximum 2039\.3 .* look like days \(/,
        ],
      ],
    ],
    [
      'a column in weeks (named with days: dividing by either passes the rule)',
      { os_months: times(LONG, WEEK) },
      {},
      [
        [
          'errors',
          'os_months',
          /^os_months: median 173\.9 and maximum 434\.8 .* look like days \(divided by 30\.4375: median 5\.7, maximum 14\.3 months\) or weeks \(divided by 4\.348: median 40, maximum 100 months\)/,
        ],
      ],
    ],
    [
      'a maximum of 400 with a median of 20',
      { pfs_months: [10, 15, 20, 25, 400] },
      {},
      [['errors', 'pfs_months', /median 20 and maximum 400 .* — these are probably not months/]],
    ],
    [
      'a median above 120 that no unit explains',
      { os_months: [100, 200, 50000] },
      {},
      [['errors', 'os_months', /median 200 and maximum 50000 .* probably not months/]],
    ],
    [
      'two columns in days',
      { pfs_months: times(PFS, DAY), os_months: times(OS, DAY) },
      {},
      [
        ['errors', 'pfs_months', /^pfs_months: .* look like days \(/],
        ['errors', 'os_months', /^os_months: .* look like days \(/],
      ],
    ],
    [
      'a short column in days beside a column shifted into days',
      { os_months: times(OS, DAY), t_first_cr_months: [0.5, 1, 2, 12.1].map((x) => x * DAY) },
      {},
      [
        ['errors', 't_first_cr_months', /look like days, as in os_months \(divided by 30\.4375/],
        ['errors', 'os_months', /look like days \(/],
      ],
    ],
    ['an empty column', { pfs_months: [] }, {}, []],
    ['an all-missing column', { pfs_months: [null, NaN, null], os_months: [undefined] }, {}, []],
    ['text among the values (reported elsewhere)', { pfs_months: ['long', 5, 7] }, {}, []],
    ['exactly at the limits', { pfs_months: [100, 120, 120, 360] }, {}, []],
    [
      'a median just above 120',
      { pfs_months: [100, 121, 122] },
      {},
      [['errors', 'pfs_months', /median 121 and maximum 122/]],
    ],
    [
      'day columns of the patient table (left alone)',
      { tmax_days: [14, 28, 900], pk_last_sample_day: [365, 1095, 1500] },
      {},
      [],
    ],
    [
      'times confirmed as months by the producer',
      { pfs_months: times(PFS, DAY), os_months: times(OS, DAY) },
      { confirmed: true },
      [
        ['warnings', 'pfs_months', /kept as months because .*times_in_months_confirmed = true$/],
        ['warnings', 'os_months', /kept as months because .*times_in_months_confirmed = true$/],
      ],
    ],
    [
      'the file’s own days per month',
      { pfs_months: times(PFS, 30) },
      { monthDays: 30 },
      [['errors', 'pfs_months', /look like days \(divided by 30: median 20, maximum 67 months\)/]],
    ],
  ])('reports %s', (_what, cols, options, expected) => {
    const report = validateTimeUnits(getter(cols), options);
    const found = [
      ...report.errors.map((i) => ({ severity: 'errors', ...i })),
      ...report.warnings.map((i) => ({ severity: 'warnings', ...i })),
    ];
    expect(found.map((i) => [i.severity, i.column])).toEqual(expected.map(([s, c]) => [s, c]));
    expected.forEach(([, , pattern], k) => expect(found[k].message).toMatch(pattern));
  });

  it('gives the full message for a column in days: column, values, rows, rule, unit, remedy', () => {
    const [issue] = validateTimeUnits(getter({ pfs_months: [700, 2047, 30] })).errors;
    expect(issue).toEqual({
      column: 'pfs_months',
      rule: 'time-not-months',
      rows: [2, 1, 3],
      count: 1,
      message:
        `pfs_months: median 700 and maximum 2047 (largest in rows 2, 1, 3); ${RULE} days ` +
        '(divided by 30.4375: median 23, maximum 67.3 months); if they really are months, set ' +
        'the Arrow schema metadata key cart_explorer.times_in_months_confirmed to true (CSV cannot)',
    });
  });

  it('lists the five rows with the largest values, largest first', () => {
    const values = Array.from({ length: 20 }, (_, i) => (i % 7) * 300);
    const [issue] = validateTimeUnits(getter({ os_months: values })).errors;
    expect(issue.rows).toEqual([7, 14, 6, 13, 20]);
    expect(issue.message).toContain('(largest in rows 7, 14, 6, 13, 20)');
  });

  it('checks every months column of the contract and no other', () => {
    const months = PATIENT_COLUMNS.filter((c) => c.unit === 'months').map((c) => c.name);
    const all = Object.fromEntries(PATIENT_COLUMNS.map((c) => [c.name, times(PFS, DAY)]));
    const report = validateTimeUnits(getter(all));
    expect(report.errors.map((i) => i.column)).toEqual(months);
    expect(months).toContain('pfs_months');
    expect(months).toContain('ada_first_pos_months');
  });
});
