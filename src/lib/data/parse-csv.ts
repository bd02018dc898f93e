/**
 * A small RFC 4180 CSV reader: quoted fields, doubled quotes, CRLF or LF line ends, a leading
 * byte-order mark, blank lines skipped. Returns raw strings so that typing (and keeping IDs such
 * as "007" as text) is decided by the data contract, not by guessing.
 */
export function parseCsvRows(text: string, delimiter = ','): string[][] {
  return parseCsv(text, delimiter).rows;
}

export interface ParsedCsv {
  rows: string[][];
  /** The 1-based line of the file where a quote opened that is never closed, or null. */
  unclosedQuoteLine: number | null;
}

/**
 * parseCsvRows, also telling where a quote opened that never closed (it swallows the rest of
 * the file into one cell, so the table is wrong even when it looks read).
 * @example parseCsv('a,b\n"1,2\n3,4\n').unclosedQuoteLine // 2
 */
export function parseCsv(text: string, delimiter = ','): ParsedCsv {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  let line = 1;
  let openedOn = 0;
  const endRow = () => {
    row.push(field);
    // skip blank lines (a single empty unquoted field)
    if (!(row.length === 1 && row[0] === '' && !wasQuoted)) rows.push(row);
    row = [];
    field = '';
    wasQuoted = false;
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n' || (c === '\r' && src[i + 1] !== '\n')) line++;
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
      wasQuoted = true;
      openedOn = line;
    } else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      line++;
      endRow();
    } else field += c;
  }
  if (field !== '' || row.length > 0 || wasQuoted) endRow();
  return { rows, unclosedQuoteLine: quoted ? openedOn : null };
}

/** Pick ',' unless the header line has semicolons (or tabs) and no commas. */
export function sniffDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  if (firstLine.includes(',')) return ',';
  if (firstLine.includes(';')) return ';';
  if (firstLine.includes('\t')) return '\t';
  return ',';
}
