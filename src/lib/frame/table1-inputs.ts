import type { Table1Section } from '../data/column-spec';
import { TABLE1_COLUMNS } from '../data/registry';
import type { AnalysisFrame } from './analysis-frame';
import type { Level } from './factor';
import { MAX_GROUPS, referenceOf, type ReferenceRule } from './survival-inputs';
import { ownValue } from '../data/own-value';

/** What defines the groups of a Table 1. */
export interface Table1Spec {
  /** Column defining the groups, or null for the whole cohort only. */
  stratifier: string | null;
  /** For a numeric stratifier: groups below and at or above this value. */
  cut?: number;
  /** For threshold stratifiers: the "as published" variant (undecidable counted below). */
  asPublished?: boolean;
  /** The group shown first; default: "no" of a yes/no column, else the largest. */
  reference?: number | string;
}

/** One value shown in a row of Table 1. */
export interface Table1Level {
  value: string | number;
  label: string;
}

/** One baseline characteristic, as Table 1 reads it. */
export interface Table1Variable {
  column: string;
  label: string;
  unit: string | null;
  section: Table1Section;
  /** numeric: median [IQR]; binary: n/N of "yes"; categorical: n/N of each value. */
  kind: 'numeric' | 'binary' | 'categorical';
  /** numeric: the values, NaN = missing; null otherwise. */
  values: Float64Array | null;
  /** binary and categorical: an index into `levels` per row, −1 = missing; null otherwise. */
  codes: Int32Array | null;
  /** binary: no, yes; categorical: the values present, in the registry's order (else R's). */
  levels: Table1Level[];
}

export interface Table1Inputs {
  /** Every patient (the Overall column). */
  n: number;
  /** Group per row, an index into `groups`; −1 = group unknown. Null without a stratifier. */
  group: Int32Array | null;
  /** Groups with patients, reference first, then R's level order; n = patients in the group. */
  groups: Level[];
  referenceRule: ReferenceRule | null;
  variables: Table1Variable[];
}

/**
 * The inputs of Table 1: every registry column with a Table 1 role that the dataset has (in the
 * registry's sections and order), read as numbers or as values with readable labels, and the
 * stratifier's groups with the reference first (the same rule as the survival view); the
 * stratifier's own row is left out, as its groups are the columns. Every
 * patient is kept: a missing value is counted as missing in its row, an unknown group leaves the
 * patient in the Overall column only.
 * @example table1Inputs(frame, { stratifier: 'triple_refractory' }).groups[0].label // 'Not triple-refractory'
 */
export function table1Inputs(frame: AnalysisFrame, spec: Table1Spec): Table1Inputs {
  // The stratifier itself is the columns, not a row (a split numeric column stays a row).
  const variables = TABLE1_COLUMNS.filter(
    (c) => frame.has(c.name) && (c.name !== spec.stratifier || spec.cut !== undefined),
  ).map((c) => variableOf(frame, c.name));
  if (!spec.stratifier) {
    return { n: frame.n, group: null, groups: [], referenceRule: null, variables };
  }
  const f = frame.factor(spec.stratifier, { cut: spec.cut, asPublished: spec.asPublished });
  if (f.levels.length > MAX_GROUPS) {
    throw new Error(
      `"${frame.label(spec.stratifier)}" has ${f.levels.length} different values — too many groups for Table 1; split it at a cut-point instead.`,
    );
  }
  const present = f.levels.map((l, k) => ({ ...l, k })).filter((l) => l.n > 0);
  const { index, rule } = referenceOf(present, spec);
  const ordered = index > 0 ? [present[index], ...present.filter((_, j) => j !== index)] : present;
  const position = new Int32Array(f.levels.length).fill(-1);
  ordered.forEach((l, j) => (position[l.k] = j));
  const group = f.codes.map((c) => (c < 0 ? -1 : position[c]));
  return {
    n: frame.n,
    group,
    groups: ordered.map(({ value, label, n }) => ({ value, label, n })),
    referenceRule: rule,
    variables,
  };
}

function variableOf(frame: AnalysisFrame, name: string): Table1Variable {
  const spec = frame.spec(name)!;
  const base = {
    column: name,
    label: spec.label,
    unit: spec.unit ?? null,
    section: spec.table1!.section,
  };
  if (spec.type === 'boolean') {
    const x = frame.numeric(name);
    return {
      ...base,
      kind: 'binary',
      values: null,
      codes: Int32Array.from(x, (v) => (v === 0 ? 0 : v === 1 ? 1 : -1)),
      levels: [0, 1].map((v) => ({ value: v, label: frame.valueLabel(name, v) })),
    };
  }
  if (spec.type === 'enum' || spec.type === 'string' || spec.table1!.levels) {
    const f = frame.factor(name, { order: spec.levels });
    const kept = f.levels.map((l, k) => ({ ...l, k })).filter((l) => l.n > 0);
    const position = new Int32Array(f.levels.length).fill(-1);
    kept.forEach((l, j) => (position[l.k] = j));
    return {
      ...base,
      kind: 'categorical',
      values: null,
      codes: f.codes.map((c) => (c < 0 ? -1 : position[c])),
      levels: kept.map((l) => ({
        value: l.value,
        label: ownValue(spec.valueLabels, String(l.value)) ?? String(l.value),
      })),
    };
  }
  return { ...base, kind: 'numeric', values: frame.numeric(name), codes: null, levels: [] };
}
