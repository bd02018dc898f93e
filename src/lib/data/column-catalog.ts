import { DERIVED_COLUMNS, PATIENT_COLUMNS, SERIAL_COLUMNS } from './columns';
import type { Dataset } from './load-dataset';
import { columnValues, isMissing } from './values';

export type ColumnKind = 'binary' | 'categorical' | 'numeric' | 'time' | 'event' | 'serial' | 'id';

export interface CatalogEntry {
  name: string;
  label: string;
  kind: ColumnKind;
  /** Categorical levels (contract order first, then any other observed values). */
  levels?: string[];
  nMissing: number;
  /** Known only after infusion: stratifying on it needs a landmark or time-dependent analysis. */
  postBaseline: boolean;
  /** True for columns the explorer computed. */
  derived: boolean;
}

interface Described {
  kind: ColumnKind;
  label: string;
  postBaseline: boolean;
  levels?: readonly string[];
}

function describeKnown(name: string): Described | null {
  if (name === 'patient_id') return { kind: 'id', label: 'Patient pseudonym', postBaseline: false };
  if (name in SERIAL_COLUMNS) {
    const s = SERIAL_COLUMNS[name as keyof typeof SERIAL_COLUMNS];
    return { kind: 'serial', label: s.label, postBaseline: true };
  }
  const spec =
    PATIENT_COLUMNS.find((c) => c.name === name) ?? DERIVED_COLUMNS.find((c) => c.name === name);
  if (!spec) return null;
  const postBaseline = spec.postBaseline ?? false;
  const base = { label: spec.label, postBaseline, levels: spec.levels };
  if (name.endsWith('_event') || name === 'mrd_neg_end_status') return { ...base, kind: 'event' };
  if (spec.type === 'boolean') return { ...base, kind: 'binary' };
  if (spec.type === 'enum' || spec.type === 'string') return { ...base, kind: 'categorical' };
  if (spec.unit === 'months') return { ...base, kind: 'time' };
  return { ...base, kind: 'numeric' };
}

function describeExtra(name: string, values: unknown[]): Described | null {
  const present = values.filter((v) => !isMissing(v));
  const label = name;
  // thresholds chosen in the UI (e.g. car_persist_ge9) are derived and post-baseline too
  if (/^(car_persist_ge|mrd_neg_ge|cr_by_m)\d+$/.test(name)) {
    return { kind: 'binary', label, postBaseline: true };
  }
  if (present.every((v) => v === 0 || v === 1))
    return { kind: 'binary', label, postBaseline: false };
  if (present.every((v) => typeof v === 'number'))
    return { kind: 'numeric', label, postBaseline: false };
  if (present.every((v) => typeof v === 'string' || typeof v === 'number')) {
    return { kind: 'categorical', label, postBaseline: false };
  }
  return null; // lists or objects we do not know how to use
}

function levelsOf(values: unknown[], contract: readonly string[] = []): string[] {
  const seen = new Set(values.filter((v) => !isMissing(v)).map(String));
  const ordered = contract.filter((l) => seen.has(l));
  const rest = [...seen].filter((l) => !contract.includes(l)).sort();
  return [...ordered, ...rest];
}

/**
 * The columns of a loaded dataset that the UI can offer (stratifiers, endpoints, covariates),
 * with their kind, missing count and whether they are post-baseline. Unknown extra columns
 * are included as binary, numeric or categorical stratifiers.
 * @example columnCatalog(dataset).filter((c) => c.kind === 'binary' && !c.postBaseline)
 */
export function columnCatalog(dataset: Dataset): CatalogEntry[] {
  const derivedNames = new Set(DERIVED_COLUMNS.map((c) => c.name));
  const out: CatalogEntry[] = [];
  for (const name of dataset.table.columnNames()) {
    const values = columnValues(dataset.table, name);
    const d = describeKnown(name) ?? describeExtra(name, values);
    if (!d) continue;
    const entry: CatalogEntry = {
      name,
      label: d.label,
      kind: d.kind,
      nMissing: values.filter(isMissing).length,
      postBaseline: d.postBaseline,
      derived: derivedNames.has(name) || /^(car_persist_ge|mrd_neg_ge|cr_by_m)\d+$/.test(name),
    };
    if (d.kind === 'categorical' || name === 'mrd_neg_end_status')
      entry.levels = levelsOf(values, d.levels);
    out.push(entry);
  }
  return out;
}
