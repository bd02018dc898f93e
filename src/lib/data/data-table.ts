/**
 * The patient table as the data layer and the engine read it: named columns of equal length.
 * Columns hold plain values (numbers, strings, null, arrays of plain objects) in a plain array
 * or a typed array. An arquero ColumnTable has these three methods too, so it can be passed
 * wherever a DataTable is read.
 */
export interface DataTable {
  numRows(): number;
  columnNames(): string[];
  /** The values of a column; throws if the table has no such column. */
  array(name: string): ArrayLike<unknown>;
}

/**
 * A DataTable over the given columns, in the record's key order. The arrays are kept, not
 * copied, and must not be changed afterwards. Throws if the columns differ in length.
 * @example dataTable({ patient_id: ['P01', 'P02'], pfs_months: new Float64Array([3, 12]) })
 */
export function dataTable(columns: Record<string, ArrayLike<unknown>>): DataTable {
  const byName = new Map(Object.entries(columns));
  const names = [...byName.keys()];
  const n = byName.size === 0 ? 0 : (byName.get(names[0])?.length ?? 0);
  for (const [name, values] of byName) {
    if (values.length !== n) {
      throw new Error(`Column "${name}" has ${values.length} values; the table has ${n} rows.`);
    }
  }
  return {
    numRows: () => n,
    columnNames: () => [...names],
    array(name) {
      const values = byName.get(name);
      if (values === undefined) throw new Error(`The table has no column "${name}".`);
      return values;
    },
  };
}

/**
 * A new DataTable with columns added or replaced (what arquero's `assign` did): a column of
 * the same name is replaced in place, new columns go at the end. The input is not changed.
 * @example withColumns(table, { crs_high: [0, 1] }).columnNames() // [...table's, 'crs_high']
 */
export function withColumns(
  table: DataTable,
  columns: Record<string, ArrayLike<unknown>>,
): DataTable {
  const out = new Map<string, ArrayLike<unknown>>();
  for (const name of table.columnNames()) out.set(name, table.array(name));
  for (const [name, values] of Object.entries(columns)) out.set(name, values);
  return dataTable(Object.fromEntries(out));
}

/**
 * `withColumns` whose new columns are computed when first read (then kept): what the derived
 * columns are, so a load answers before every rule has run over every row — the first curve
 * needs a few of them, the column list (asked next, while the page draws) all.
 * @example withLazyColumns(table, { crs_high: () => [0, 1] }).array('crs_high') // computed now
 */
export function withLazyColumns(
  table: DataTable,
  columns: Record<string, () => ArrayLike<unknown>>,
): DataTable {
  const n = table.numRows();
  const names = table.columnNames();
  for (const name of Object.keys(columns)) if (!names.includes(name)) names.push(name);
  const computed = new Map<string, ArrayLike<unknown>>();
  return {
    numRows: () => n,
    columnNames: () => [...names],
    array(name) {
      const make = Object.hasOwn(columns, name) ? columns[name] : undefined;
      if (make === undefined) return table.array(name);
      let values = computed.get(name);
      if (values === undefined) {
        values = make();
        if (values.length !== n) {
          throw new Error(`Column "${name}" has ${values.length} values; the table has ${n} rows.`);
        }
        computed.set(name, values);
      }
      return values;
    },
  };
}
