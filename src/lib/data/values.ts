import type { DataTable } from './data-table';

/** Plain array (a copy) of a column's values (empty array if the column is absent). */
export function columnValues(table: DataTable, name: string): unknown[] {
  if (!table.columnNames().includes(name)) return [];
  const values = table.array(name);
  if (Array.isArray(values)) return values.slice();
  // Typed array (Arrow column without nulls): Array.from would go through the iterator,
  // about ten times slower than this loop.
  const out = new Array<unknown>(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i];
  return out;
}

/** A finite number, or null for anything else (null, NaN, text). */
export function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** 0/1, or null for anything else. */
export function bin(v: unknown): 0 | 1 | null {
  return v === 0 || v === 1 ? v : null;
}

/** Text, or null. Numbers are turned into text (numeric IDs). */
export function str(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

export function isMissing(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v));
}

/** Indices i where pred(values[i], i) holds. */
export function whereRows<T>(values: ArrayLike<T>, pred: (v: T, i: number) => boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) if (pred(values[i], i)) out.push(i);
  return out;
}
