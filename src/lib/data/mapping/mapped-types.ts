import { PATIENT_COLUMNS, type ColumnType } from '../columns';
import type { ColumnMapping } from './column-mapping';

const CONTRACT_TYPES = new Map<string, ColumnType>(PATIENT_COLUMNS.map((c) => [c.name, c.type]));

/**
 * How the CSV reader should type each of a mapped file's columns. The reader types cells by
 * contract name, so a renamed column would otherwise be read "auto" — `patient_id` "001" would
 * become the number 1. A mapped column takes the type of the contract column it feeds; an event
 * column with codes stays text (the codes are text: "dead", "2"), so that applyMapping reads them.
 * Columns the mapping does not use keep the reader's own rule (contract name, else auto).
 * @example mappedTypeOf({ …, columns: { patient_id: 'Patient ID' } })('Patient ID') // 'string'
 */
export function mappedTypeOf(
  mapping: ColumnMapping,
  base: (name: string) => ColumnType | undefined = (n) => CONTRACT_TYPES.get(n),
): (name: string) => ColumnType | undefined {
  const bySource = new Map<string, ColumnType>();
  for (const [target, source] of Object.entries(mapping.columns)) {
    const type = mapping.codes[target] ? 'string' : CONTRACT_TYPES.get(target);
    if (type) bySource.set(source, type);
  }
  return (name) => bySource.get(name) ?? base(name);
}
