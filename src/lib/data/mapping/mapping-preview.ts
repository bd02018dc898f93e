import { decodeTable } from '../decode';
import { fileSizeProblem } from '../limits';
import { columnProfile, type ColumnProfile } from './column-profile';
import { eventCodes, type EventCode } from './event-codes';
import { proposeMapping, type MappingProposal } from './propose-mapping';

/** How many of the file's rows the mapping step previews. */
export const PREVIEW_ROWS = 5;

/** What the mapping step needs from a file: its columns, size, the proposal and a sample. */
export interface MappingPreview {
  fileName: string;
  /** The file's own column names, in its order. */
  columns: string[];
  n: number;
  proposal: MappingProposal;
  /** The first rows as read (text for CSV), column by column: applyMapping previews them. */
  sample: Record<string, unknown[]>;
  /** Every column's profile, so a unit can be guessed for any column the user picks. */
  profiles: ColumnProfile[];
  /** The values and counts of every column with few distinct values (a possible event column). */
  values: Record<string, EventCode[]>;
}

/** A column with more distinct values than this is not offered codes to decide on. */
const MAX_CODES = 12;

export type MappingPreviewResult =
  { ok: true; preview: MappingPreview } | { ok: false; message: string };

/**
 * Reads a file for the mapping step: every CSV cell as text (so the proposal and the preview see
 * what the file says, "001" and "dead" alike), the proposal of proposeMapping, the first rows.
 * Never throws: a file that cannot be read gives the reader's message.
 * @example mappingPreview(bytes, 'export.csv') // { ok: true, preview: { columns: ['Patient ID', …], … } }
 */
export function mappingPreview(bytes: Uint8Array, fileName: string): MappingPreviewResult {
  const tooBig = fileSizeProblem(bytes.length, fileName || 'The file');
  if (tooBig) return { ok: false, message: tooBig };
  try {
    const { table } = decodeTable(bytes, fileName, () => 'string');
    const columns = table.columnNames();
    const n = table.numRows();
    const sample = Object.fromEntries(
      columns.map((c) => [c, Array.from(table.array(c)).slice(0, PREVIEW_ROWS)]),
    );
    const profiles = columns.map((c) => columnProfile(c, table.array(c)));
    const values = Object.fromEntries(
      profiles
        .filter((p) => p.distinctCount <= MAX_CODES)
        .map((p) => [p.name, eventCodes(table.array(p.name))]),
    );
    const proposal = proposeMapping(table);
    return { ok: true, preview: { fileName, columns, n, proposal, sample, profiles, values } };
  } catch (e) {
    return { ok: false, message: (e as Error).message };
  }
}
