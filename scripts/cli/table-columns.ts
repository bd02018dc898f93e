import type { DataTable } from '../../src/lib/data/data-table';
import { CliError } from './parse-args';

/** One cell of an input column: a number, a text, or null (missing). */
export type Cell = number | string | null;

/**
 * The values of a column as numbers, texts or null: booleans become 0/1, bigints numbers,
 * NaN and empty text null. Throws CliError when the column is absent.
 *
 * @example
 * readColumn(table, 'age'); // [63, null, 71, …]
 */
export function readColumn(table: DataTable, name: string): Cell[] {
  if (!table.columnNames().includes(name)) {
    throw new CliError(`column '${name}' not found (columns: ${table.columnNames().join(', ')})`);
  }
  return Array.from(table.array(name) as ArrayLike<unknown>, (v): Cell => {
    if (v === null || v === undefined) return null;
    if (typeof v === 'boolean') return v ? 1 : 0;
    if (typeof v === 'bigint') return Number(v);
    if (typeof v === 'number') return Number.isNaN(v) ? null : v;
    const s = String(v);
    return s === '' ? null : s;
  });
}

/** True when every non-missing cell is a number. */
export function isNumeric(cells: readonly Cell[]): boolean {
  return cells.every((c) => c === null || typeof c === 'number');
}

/** A numeric column as Float64Array, NaN = missing; throws CliError on text. */
export function numericColumn(cells: readonly Cell[], name: string): Float64Array {
  if (!isNumeric(cells)) throw new CliError(`column '${name}' must be numeric`);
  return Float64Array.from(cells, (c) => (c === null ? NaN : (c as number)));
}

/**
 * An event column coded as R's Surv() accepts it: 0/1, TRUE/FALSE, or 1/2 (1 = censored,
 * 2 = event) when the largest value is 2. NaN = missing. Other codes are a CliError.
 */
export function eventColumn(cells: readonly Cell[], name: string): Float64Array {
  const x = numericColumn(cells, name);
  let max = -Infinity;
  for (const v of x) if (v > max) max = v;
  const shift = max === 2 ? 1 : 0;
  return x.map((v) => {
    if (Number.isNaN(v)) return NaN;
    const e = v - shift;
    if (e !== 0 && e !== 1)
      throw new CliError(`column '${name}' must be coded 0/1 or 1/2, found ${v}`);
    return e;
  });
}

/** Text order used for levels and by modelMatrix: locale-aware, close to R's sort() in en_US. */
export function compareText(a: string, b: string): number {
  return a.localeCompare(b, 'en');
}

/**
 * Factor codes 0..k−1 of a column, −1 = missing or not among `levels`. Without `levels`,
 * numbers sort numerically and texts as compareText, like R's factor().
 */
export function factorCodes(
  cells: readonly Cell[],
  levels?: readonly string[],
): { codes: Int32Array; levels: string[] } {
  let order = levels ? [...levels] : null;
  if (!order) {
    const distinct = [...new Set(cells.filter((c): c is number | string => c !== null))];
    order = isNumeric(cells)
      ? (distinct as number[]).sort((a, b) => a - b).map(String)
      : distinct.map(String).sort(compareText);
  }
  const index = new Map(order.map((l, i) => [l, i]));
  const codes = Int32Array.from(cells, (c) => (c === null ? -1 : (index.get(String(c)) ?? -1)));
  return { codes, levels: order };
}
