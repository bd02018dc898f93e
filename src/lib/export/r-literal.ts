/**
 * R literals for generated scripts: numbers at full double precision, strings that R reads back
 * exactly in any locale, vectors wrapped to a readable width, and names usable in formulas.
 */

/**
 * A number as R source: the shortest decimal that identifies the double (JavaScript's
 * round-trip form, never more than 17 significant digits), `NA` for a missing value (NaN, null),
 * `Inf`/`-Inf`. R reads it back as the same double; its parser is not correctly rounded, so a
 * rare value far from 1 (say 1e-20) may come back one unit in the last place off.
 * @example rNumber(0.1 + 0.2) // '0.30000000000000004'
 */
export function rNumber(x: number | null | undefined): string {
  if (x === null || x === undefined || Number.isNaN(x)) return 'NA';
  if (x === Infinity) return 'Inf';
  if (x === -Infinity) return '-Inf';
  return Object.is(x, -0) ? '-0' : String(x);
}

/**
 * A string as an R string literal in double quotes. Backslash, quote and control characters are
 * escaped; every other control or non-ASCII character is written as `\uXXXX` (`\U{XXXXX}` beyond
 * the BMP) — never `\x`, which R refuses to mix with `\u` — so the script is plain ASCII and R
 * reads the same text whatever the locale. A NUL (which R strings
 * cannot hold) and lone surrogates become U+FFFD.
 * @example rString('CAR-T ≥ 6 "months"') // '"CAR-T \\u2265 6 \\"months\\""'
 */
export function rString(s: string): string {
  let out = '"';
  for (const ch of s) {
    let c = ch.codePointAt(0) ?? 0xfffd;
    if (c === 0 || (c >= 0xd800 && c <= 0xdfff)) c = 0xfffd;
    if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c >= 0x20 && c < 0x7f) out += ch;
    else if (c <= 0xffff) out += `\\u${hex(c, 4)}`;
    else out += `\\U{${hex(c, 1)}}`;
  }
  return out + '"';
}

/**
 * A vector as an R `c(...)` call, wrapped after `width` characters (the first line starting at
 * column `start`) with the continuation lines indented by `indent` spaces: numbers by rNumber,
 * strings by rString; `c()` when empty.
 * @example rVector([1, 0.5, NaN]) // 'c(1, 0.5, NA)'
 */
export function rVector(
  values: ArrayLike<number> | readonly (number | string | null)[],
  options: WrapOptions = {},
): string {
  const items = Array.from(values as ArrayLike<number | string | null>, (v) =>
    typeof v === 'string' ? rString(v) : rNumber(v),
  );
  return rCall('c', items, options);
}

/** Where a wrapped call breaks its lines. */
export interface WrapOptions {
  /** Last column of a line (default 100). */
  width?: number;
  /** Spaces before each continuation line (default 2). */
  indent?: number;
  /** Column at which the call starts on its first line (default 0). */
  start?: number;
}

/**
 * A call of `fn` with arguments already written as R code, wrapped as rVector wraps.
 * @example rCall('c', ['time = "numeric"', 'group = "character"']) // 'c(time = "numeric", group = "character")'
 */
export function rCall(fn: string, args: readonly string[], options: WrapOptions = {}): string {
  const { width = 100, indent = 2, start = 0 } = options;
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  let line = `${fn}(`;
  args.forEach((arg, i) => {
    const piece = arg + (i === args.length - 1 ? ')' : ',');
    const used = lines.length === 0 ? start + line.length : line.length;
    if (i > 0 && used + 1 + piece.length > width) {
      lines.push(line);
      line = pad + piece;
    } else {
      line += (i > 0 ? ' ' : '') + piece;
    }
  });
  if (args.length === 0) line += ')';
  lines.push(line);
  return lines.join('\n');
}

const RESERVED = new Set([
  'if',
  'else',
  'repeat',
  'while',
  'function',
  'for',
  'next',
  'break',
  'in',
  'TRUE',
  'FALSE',
  'NULL',
  'Inf',
  'NaN',
  'NA',
  'NA_integer_',
  'NA_real_',
  'NA_character_',
  'NA_complex_',
]);

/**
 * A column name as R code: as it is when it is a syntactic R name (`make.names(x) == x`),
 * else in backticks, so it can stand in a formula or as a `data.frame()` argument name.
 * @example rName('t_4_14') // 't_4_14'; rName('dose level') // '`dose level`'
 */
export function rName(name: string): string {
  const syntactic = /^([A-Za-z]|\.(?![0-9]))[A-Za-z0-9._]*$|^\.$/.test(name);
  if (syntactic && !RESERVED.has(name)) return name;
  return '`' + name.replace(/\\/g, '\\\\').replace(/`/g, '\\`') + '`';
}

function hex(c: number, digits: number): string {
  return c.toString(16).toUpperCase().padStart(digits, '0');
}
