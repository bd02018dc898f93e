import { pkEntries } from '../data/serial-entries';
import type { AnalysisFrame } from './analysis-frame';
import type { Level } from './factor';
import { MAX_GROUPS } from './survival-inputs';

/** What defines the patients and groups of a kinetics comparison. */
export interface KineticsSpec {
  /** Column defining the groups, or null for the whole cohort. */
  groupBy: string | null;
  /** For a numeric column: groups below and at or above this value. */
  cut?: number;
  /** For threshold columns: the "as published" variant (undecidable counted below). */
  asPublished?: boolean;
  /** Groups left out (by value). */
  exclude?: (number | string)[];
}

/** One patient's transgene samples from day 0 on, sorted by day; BLQ samples have copies 0. */
export interface PatientSamples {
  row: number;
  id: string;
  /** Index into `levels`. */
  group: number;
  day: Float64Array;
  copies: Float64Array;
  blq: Uint8Array;
}

/** The file's summary kinetics columns, for a dataset without serial samples. */
export interface SummaryKinetics {
  cmax: Float64Array;
  tmax: Float64Array;
  auc28: Float64Array;
  aucLast: Float64Array;
  lastSampleDay: Float64Array;
}

export interface KineticsInputs {
  /** Where Cmax, Tmax and the AUCs come from: the serial samples, or the file's summary columns. */
  source: 'samples' | 'summary';
  /** Patients with a group (and, with samples, at least one usable sample), in row order. */
  patients: PatientSamples[];
  /** The groups with patients, in R's level order; n = patients. */
  levels: Level[];
  /** Per patient (same order): persistence in months and 1 = loss observed, 0 = censored. */
  persistence: Float64Array;
  persistenceEvent: Float64Array;
  /** Per patient, when source is 'summary'. */
  summary: SummaryKinetics | null;
}

const column = (frame: AnalysisFrame, name: string, rows: number[]): Float64Array => {
  if (!frame.has(name)) return new Float64Array(rows.length).fill(NaN);
  const v = frame.numeric(name);
  return Float64Array.from(rows, (i) => v[i]);
};

/**
 * The model inputs of the CAR-T kinetics comparisons: each patient's transgene samples (the
 * serial column pk_samples, read by the data contract's rules: days ≥ 0, below-LLOQ samples as
 * 0 copies), or — for a file without them — its summary columns (cmax_copies, tmax_days,
 * auc_0_28d, auc_0_last); CAR-T persistence from the registry's car_persist_months and
 * car_persist_event (the same values the persistence stratifiers use); the groups of a column in
 * R's level order. Patients without a group, in a left-out group, or without any kinetics are
 * left out.
 * @example kineticsInputs(frame, { groupBy: 'crs_high' }).levels.map((l) => l.label)
 */
export function kineticsInputs(frame: AnalysisFrame, spec: KineticsSpec): KineticsInputs {
  const source = frame.has('pk_samples') ? 'samples' : 'summary';
  if (source === 'summary' && !frame.has('cmax_copies')) {
    throw new Error('This dataset has no CAR-T kinetics: neither pk_samples nor cmax_copies.');
  }
  let codes: Int32Array = new Int32Array(frame.n);
  let levels: Level[] = [{ value: 'all', label: 'All patients', n: frame.n }];
  if (spec.groupBy) {
    const f = frame.factor(spec.groupBy, { cut: spec.cut, asPublished: spec.asPublished });
    if (f.levels.length > MAX_GROUPS) {
      throw new Error(
        `"${frame.label(spec.groupBy)}" has ${f.levels.length} different values — too many groups to compare; split it at a cut-point instead.`,
      );
    }
    codes = f.codes;
    levels = f.levels;
  }
  const excluded = new Set((spec.exclude ?? []).map(String));
  const ids = frame.has('patient_id') ? frame.cells('patient_id') : [];
  const cells = source === 'samples' ? frame.raw('pk_samples') : null;
  const cmax = source === 'summary' ? frame.numeric('cmax_copies') : null;
  const found: Omit<PatientSamples, 'group'>[] = [];
  const foundCodes: number[] = [];
  for (let i = 0; i < frame.n; i++) {
    const c = codes[i];
    if (c < 0 || excluded.has(String(levels[c].value))) continue;
    const entries = cells ? pkEntries(cells[i]) : [];
    const usable = entries.filter((e) => e.below_lloq === 1 || e.copies_per_ug !== null);
    if (cells ? usable.length === 0 : Number.isNaN(cmax![i])) continue;
    found.push({
      row: i,
      id: String(ids[i] ?? i + 1),
      day: Float64Array.from(usable, (e) => e.day),
      copies: Float64Array.from(usable, (e) => (e.below_lloq === 1 ? 0 : e.copies_per_ug!)),
      blq: Uint8Array.from(usable, (e) => (e.below_lloq === 1 ? 1 : 0)),
    });
    foundCodes.push(c);
  }
  const counts = new Array<number>(levels.length).fill(0);
  for (const c of foundCodes) counts[c]++;
  const position = new Int32Array(levels.length).fill(-1);
  const present = levels.flatMap((l, k) => {
    if (counts[k] === 0) return [];
    position[k] = counts.slice(0, k).filter((n) => n > 0).length;
    return [{ ...l, n: counts[k] }];
  });
  const patients = found.map((p, j) => ({ ...p, group: position[foundCodes[j]] }));
  const rows = patients.map((p) => p.row);
  return {
    source,
    patients,
    levels: present,
    persistence: column(frame, 'car_persist_months', rows),
    persistenceEvent: frame.has('car_persist_event')
      ? Float64Array.from(rows, (i) => frame.event('car_persist_event')[i])
      : new Float64Array(rows.length).fill(NaN),
    summary:
      source === 'summary'
        ? {
            cmax: column(frame, 'cmax_copies', rows),
            tmax: column(frame, 'tmax_days', rows),
            auc28: column(frame, 'auc_0_28d', rows),
            aucLast: column(frame, 'auc_0_last', rows),
            lastSampleDay: column(frame, 'pk_last_sample_day', rows),
          }
        : null,
  };
}
