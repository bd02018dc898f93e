import type { ColumnInfo } from '../engine/types';

export const OTHER = 'Other columns in your file';

export interface StratifierOption {
  column: string;
  label: string;
  group: string;
  postBaseline: boolean;
  /** Set when the dataset cannot offer it: what it lacks ("needs car_persist_months"). */
  unavailable?: string;
}

/**
 * The stratifier toggles offered for a dataset: the columns with a stratifier role in the
 * registry (in its order, which the engine's column list keeps), then every other yes/no or categorical column of the file (under OTHER).
 * @example stratifierOptions(columns)[0].column // 'triple_refractory'
 */
export function stratifierOptions(columns: readonly ColumnInfo[]): StratifierOption[] {
  const option = (c: ColumnInfo, group: string): StratifierOption => ({
    column: c.name,
    label: c.label,
    group,
    postBaseline: c.postBaseline,
  });
  const known = columns.filter((c) => c.stratifier).map((c) => option(c, c.stratifier!.group));
  const extra = columns
    .filter(
      (c) => !c.stratifier && !c.internal && (c.kind === 'binary' || c.kind === 'categorical'),
    )
    .map((c) => option(c, OTHER));
  return [...known, ...extra];
}
