import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataTable } from '../../../../src/lib/data/data-table';
import { PATIENT_COLUMNS } from '../../../../src/lib/data/columns';
import { parseCsvRows } from '../../../../src/lib/data/parse-csv';
import { applyMapping } from '../../../../src/lib/data/mapping/apply-mapping';
import { parseMapping, type ColumnMapping } from '../../../../src/lib/data/mapping/column-mapping';
import { mappingFrom, proposeMapping } from '../../../../src/lib/data/mapping/propose-mapping';
import { kaplanMeier } from '../../../../src/lib/stats/kaplan-meier';
import { logRank } from '../../../../src/lib/stats/log-rank';
import { coxph } from '../../../../src/lib/stats/cox';
import { MESSY_EXPORTS, messyCsv } from '../../../../scripts/messy-exports/exports';

const dir = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'messy');
const csvTable = (file: string) => {
  const [header, ...rows] = parseCsvRows(readFileSync(join(dir, file), 'utf8')).filter(
    (r) => r.length > 1,
  );
  return dataTable(Object.fromEntries(header.map((h, j) => [h, rows.map((r) => r[j])])));
};
const savedMapping = (file: string): ColumnMapping => {
  const r = parseMapping(readFileSync(join(dir, file.replace('.csv', '.mapping.json')), 'utf8'));
  if (!r.ok) throw new Error(r.message);
  return r.mapping;
};

interface Endpoint {
  n: number;
  events: number;
  median: (number | null)[];
  surv: number[];
  chisq: number;
  coef: number;
  se: number;
}
const R = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', '..', 'reference', 'messy.json'), 'utf8'),
) as { file: string; pfs: Endpoint; os: Endpoint }[];

describe('the messy hospital exports (tests/fixtures/messy)', () => {
  it.each(MESSY_EXPORTS.map((e) => [e.file, e] as const))(
    '%s is what scripts/make-messy-exports.ts writes, with its mapping',
    (file, e) => {
      expect(readFileSync(join(dir, file), 'utf8')).toBe(messyCsv(e));
      expect(savedMapping(file)).toEqual(e.mapping);
    },
  );

  it.each(MESSY_EXPORTS.map((e) => [e.file] as const))(
    '%s: the mapping step proposes its whole mapping — columns, units and codes — so confirming is enough',
    (file) => {
      const table = csvTable(file);
      const p = proposeMapping(table);
      const chosen = Object.fromEntries(p.columns.map((c) => [c.column, c.candidate]));
      const units = Object.fromEntries(Object.entries(p.units).map(([k, g]) => [k, g.unit]));
      expect(mappingFrom(chosen, units, p.codes)).toEqual(savedMapping(file));
    },
  );

  // R (tests/reference/r/messy.R) converts and recodes each export itself; here the saved
  // mapping does it. Tolerance 1e-9 (times written to 3–4 decimals are the same numbers in
  // both; only floating-point order differs).
  it.each(R.map((r) => [r.file, r] as const))(
    '%s mapped gives the numbers R gives on the same export (survfit, survdiff, coxph; 1e-9)',
    (file, r) => {
      const { table, errors } = applyMapping(csvTable(file), savedMapping(file));
      expect(errors).toEqual([]);
      const male = Float64Array.from(table.array('sex'), (s) => (s === 'M' ? 1 : 0));
      const sex = Int32Array.from(male);
      for (const [end, want] of [
        ['pfs', r.pfs],
        ['os', r.os],
      ] as const) {
        const time = table.array(`${end}_months`) as Float64Array;
        const event = Uint8Array.from(table.array(`${end}_event`), (v) => Number(v));
        const km = kaplanMeier(time, event);
        expect(km.n).toBe(want.n);
        expect(event.reduce((a, b) => a + b, 0)).toBe(want.events);
        if (want.median[0] === null) expect(km.median).toBeNull();
        else expect(km.median).toBeCloseTo(want.median[0], 9);
        const at = (t: number) => km.steps.filter((s) => s.time <= t).at(-1)?.surv ?? 1;
        expect([at(12), at(24)].map((x) => x.toFixed(9))).toEqual(
          want.surv.map((x) => x.toFixed(9)),
        );
        expect(logRank(time, event, sex).chisq).toBeCloseTo(want.chisq, 9);
        const fit = coxph({ time, event, x: [male], names: ['male'] });
        expect(fit.terms[0].coef).toBeCloseTo(want.coef, 9);
        expect(fit.terms[0].se).toBeCloseTo(want.se, 9);
      }
    },
  );

  it('every saved mapping names only contract columns', () => {
    const names = new Set(PATIENT_COLUMNS.map((c) => c.name));
    for (const e of MESSY_EXPORTS) {
      expect(Object.keys(e.mapping.columns).filter((c) => !names.has(c))).toEqual([]);
    }
  });
});
