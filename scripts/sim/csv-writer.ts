import { PATIENT_COLUMNS } from '../../src/lib/data/columns';
import type { Cell, SimPatient } from './assemble';

/** CSV cell: numbers at full precision (they round-trip exactly), null as an empty cell. */
function cell(v: Cell | undefined): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csv(header: string[], rows: Cell[][]): string {
  return [header.join(','), ...rows.map((r) => r.map(cell).join(','))].join('\n') + '\n';
}

/** Patient table (scalar columns in contract order), for R and the CSV-loading tests. */
export function patientCsv(patients: readonly SimPatient[]): string {
  const names = PATIENT_COLUMNS.map((c) => c.name);
  return csv(
    names,
    patients.map((p) => names.map((n) => p.record[n] ?? null)),
  );
}

/** The long tables (patient_id + the serial struct fields), as the loader's mrd/pk/response CSVs. */
export function longCsvs(patients: readonly SimPatient[]): {
  mrd: string;
  pk: string;
  response: string;
} {
  const id = (p: SimPatient) => p.record.patient_id;
  return {
    mrd: csv(
      ['patient_id', 'day', 'result'],
      patients.flatMap((p) => p.mrd.map((m) => [id(p), m.day, m.result])),
    ),
    pk: csv(
      ['patient_id', 'day', 'copies_per_ug', 'below_lloq'],
      patients.flatMap((p) => p.pk.map((s) => [id(p), s.day, s.copies_per_ug, s.below_lloq])),
    ),
    response: csv(
      ['patient_id', 'day', 'response', 'confirmed'],
      patients.flatMap((p) => p.response.map((r) => [id(p), r.day, r.response, r.confirmed])),
    ),
  };
}
