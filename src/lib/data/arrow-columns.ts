import { Type, type Column, type Table } from '@uwdata/flechette';
import { plainValue } from './plain-value';
import { utf8Column } from './utf8-column';

type Values = ArrayLike<unknown>;

/** Missing as null, never NaN; 64-bit integers (bigint) as numbers. */
function plainNumber(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  return typeof v === 'number' && Number.isNaN(v) ? null : v;
}

/**
 * Numbers of a numeric column. Without nulls flechette gives a typed array (from a single
 * record batch of Float64 or Int32, a zero-copy view of the file's bytes); it is kept unless it
 * holds bigints (Int64, read with useBigInt) or NaN, which the rest of the app expects as null.
 * With nulls flechette gives a plain array with null in the gaps.
 */
function numbers(column: Column<unknown>): Values {
  const a = column.toArray() as Values;
  if (a instanceof BigInt64Array || a instanceof BigUint64Array) {
    return Float64Array.from(a, Number);
  }
  if (a instanceof Float64Array || a instanceof Float32Array) {
    for (let i = 0; i < a.length; i++) if (Number.isNaN(a[i])) return Array.from(a, plainNumber);
    return a;
  }
  if (ArrayBuffer.isView(a)) return a; // integer typed arrays hold no NaN
  return Array.from(a, plainNumber);
}

/** Bool → 0/1 (as the CSV reader and the validators expect), null stays null. */
function booleans(column: Column<unknown>): Values {
  const a = column.toArray() as ArrayLike<boolean | null>;
  if (column.nullCount === 0) return Uint8Array.from(a, (b) => (b ? 1 : 0));
  return Array.from(a, (b) => (b === null ? null : b ? 1 : 0));
}

const NUMERIC = new Set<number>([
  Type.Int,
  Type.Float,
  Type.Decimal,
  Type.Date,
  Type.Time,
  Type.Timestamp,
  Type.Duration,
]);
const TEXT = new Set<number>([Type.Utf8, Type.LargeUtf8, Type.Utf8View]);

function plainColumn(column: Column<unknown>): Values {
  const type = column.type;
  if (NUMERIC.has(type.typeId)) return numbers(column);
  if (type.typeId === Type.Bool) return booleans(column);
  // Strings, plain or dictionary-encoded (the dictionary is decoded once by flechette).
  if (TEXT.has(type.typeId)) return utf8Column(column) ?? (column.toArray() as Values);
  if (type.typeId === Type.Dictionary && TEXT.has(type.dictionary.typeId)) {
    return column.toArray() as Values;
  }
  // Lists (list<struct> serial columns), structs, maps, unions, binary, other dictionaries:
  // one plain value per cell.
  return Array.from(column, plainValue);
}

/**
 * Plain columns of a flechette table (decoded with useBigInt: true): numbers as typed arrays
 * or arrays with null for missing (Int64 → number, NaN → null), Bool → 0/1, strings
 * (dictionaries decoded), list<struct> → arrays of plain objects. A repeated column name keeps
 * its first column (the first match by name, as before).
 * @example arrowColumns(tableFromIPC(bytes, { useBigInt: true })).pfs_months // Float64Array
 */
export function arrowColumns(table: Table): Record<string, Values> {
  const out = new Map<string, Values>();
  table.schema.fields.forEach((field, i) => {
    if (!out.has(field.name)) out.set(field.name, plainColumn(table.getChildAt(i)));
  });
  return Object.fromEntries(out);
}
