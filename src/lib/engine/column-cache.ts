import type { DataTable } from '../data/data-table';
import { groupCodes, type GroupCodes } from './group-codes';
import { naiveThreshold } from './naive-threshold';
import { toNumber } from './to-number';

/** Columns of the loaded dataset in the forms the views need, each computed once. */
export interface ColumnSource {
  n: number;
  has(name: string): boolean;
  /** Numbers as a Float64Array; anything missing or non-numeric is NaN. */
  numeric(name: string): Float64Array;
  /** The raw values (text columns, facet matching). */
  raw(name: string): ArrayLike<unknown>;
  /** Group codes of a stratifier (see groupCodes), optionally split at a cut-point. */
  groups(name: string, cut?: number, asPublished?: boolean): GroupCodes;
}

/**
 * A ColumnSource over an arquero table that memoises every conversion: toggling back to a
 * stratifier, or switching endpoints, reuses the typed arrays instead of re-reading the table.
 */
export function columnCache(table: DataTable): ColumnSource {
  const names = new Set(table.columnNames());
  const raws = new Map<string, ArrayLike<unknown>>();
  const numbers = new Map<string, Float64Array>();
  const codes = new Map<string, GroupCodes>();
  const source: ColumnSource = {
    n: table.numRows(),
    has: (name) => names.has(name),
    raw(name) {
      if (!names.has(name)) throw new Error(`This dataset has no column "${name}".`);
      let r = raws.get(name);
      if (!r) raws.set(name, (r = table.array(name) as ArrayLike<unknown>));
      return r;
    },
    numeric(name) {
      let x = numbers.get(name);
      if (!x) {
        const r = source.raw(name);
        x = new Float64Array(r.length);
        for (let i = 0; i < r.length; i++) x[i] = toNumber(r[i]);
        numbers.set(name, x);
      }
      return x;
    },
    groups(name, cut, asPublished = false) {
      const key = `${name}\u0000${cut ?? ''}\u0000${asPublished}`;
      let g = codes.get(key);
      if (!g) {
        const values = (asPublished && naiveThreshold(source, name)) || source.raw(name);
        codes.set(key, (g = groupCodes(values, cut)));
      }
      return g;
    },
  };
  return source;
}
