import type { ColumnInfo, KineticsRequest, KineticsTest } from '../engine/types';
import type { AucMethod } from '../engine/types';
import type { GroupValue } from './view-state.svelte';

/** The parts of the view state the kinetics tab depends on. */
export interface KineticsChoices {
  stratifier: string | null;
  cut: number | null;
  asPublished: boolean;
  exclude: GroupValue[];
  kineticsTest: KineticsTest;
  aucMethod: AucMethod;
}

/** Whether the dataset has CAR-T kinetics: serial samples, or at least the Cmax column. */
export function hasKinetics(columns: readonly ColumnInfo[]): boolean {
  return columns.some((c) => c.name === 'pk_samples' || c.name === 'cmax_copies');
}

/**
 * The kinetics tab's request: the active stratifier's groups (with its cut-point, "as published"
 * variant and left-out groups), the chosen test and AUC method; null without kinetics data.
 * @example kineticsPlan({ stratifier: 'crs_high', … }, columns)?.groupBy // 'crs_high'
 */
export function kineticsPlan(
  c: KineticsChoices,
  columns: readonly ColumnInfo[],
): KineticsRequest | null {
  if (!hasKinetics(columns)) return null;
  const info = columns.find((col) => col.name === c.stratifier);
  return {
    kind: 'kinetics',
    groupBy: info ? c.stratifier : null,
    ...(info && c.cut !== null ? { cut: c.cut } : {}),
    ...(info && c.asPublished && info.stratifier?.asPublished ? { asPublished: true } : {}),
    ...(info && c.exclude.length > 0 ? { exclude: [...c.exclude] } : {}),
    test: c.kineticsTest,
    auc: c.aucMethod,
  };
}
