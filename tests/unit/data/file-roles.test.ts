import { describe, expect, it } from 'vitest';
import { fileRoles } from '../../../src/lib/data/file-roles';

describe('fileRoles', () => {
  it.each([
    { names: ['cohort.arrow'], out: { ok: true, main: 0, serial: {} } },
    {
      names: ['mrd.csv', 'cohort.csv', 'pk.csv'],
      out: { ok: true, main: 1, serial: { mrd: 0, pk: 2 } },
    },
    {
      names: ['site-a.csv', 'site-a-response.csv', 'SITE_A_MRD.CSV'],
      out: { ok: true, main: 0, serial: { response: 1, mrd: 2 } },
    },
    { names: ['pharmacokinetics.csv'], out: { ok: true, main: 0, serial: {} } },
    {
      names: ['hospital-a.mapping.json', 'hospital-a.csv'],
      out: { ok: true, main: 1, serial: {}, mapping: 0 },
    },
    {
      names: ['site.csv', 'site-mrd.csv', 'Site.Mapping.JSON'],
      out: { ok: true, main: 0, serial: { mrd: 1 }, mapping: 2 },
    },
  ])('fileRoles sorts $names', ({ names, out }) => {
    expect(fileRoles(names)).toEqual(out);
  });

  it('fileRoles refuses two patient tables at once, naming them', () => {
    const r = fileRoles(['a.csv', 'b.arrow']);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('“a.csv”, “b.arrow”');
  });

  it('fileRoles asks for the patient table when only serial tables are chosen', () => {
    const r = fileRoles(['mrd.csv']);
    expect(!r.ok && r.message).toContain('add the patient table');
  });

  it.each([
    { names: ['a.mapping.json', 'b.mapping.json', 'a.csv'], says: 'one column mapping at a time' },
    { names: ['a.mapping.json'], says: 'together with the data file it maps' },
  ])('fileRoles refuses $names: "$says"', ({ names, says }) => {
    const r = fileRoles(names);
    expect(!r.ok && r.message).toContain(says);
  });
});
