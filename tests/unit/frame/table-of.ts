import type { TableLike } from '../../../src/lib/frame/analysis-frame';

/** A table from named columns, for tests. */
export function tableOf(columns: Record<string, readonly unknown[]>): TableLike {
  const names = Object.keys(columns);
  return {
    numRows: () => (names.length ? columns[names[0]].length : 0),
    columnNames: () => names,
    array: (name) => columns[name],
  };
}
