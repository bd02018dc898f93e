/** One cell as a model sees it: a number, a text, or null (missing). */
export type Cell = number | string | null;

/**
 * A decoded value as a model cell: booleans 0/1, bigints (Arrow Int64) as numbers, NaN and empty
 * text as null, anything else that is not a number or text (lists, objects) as null.
 * @example toCell(true) // 1
 */
export function toCell(v: unknown): Cell {
  if (typeof v === 'number') return Number.isNaN(v) ? null : v;
  if (typeof v === 'string') return v === '' ? null : v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  return null;
}
