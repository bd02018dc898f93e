/**
 * Arrow files for the bad-data corpus: the fixture cohort written by apache-arrow, then columns
 * replaced, added or repeated with flechette (which can also write unions and dictionaries).
 */
import * as F from '@uwdata/flechette';
import { META_KEYS } from '../../src/lib/data/columns';
import { toArrow, type Row } from '../../tests/unit/data/fixture-cohort';

export interface ArrowEdit {
  /** Columns to replace (same name) or add (new name), as [values, flechette type]. */
  set?: Record<string, [unknown[], F.DataType]>;
  /** Names of columns to write twice (the copy goes at the end). */
  repeat?: string[];
  /** Extra schema metadata. */
  metadata?: Record<string, string>;
  format?: 'file' | 'stream';
}

const BASE_META: Record<string, string> = {
  [META_KEYS.formatVersion]: '1',
  [META_KEYS.simulated]: 'true',
  [META_KEYS.label]: 'Bad-data corpus case',
};

/** Arrow IPC bytes of the rows with the edits applied. */
export function editedArrow(rows: Row[], edit: ArrowEdit = {}): Uint8Array {
  const base = F.tableFromIPC(toArrow(rows, null, 'file'), { useBigInt: true });
  const entries: [string, F.Column<unknown>][] = base.schema.fields.map((f, i) => [
    f.name,
    base.getChildAt(i),
  ]);
  for (const [name, [values, type]] of Object.entries(edit.set ?? {})) {
    const column = F.columnFromArray(values, type);
    const at = entries.findIndex(([n]) => n === name);
    if (at >= 0) entries[at] = [name, column];
    else entries.push([name, column]);
  }
  for (const name of edit.repeat ?? []) {
    const found = entries.find(([n]) => n === name);
    if (found) entries.push([name, found[1]]);
  }
  const table = F.tableFromColumns(entries);
  table.schema.metadata = new Map(Object.entries({ ...BASE_META, ...edit.metadata }));
  return F.tableToIPC(table, { format: edit.format ?? 'file' }) as Uint8Array;
}
