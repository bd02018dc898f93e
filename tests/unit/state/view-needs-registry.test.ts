import { describe, expect, it } from 'vitest';
import { PATIENT_COLUMNS } from '../../../src/lib/data/columns';
import { dataDictionaryCsv } from '../../../src/lib/data/data-dictionary';
import { ENDPOINTS } from '../../../src/lib/data/endpoints';
import { parseCsvRows } from '../../../src/lib/data/parse-csv';
import { NEEDING_VIEWS, viewInputs } from '../../../src/lib/data/view-inputs';
import type { ColumnInfo } from '../../../src/lib/engine/types';
import { TABS } from '../../../src/lib/state/tabs';
import { viewNeeds } from '../../../src/lib/state/view-needs';

/** The column list of a file with these columns, each with values. */
const columns = (names: string[]): ColumnInfo[] =>
  names.map((name) => ({
    name,
    label: name,
    kind: 'numeric',
    nMissing: 0,
    postBaseline: false,
    derived: false,
  }));
const PFS_ONLY = viewNeeds(columns(['patient_id', 'pfs_months', 'pfs_event']));
const OS_ONLY = viewNeeds(columns(['patient_id', 'os_months', 'os_event']));
const dictionary = parseCsvRows(dataDictionaryCsv())
  .filter((r) => r.length > 1)
  .slice(1);
const label = (view: string) => TABS.find((t) => t.id === view)!.label;

describe('view needs come from the column registry', () => {
  it('every view that needs columns is a tab of the explorer', () => {
    const tabs: readonly string[] = TABS.map((t) => t.id);
    for (const v of NEEDING_VIEWS) expect(tabs).toContain(v);
  });

  it('every view that needs columns names at least one', () => {
    for (const v of NEEDING_VIEWS) {
      const { all, any } = viewInputs(v);
      expect([v, all.length + any.length > 0]).toEqual([v, true]);
    }
  });

  it.each(dictionary.filter((r) => r[0] !== 'patient_id').map((r) => [r[0], r[6]]))(
    'the data dictionary’s “needed by” of %s names exactly the views viewNeeds says need it',
    (name, neededBy) => {
      const items = neededBy.split('; ');
      const needs = (key: 'endpoints' | 'tabs', id: string) =>
        [PFS_ONLY, OS_ONLY].some((n) =>
          (n.columns[key] as Record<string, string[]>)[id].includes(name),
        );
      for (const e of ENDPOINTS) {
        const said = items.includes(`${e.label} (${e.short})`);
        expect([e.id, said]).toEqual([e.id, needs('endpoints', e.id)]);
      }
      for (const v of NEEDING_VIEWS) {
        expect([v, items.includes(label(v))]).toEqual([v, needs('tabs', v)]);
      }
    },
  );

  it.each(PATIENT_COLUMNS.filter((c) => c.requirement === 'required').map((c) => [c.name]))(
    'required column %s is needed by a view or a choice (required = needed by an analysis)',
    (name) => {
      const row = dictionary.find((r) => r[0] === name)!;
      expect(row[6]).not.toMatch(/^no view/);
    },
  );

  it('fu_potential_months, which no view reads, is optional', () => {
    expect(PATIENT_COLUMNS.find((c) => c.name === 'fu_potential_months')?.requirement).toBe(
      'optional',
    );
  });
});
