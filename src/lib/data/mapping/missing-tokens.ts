/**
 * The texts read as a missing value, besides an empty cell: what R, pandas, SAS, SPSS and
 * spreadsheets write. Matched exactly (`na` or `Missing` is not one: it is shown as a value to
 * decide on, never read as missing silently). docs/data-format.md lists them.
 */
export const MISSING_TOKENS: readonly string[] = [
  'NA',
  'N/A',
  'NaN',
  'nan',
  'null',
  'NULL',
  '#N/A',
  '.',
];

const SET = new Set(MISSING_TOKENS);

/** Whether a cell's text (trimmed) is one of the accepted missing-value tokens. */
export function isMissingToken(text: string): boolean {
  return SET.has(text.trim());
}
