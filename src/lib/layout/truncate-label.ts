/**
 * Long labels, shortened where they are drawn. A group level or a column name comes from a
 * user's file and can be any length (a 5 MB cell is a valid CSV cell); drawn whole it would
 * stretch the legend, a button or a table for pages and slow the page to a crawl. Two lengths:
 *
 * - `truncateLabel`: what is drawn, at most LABEL_CHARS characters, ending with "…";
 * - `capLabel`: the full text for a tooltip (`title`, SVG `<title>`) and for exports, itself capped
 *   at CAP_CHARS characters plus "… (N characters)", so a 5 MB text is not a 5 MB attribute.
 *
 * Lengths count characters as the page shows them (a surrogate pair is one); the "(N characters)"
 * count is the text's length in UTF-16 code units (the same for letters, digits and punctuation).
 */

/** Most characters drawn for a label in a legend, a button, a table row or an option. */
export const LABEL_CHARS = 40;
/** Most characters of a label kept for its tooltip and for exports. */
export const CAP_CHARS = 200;
/** A capped label is at most CAP_CHARS + CAP_SLACK long; up to that a text is kept whole. */
const CAP_SLACK = 40;

/** The first `n` characters of `text` (code points), or null when it has no more than `n`. */
function head(text: string, n: number): string | null {
  let units = 0;
  let count = 0;
  // for…of walks code points lazily: the cost is n, not the text's length.
  for (const ch of text) {
    if (count === n) return text.slice(0, units);
    units += ch.length;
    count++;
  }
  return null;
}

/**
 * The label as drawn: whole when it has at most `max` characters, else its first `max − 1`
 * characters (trailing spaces dropped) and "…". Line breaks and tabs are shown as spaces.
 * @example truncateLabel('Not triple-refractory') // 'Not triple-refractory'
 * @example truncateLabel('x'.repeat(5e6)).length // 40
 */
export function truncateLabel(text: string, max = LABEL_CHARS): string {
  const start = head(text, max);
  if (start === null) return oneLine(text);
  const kept = head(start, max - 1) ?? start;
  return `${oneLine(kept).trimEnd()}…`;
}

/**
 * The label for a tooltip or an export: whole up to CAP_CHARS + 40 characters, else its first
 * CAP_CHARS characters, "…" and how long it is. Capping a capped label changes nothing.
 * @example capLabel('a'.repeat(5e6)) // 'aaa…a… (5,000,000 characters)' (200 a's)
 */
export function capLabel(text: string, max = CAP_CHARS): string {
  if (head(text, max + CAP_SLACK) === null) return text;
  const start = head(text, max) ?? text;
  return `${start}… (${text.length.toLocaleString('en')} characters)`;
}

/**
 * What to draw and what to show on hover: `text` truncated, and `title` the capped full text when
 * the label was shortened (undefined when it is drawn whole, so no tooltip repeats it).
 * @example shortLabel('ISS stage: II') // { text: 'ISS stage: II', title: undefined }
 */
export function shortLabel(
  text: string,
  max = LABEL_CHARS,
): { text: string; title: string | undefined } {
  const shown = truncateLabel(text, max);
  return { text: shown, title: shown === text ? undefined : capLabel(text) };
}

function oneLine(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ');
}
