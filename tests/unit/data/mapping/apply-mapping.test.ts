import { describe, expect, it } from 'vitest';
import { dataTable } from '../../../../src/lib/data/data-table';
import { applyMapping } from '../../../../src/lib/data/mapping/apply-mapping';
import {
  mappingJson,
  parseMapping,
  type ColumnMapping,
} from '../../../../src/lib/data/mapping/column-mapping';

const mapping = (m: Partial<ColumnMapping>): ColumnMapping => ({
  format: 'car-t-explorer-mapping',
  version: 1,
  columns: {},
  units: {},
  codes: {},
  ...m,
});

const table = () =>
  dataTable({
    ID: ['p1', 'p2', 'p3'],
    'OS (days)': [30.4375, '', 'NA'],
    Vital: ['dead', 'alive', null],
    Site: ['A', 'B', 'A'],
  });

describe('applyMapping', () => {
  it('renames, converts days to months and recodes events; keeps other columns as they are', () => {
    const { table: t, errors } = applyMapping(
      table(),
      mapping({
        columns: { patient_id: 'ID', os_months: 'OS (days)', os_event: 'Vital' },
        units: { os_months: 'days' },
        codes: { os_event: { dead: 1, alive: 0 } },
      }),
    );
    expect(errors).toEqual([]);
    expect(t.columnNames()).toEqual(['patient_id', 'os_months', 'os_event', 'Site']);
    expect(Array.from(t.array('os_months'))).toEqual([1, NaN, NaN]);
    expect(Array.from(t.array('os_event'))).toEqual([1, 0, null]);
    expect(Array.from(t.array('patient_id'))).toEqual(['p1', 'p2', 'p3']);
  });

  it('converts weeks and years with the days per month given', () => {
    const t = dataTable({ w: [30.4375 / 7], y: [2] });
    const { table: out } = applyMapping(
      t,
      mapping({ columns: { a: 'w', b: 'y' }, units: { a: 'weeks', b: 'years' }, monthDays: 30 }),
    );
    expect(out.array('a')[0]).toBeCloseTo(30.4375 / 30, 14);
    expect(out.array('b')[0]).toBe(24);
  });

  it.each([
    [
      'a column the file lacks',
      mapping({ columns: { pfs_months: 'PFS' } }),
      'pfs_months: the mapping reads it from “PFS”, which this file does not have.',
    ],
    [
      'text in a time column',
      mapping({ columns: { os_months: 'Site' }, units: { os_months: 'days' } }),
      'os_months: 3 values of “Site” are not a number (rows 1, 2, 3)',
    ],
    [
      'an event value the mapping does not list',
      mapping({ columns: { os_event: 'Vital' }, codes: { os_event: { dead: 1 } } }),
      'os_event: the value "alive" of “Vital” is not in the mapping (row 2); say whether it is an event (1) or censored (0).',
    ],
  ])('refuses %s, naming the column and the rows', (_, m, message) => {
    expect(applyMapping(table(), m).errors.map((e) => e.message)).toEqual([message]);
  });
});

describe('parseMapping', () => {
  it('reads back what mappingJson writes', () => {
    const m = mapping({
      columns: { os_months: 'OS' },
      units: { os_months: 'years' },
      codes: { os_event: { dead: 1, alive: 0 } },
      monthDays: 30.4375,
    });
    expect(parseMapping(mappingJson(m))).toEqual({ ok: true, mapping: m });
  });

  it.each([
    ['not json', 'it is not JSON.'],
    ['{"format":"x","version":1,"columns":{}}', 'its "format" must be "car-t-explorer-mapping".'],
    ['{"format":"car-t-explorer-mapping","version":2,"columns":{}}', 'its "version" must be 1.'],
    ['{"format":"car-t-explorer-mapping","version":1,"columns":{"a":1}}', '"columns" must map'],
    [
      '{"format":"car-t-explorer-mapping","version":1,"columns":{},"units":{"a":"hours"}}',
      '"units" must give each time column one of days, weeks, months, years.',
    ],
    [
      '{"format":"car-t-explorer-mapping","version":1,"columns":{},"codes":{"e":{"dead":2}}}',
      '"codes" must map',
    ],
    [
      '{"format":"car-t-explorer-mapping","version":1,"columns":{},"monthDays":7}',
      '"monthDays" must be',
    ],
  ])('refuses %s, saying what is wrong', (text, why) => {
    const r = parseMapping(text, 'm.json');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toContain('“m.json” is not a column mapping of this explorer: ');
      expect(r.message).toContain(why);
    }
  });
});
