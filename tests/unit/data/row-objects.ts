import type { DataTable } from '../../../src/lib/data/data-table';

/** One plain object per row (what arquero's `objects()` gave), for comparing whole tables. */
export function rowObjects(
  table: DataTable,
  names: string[] = table.columnNames(),
): Record<string, unknown>[] {
  const columns = names.map((name) => [name, table.array(name)] as const);
  return Array.from({ length: table.numRows() }, (_, i) =>
    Object.fromEntries(columns.map(([name, values]) => [name, values[i]])),
  );
}
