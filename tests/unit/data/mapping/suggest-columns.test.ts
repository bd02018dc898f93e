import { describe, expect, it } from 'vitest';
import { PATIENT_COLUMNS } from '../../../../src/lib/data/columns';
import { columnProfile } from '../../../../src/lib/data/mapping/column-profile';
import { suggestColumns } from '../../../../src/lib/data/mapping/suggest-columns';

const suggest = (columns: Record<string, unknown[]>) =>
  Object.fromEntries(
    suggestColumns(
      PATIENT_COLUMNS,
      Object.entries(columns).map(([name, v]) => columnProfile(name, v)),
    )
      .filter((s) => s.candidate !== null)
      .map((s) => [s.column, s.candidate]),
  );

const ids = ['a', 'b', 'c', 'd', 'e'];
const times = [1.5, 2, 30, 12, 7];

describe('suggestColumns', () => {
  it.each([
    ['PFS (months)'],
    ['pfs_month'],
    ['PFS_MO'],
    ['Progression-free survival'],
    ['survie sans progression (mois)'],
  ])('proposes %j for pfs_months', (header) => {
    expect(suggest({ [header]: times }).pfs_months).toBe(header);
  });

  it('tells a time from its event by the values, not only the name', () => {
    expect(suggest({ 'Patient ID': ids, PFS: times, 'PFS status': [1, 0, 1, 1, 0] })).toMatchObject(
      { patient_id: 'Patient ID', pfs_months: 'PFS', pfs_event: 'PFS status' },
    );
  });

  it('proposes a file column for one contract column at most', () => {
    const s = suggestColumns(PATIENT_COLUMNS, [columnProfile('status', [0, 1, 1, 0])]);
    expect(s.filter((x) => x.candidate === 'status')).toHaveLength(1);
  });

  it('reads headers in German, French and Spanish and CDISC names', () => {
    expect(
      suggest({
        USUBJID: ids,
        Geschlecht: ['M', 'F', 'F', 'M', 'F'],
        'Survie globale': times,
        fallecido: ['si', 'no', 'no', 'si', 'no'],
        Edad: [60, 70, 55, 66, 71],
      }),
    ).toEqual({
      patient_id: 'USUBJID',
      sex: 'Geschlecht',
      os_months: 'Survie globale',
      os_event: 'fallecido',
      age_years: 'Edad',
    });
  });

  it('proposes nothing for a column unlike every contract column', () => {
    expect(suggest({ 'Blood group': ['A', 'B', 'O', 'AB', 'A'] })).toEqual({});
  });

  it('never proposes text for a time column', () => {
    expect(suggest({ PFS: ['long', 'short', 'long', 'x', 'y'] }).pfs_months).toBeUndefined();
  });

  it('keeps the exact contract names as they are', () => {
    const all = Object.fromEntries(PATIENT_COLUMNS.map((c) => [c.name, [] as unknown[]]));
    expect(suggest(all)).toEqual(Object.fromEntries(PATIENT_COLUMNS.map((c) => [c.name, c.name])));
  });
});
