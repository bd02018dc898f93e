import { STRATIFIERS } from '../engine/stratifiers';

export const OTHER = 'Other columns in your file';
/** Columns that are bookkeeping or outcome details, never useful as groups. */
const NOT_STRATIFIERS = new Set(['is_simulated', 'pfs_event_type', 'fish_evaluable']);

export interface StratifierOption {
  column: string;
  label: string;
  group: string;
  postBaseline: boolean;
}

/**
 * The stratifier toggles offered for a dataset: the paper's stratifiers whose column exists,
 * then any other categorical column of the file (under OTHER, with its label).
 */
export function stratifierOptions(
  columns: readonly { name: string; label?: string; kind: string; postBaseline: boolean }[],
): StratifierOption[] {
  const present = new Set(columns.map((c) => c.name));
  const known = STRATIFIERS.filter((s) => present.has(s.column)).map((s) => ({
    column: s.column,
    label: s.label,
    group: s.group,
    postBaseline: s.postBaseline,
  }));
  const taken = new Set(known.map((k) => k.column));
  const extra = columns
    .filter(
      (c) =>
        !taken.has(c.name) &&
        !NOT_STRATIFIERS.has(c.name) &&
        (c.kind === 'binary' || c.kind === 'categorical'),
    )
    .map((c) => ({
      column: c.name,
      label: c.label || c.name,
      group: OTHER,
      postBaseline: c.postBaseline,
    }));
  return [...known, ...extra];
}
