import { tableFromIPC, type Table as ArrowTable } from '@uwdata/flechette';
import { arrowColumns } from './arrow-columns';
import { arrowTypeIssues } from './arrow-type-check';
import { PATIENT_COLUMNS, type ColumnType } from './columns';
import { CsvError, csvColumns } from './csv-columns';
import { dataTable, type DataTable } from './data-table';
import { plainIssue, type Issue } from './issues';
import { columnCountProblem } from './limits';
import { whatBinary } from './sniff-binary';

export interface Decoded {
  /**
   * Column data as plain values: numbers (Int64 → number; from Arrow, a typed array when the
   * column has no nulls), strings (dictionaries decoded), 0/1 for booleans, null for missing,
   * arrays of plain objects for list<struct> serial columns.
   */
  table: DataTable;
  /** Arrow schema metadata (empty for CSV). */
  metadata: Map<string, string>;
  format: 'arrow' | 'csv';
  /** Non-fatal problems found while reading (e.g. ragged CSV lines). */
  issues: Issue[];
  /** Problems that stop the analysis, found from the Arrow types (dates, unions, NaN…). */
  errors: Issue[];
}

/** Thrown by decodeTable with a message meant for the person who chose the file. */
export class DecodeError extends Error {
  override name = 'DecodeError';
}

const ARROW_FILE_MAGIC = [0x41, 0x52, 0x52, 0x4f, 0x57, 0x31]; // "ARROW1"
const ARROW_STREAM_CONTINUATION = [0xff, 0xff, 0xff, 0xff];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** True if the bytes look like Arrow IPC (file or stream format) rather than text. */
export function looksLikeArrow(bytes: Uint8Array): boolean {
  return startsWith(bytes, ARROW_FILE_MAGIC) || startsWith(bytes, ARROW_STREAM_CONTINUATION);
}

const PATIENT_TYPES = new Map<string, ColumnType>(PATIENT_COLUMNS.map((c) => [c.name, c.type]));

const EOS = [0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0];

function endsWith(bytes: Uint8Array, suffix: number[]): boolean {
  const off = bytes.length - suffix.length;
  return off >= 0 && suffix.every((b, i) => bytes[off + i] === b);
}

function decodeArrow(bytes: Uint8Array): Decoded {
  const isFile = startsWith(bytes, ARROW_FILE_MAGIC);
  if (isFile && !endsWith(bytes, ARROW_FILE_MAGIC)) {
    throw new DecodeError('The Arrow file is incomplete (its end is missing); export it again.');
  }
  const issues: Issue[] = [];
  if (!isFile && !endsWith(bytes, EOS)) {
    issues.push(
      plainIssue(
        null,
        'arrow-stream-unterminated',
        'The Arrow stream has no end-of-stream marker, so it may be cut short; check that the number of patients is right',
      ),
    );
  }
  let arrow: ArrowTable;
  try {
    // Typed arrays are views of the bytes, so the buffer must be 8-byte aligned (a Node Buffer
    // from the shared pool may not be). Int64 as bigint, turned into a number without a throw
    // (flechette's own conversion throws beyond 2^53); maps as Map, turned into plain objects.
    const aligned = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
    arrow = tableFromIPC(aligned, { useBigInt: true, useMap: true });
  } catch (e) {
    // No codec is registered, so flechette throws 'Missing compression codec "LZ4_FRAME" (id 0)'.
    if (/compress/i.test((e as Error).message)) {
      throw new DecodeError(
        'The Arrow file is compressed (LZ4 or ZSTD), which the browser cannot read. Write it ' +
          "uncompressed (pyarrow: compression='uncompressed'; R: compression = 'uncompressed').",
      );
    }
    throw new DecodeError(
      `The file starts like an Arrow file but cannot be read (${(e as Error).message}). ` +
        'It may be truncated or damaged; export it again.',
    );
  }
  if (arrow.schema.fields.length === 0) {
    throw new DecodeError('The Arrow file has no columns (it may be truncated or damaged).');
  }
  const tooMany = columnCountProblem(arrow.schema.fields.length);
  if (tooMany) throw new DecodeError(tooMany);
  const errors = arrowTypeIssues(arrow);
  let table: DataTable;
  try {
    table = dataTable(arrowColumns(arrow));
  } catch (e) {
    throw new DecodeError(`The Arrow file could not be read fully (${(e as Error).message}).`);
  }
  return {
    table,
    metadata: new Map(arrow.schema.metadata ?? []),
    format: 'arrow',
    issues,
    errors,
  };
}

/** True if the bytes are probably binary: NUL bytes or many control characters early on. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) control++;
  }
  return control > head.length * 0.02;
}

/** UTF-8 text, falling back to Windows-1252 (older Excel exports) when it is not valid UTF-8. */
function bytesToText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * Decode an Arrow IPC file or stream (with flechette, arquero's Arrow reader) or a CSV text
 * into a table of plain values (see Decoded.table). CSV cells that are empty or NA are null; a byte-order mark
 * and CRLF line ends are accepted; ';' or tab separators are detected from the header line.
 * Known CSV columns are typed by the data contract (IDs stay text). The kind is decided by the
 * first bytes ("ARROW1" or an Arrow stream's 0xFFFFFFFF continuation marker; else text), not by
 * the file name. Throws a DecodeError with a plain-language message when the bytes are neither.
 */
export function decodeTable(
  bytes: Uint8Array,
  fileName = '',
  typeOf: (name: string) => ColumnType | undefined = (n) => PATIENT_TYPES.get(n),
): Decoded {
  if (bytes.length === 0) throw new DecodeError('The file is empty.');
  // The kind is decided by the content, never by the name: an Arrow file named .csv is Arrow.
  if (looksLikeArrow(bytes)) return decodeArrow(bytes);
  if (looksBinary(bytes)) {
    throw new DecodeError(
      `The file is not an Arrow or CSV file: it looks like ${whatBinary(bytes)}. ` +
        'Export the table as Arrow (Feather version 2) or as CSV text.',
    );
  }
  const text = bytesToText(bytes);
  if (text.replace(/^\uFEFF/, '').trim() === '') throw new DecodeError('The file is empty.');
  let csv;
  try {
    csv = csvColumns(text, typeOf, /\.tsv$/i.test(fileName) ? '\t' : undefined);
  } catch (e) {
    if (e instanceof CsvError) throw new DecodeError(e.message);
    throw e;
  }
  const { columns, issues } = csv;
  return { table: dataTable(columns), metadata: new Map(), format: 'csv', issues, errors: [] };
}
