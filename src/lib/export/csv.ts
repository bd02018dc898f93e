/** One CSV cell: numbers are written as they are, texts quoted when needed, null as empty. */
export type CsvCell = string | number | null;

/** Characters that make a spreadsheet read a text cell as a formula (OWASP CSV injection). */
const FORMULA = /^[=+\-@\t\r]/;

/**
 * A table as CSV text (RFC 4180): comma-separated, CRLF line ends, a cell quoted when it holds a
 * comma, quote or line break (quotes doubled). A text cell that begins with = + - @ (or tab,
 * carriage return) gets a leading apostrophe, so a spreadsheet shows it instead of running it;
 * numbers are written in full (JavaScript's shortest round-trip form), negatives untouched.
 * @example toCsv([['group', 'n'], ['=cmd', 3]]) // 'group,n\r\n\'=cmd,3\r\n'
 */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

function cell(v: CsvCell): string {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const text = FORMULA.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
