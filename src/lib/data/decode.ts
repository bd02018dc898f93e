import { tableFromIPC, type Table as ArrowTable } from 'apache-arrow';
import { fromArrow, fromCSV, type ColumnTable } from 'arquero';

export interface Decoded {
  /** Column data as an arquero table (Arrow-backed for .arrow input). */
  table: ColumnTable;
  /** Arrow schema metadata (empty for CSV). */
  metadata: Map<string, string>;
  format: 'arrow' | 'csv';
}

const ARROW_FILE_MAGIC = [0x41, 0x52, 0x52, 0x4f, 0x57, 0x31]; // "ARROW1"
const ARROW_STREAM_CONTINUATION = [0xff, 0xff, 0xff, 0xff];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** True if the bytes look like Arrow IPC (file or stream format) rather than text. */
export function looksLikeArrow(bytes: Uint8Array): boolean {
  return startsWith(bytes, ARROW_FILE_MAGIC) || startsWith(bytes, ARROW_STREAM_CONTINUATION);
}

/**
 * Decode an Arrow IPC file/stream (apache-arrow) or a CSV text (arquero's parser) into an
 * arquero table. Throws an Error with a plain-language message when the bytes are neither.
 */
export function decodeTable(bytes: Uint8Array, fileName = ''): Decoded {
  const isCsvName = /\.(csv|txt|tsv)$/i.test(fileName);
  if (!isCsvName && looksLikeArrow(bytes)) {
    let arrow: ArrowTable;
    try {
      arrow = tableFromIPC(bytes);
    } catch (e) {
      throw new Error(`The file is not a readable Arrow file (${(e as Error).message}).`);
    }
    return { table: fromArrow(arrow), metadata: new Map(arrow.schema.metadata), format: 'arrow' };
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.includes('\u0000')) {
    throw new Error('The file is neither an Arrow file nor a CSV text file.');
  }
  const delimiter = /\.tsv$/i.test(fileName) ? '\t' : ',';
  return { table: fromCSV(text, { delimiter }), metadata: new Map(), format: 'csv' };
}
