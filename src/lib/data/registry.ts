import { TABLE1_SECTIONS, type ColumnMeaning, type DerivedColumnSpec } from './column-spec';
import { PATIENT_COLUMNS } from './columns';
import { DERIVED_COLUMNS, DERIVED_FAMILIES } from './derived-columns';
import { TD_COUNTERPARTS, type TdCovariateId } from './time-dependent-covariates';
import { ownValue } from './own-value';

/**
 * Lookups over the column registry (columns.ts and derived-columns.ts). Every list the explorer
 * shows — stratifiers, forest factors, readable values — is a filter over the registry, so a
 * column's meaning is declared once.
 */

const DECLARED: readonly ColumnMeaning[] = [...PATIENT_COLUMNS, ...DERIVED_COLUMNS];
const BY_NAME = new Map(DECLARED.map((c) => [c.name, c]));

/**
 * The registry entry of a column: an input column, a derived column, or a member of a derived
 * threshold family other than the defaults (e.g. `car_persist_ge9`); undefined for any other name.
 * @example columnSpec('triple_refractory')?.label // 'Triple-class refractory'
 */
export function columnSpec(name: string): ColumnMeaning | undefined {
  return BY_NAME.get(name) ?? familySpec(name);
}

/** The derived-column entry of a name (defaults or family members), else undefined. */
export function derivedSpec(name: string): DerivedColumnSpec | undefined {
  return DERIVED_COLUMNS.find((c) => c.name === name) ?? familySpec(name);
}

function familySpec(name: string): DerivedColumnSpec | undefined {
  for (const f of DERIVED_FAMILIES) {
    const m = f.pattern.exec(name);
    if (m) return f.make(Number(m[1]));
  }
  return undefined;
}

const GROUP_ORDER = ['Baseline', 'Treatment', 'Safety', 'Response and MRD', 'CAR-T kinetics'];

/** The paper's stratifiers: entries with a stratifier role, by group (derived columns first). */
export const STRATIFIER_COLUMNS: readonly ColumnMeaning[] = [...DERIVED_COLUMNS, ...PATIENT_COLUMNS]
  .filter((c) => c.stratifier)
  .sort(
    (a, b) => GROUP_ORDER.indexOf(a.stratifier!.group) - GROUP_ORDER.indexOf(b.stratifier!.group),
  );

/** The candidate factors of the forest plots, in the paper's Fig. 3 order. */
export const FOREST_COLUMNS: readonly ColumnMeaning[] = DECLARED.filter((c) => c.forest).sort(
  (a, b) => a.forest!.order - b.forest!.order,
);

/** The baseline characteristics of Table 1: entries with a Table 1 role, by section and order. */
export const TABLE1_COLUMNS: readonly ColumnMeaning[] = DECLARED.filter((c) => c.table1).sort(
  (a, b) =>
    TABLE1_SECTIONS.indexOf(a.table1!.section) - TABLE1_SECTIONS.indexOf(b.table1!.section) ||
    a.table1!.order - b.table1!.order,
);

/** The kinetic and outcome measures of the correlation matrix, in its order. */
export const CORRELATION_COLUMNS: readonly ColumnMeaning[] = DECLARED.filter(
  (c) => c.correlation,
).sort((a, b) => a.correlation!.order - b.correlation!.order);

/**
 * The readable label of one value of a column: the registry's label, else the value itself.
 * @example valueLabel('mrd_group', 'died_mrd_neg') // 'Died while MRD-negative'
 */
export function valueLabel(name: string, value: string | number): string {
  return ownValue(columnSpec(name)?.valueLabels, String(value)) ?? String(value);
}

/** The on-screen name of a column: the registry's label, else the column name itself. */
export function columnLabel(name: string): string {
  return columnSpec(name)?.label ?? name;
}

/**
 * The time-dependent covariate of a post-baseline stratifier (its fair counterpart: Cox with z(t),
 * Simon–Makuch curves, landmarks), with the stratifier itself as the naive comparison; undefined
 * for a stratifier without one.
 * @example timeDependentOf('mrd_neg_ge12') // { covariate: 'mrd_neg_sustained', months: 12, naive: 'mrd_neg_ge12' }
 */
export function timeDependentOf(
  stratifier: string,
): { covariate: TdCovariateId; months?: number; naive: string } | undefined {
  for (const c of TD_COUNTERPARTS) {
    const m = c.pattern.exec(stratifier);
    if (!m) continue;
    const months = c.months?.(m);
    return {
      covariate: c.covariate,
      ...(months !== undefined ? { months } : {}),
      naive: stratifier,
    };
  }
  return undefined;
}
