/**
 * A record's own entry for a key that comes from the data (a column name or a cell value), never
 * an inherited one: `labels['constructor']` on a plain object is Object's constructor function.
 * @example ownValue({ M: 'Male' }, 'constructor') // undefined
 */
export function ownValue<T>(
  record: Readonly<Record<string, T>> | undefined,
  key: string,
): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
