import { withColumns, type DataTable } from './data-table';
import { plural, rowIssue, type Issue } from './issues';
import { mrdFromAssessments, type MrdRules } from './mrd-from-assessments';
import { pkFromSamples, type PkRules } from './pk-from-samples';
import { mrdEntries, pkEntries } from './serial-entries';
import { columnValues, num, str } from './values';

export type SerialOptions = MrdRules & PkRules;

export const DEFAULT_SERIAL_OPTIONS: SerialOptions = {
  lossRule: 'first_pos_or_pd',
  censorRule: 'last_neg_test',
  lossSamples: 1,
  cmaxWindowDays: 28,
};

type Recomputed = Record<string, (number | null)[]>;

/** Recompute the MRD summary columns from mrd_assessments (null where nothing to recompute). */
function recomputeMrd(table: DataTable, md: number, rules: MrdRules): Recomputed {
  const g = (n: string) => columnValues(table, n);
  const [lists, pfs, type] = [g('mrd_assessments'), g('pfs_months'), g('pfs_event_type')];
  const out: Recomputed = {
    mrd_first_neg_months: [],
    mrd_neg_end_months: [],
    mrd_neg_end_status: [],
  };
  lists.forEach((cell, i) => {
    const entries = mrdEntries(cell);
    const tested = entries.some((e) => e.result !== 'ne');
    const p = num(pfs[i]);
    const t = str(type[i]);
    const pfsDay = p === null ? null : p * md;
    const s = mrdFromAssessments(
      entries,
      {
        pdDay: t === 'progression' ? pfsDay : null,
        deathWithoutPdDay: t === 'death' ? pfsDay : null,
        lastFollowupDay: pfsDay,
      },
      rules,
    );
    // NaN marks "no information" (untested): such rows are neither filled nor compared.
    const none = tested ? null : NaN;
    out.mrd_first_neg_months.push(s ? s.firstNegDay / md : none);
    out.mrd_neg_end_months.push(s ? s.endDay / md : none);
    out.mrd_neg_end_status.push(s ? s.status : none);
  });
  return out;
}

function recomputePk(table: DataTable, md: number, rules: PkRules): Recomputed {
  const out: Recomputed = {
    car_persist_months: [],
    car_persist_event: [],
    cmax_copies: [],
    tmax_days: [],
    pk_last_sample_day: [],
  };
  for (const cell of columnValues(table, 'pk_samples')) {
    const s = pkFromSamples(pkEntries(cell), rules);
    out.car_persist_months.push(s ? s.lastDetectableDay / md : NaN);
    out.car_persist_event.push(s ? s.event : NaN);
    out.cmax_copies.push(s ? s.cmax : NaN);
    out.tmax_days.push(s ? s.tmaxDay : NaN);
    out.pk_last_sample_day.push(s ? s.lastSampleDay : NaN);
  }
  return out;
}

function agrees(name: string, a: number | null, b: number | null, md: number): boolean {
  if (a === null || b === null) return a === b;
  const tol = name.endsWith('_months')
    ? 1.5 / md + 0.005 * Math.abs(b)
    : name === 'cmax_copies'
      ? 0.005 * Math.abs(b)
      : name.endsWith('_day') || name.endsWith('_days')
        ? 0.5
        : 0;
  return Math.abs(a - b) <= tol;
}

const fmt = (v: number | null) => (v === null ? 'empty' : String(Math.round(v * 100) / 100));

/**
 * When a serial column is present, recompute the patient-level summary columns from it
 * (schema.md §2.4–2.5). Absent summary columns are filled in; supplied values are kept and
 * every disagreement becomes one warning per column, with example rows.
 */
export function reconcileSerial(
  table: DataTable,
  monthDays: number,
  options: Partial<SerialOptions> = {},
): { table: DataTable; warnings: Issue[] } {
  const o = { ...DEFAULT_SERIAL_OPTIONS, ...options };
  const names = table.columnNames();
  const sources: [string, Recomputed][] = [];
  if (names.includes('mrd_assessments'))
    sources.push(['mrd_assessments', recomputeMrd(table, monthDays, o)]);
  if (names.includes('pk_samples')) sources.push(['pk_samples', recomputePk(table, monthDays, o)]);
  const warnings: Issue[] = [];
  const add: Record<string, (number | null)[]> = {};
  for (const [source, cols] of sources) {
    for (const [name, computed] of Object.entries(cols)) {
      const clean = computed.map((v) => (Number.isNaN(v) ? null : v));
      if (!names.includes(name)) {
        add[name] = clean;
        continue;
      }
      const supplied = columnValues(table, name).map(num);
      const bad = computed.flatMap((c, i) =>
        c !== null && Number.isNaN(c) ? [] : agrees(name, supplied[i], c, monthDays) ? [] : [i],
      );
      if (bad.length > 0) {
        const i = bad[0];
        warnings.push(
          rowIssue(
            name,
            'serial-disagreement',
            bad,
            `${plural(bad.length, 'supplied value disagrees', 'supplied values disagree')} with ${source}`,
            `; e.g. row ${i + 1}: supplied ${fmt(supplied[i])}, recomputed ${fmt(clean[i])}. The supplied values are used`,
          ),
        );
      }
    }
  }
  return { table: Object.keys(add).length > 0 ? withColumns(table, add) : table, warnings };
}
