import { rComment } from './r-comment';
import { rCall, rName, rNumber, rString, rVector } from './r-literal';

/** One column of a data frame in a generated script. */
export interface RDataColumn {
  name: string;
  /** Numbers (NaN = missing) or texts; a column with any text is read as character. */
  values: ArrayLike<number> | readonly (number | string)[];
}

/** One data frame of a script: the data of one model, assigned to `variable`. */
export interface RDataBlock {
  variable: string;
  /** The block's value in the `model` column of a CSV that stacks several blocks. */
  key: string;
  columns: RDataColumn[];
}

export interface RData {
  /** R code that reads the CSV ('' when the data are embedded). */
  read: string;
  /** R code per block that assigns its data frame to its variable. */
  blocks: string[];
  /** The CSV to save beside the script, or null when the data are embedded. */
  csv: { fileName: string; text: string } | null;
}

/**
 * The data of a generated R script: embedded as `data.frame(...)` literals at full precision, or —
 * with more than `embedLimit` rows in all — written to one CSV beside the script and read back
 * with `read.csv` (colClasses fixed, so "F"/"T" stay texts). Several blocks share one CSV,
 * stacked, with a `model` column naming each row's block and NA in the columns it lacks.
 * @example rData([{ variable: 'd', key: 'd', columns: [{ name: 'time', values: [1, 2.5] }] }], { csvFileName: 'x.csv', embedLimit: 5000 }).blocks[0]
 * // 'd <- data.frame(\n  time = c(1, 2.5)\n)'
 */
export function rData(
  blocks: readonly RDataBlock[],
  options: { csvFileName: string; embedLimit: number },
): RData {
  const rows = blocks.reduce((sum, b) => sum + length(b), 0);
  if (rows <= options.embedLimit) return { read: '', blocks: blocks.map(embedded), csv: null };
  const stacked = blocks.length > 1;
  const names = unique(blocks.flatMap((b) => b.columns.map((c) => c.name)));
  let key = 'model';
  while (names.includes(key)) key += '_';
  const all = stacked ? [key, ...names] : names;
  const text = new Set(
    all.filter((n) => n === key || blocks.some((b) => isText(b.columns.find((c) => c.name === n)))),
  );
  const lines = [all.map(csvText).join(',')];
  for (const b of blocks) {
    const byName = new Map(b.columns.map((c) => [c.name, c.values]));
    for (let i = 0; i < length(b); i++) {
      const row = all.map((n) => {
        if (n === key && stacked) return csvText(b.key);
        const v = byName.get(n)?.[i];
        return typeof v === 'string' ? csvText(v) : rNumber(v);
      });
      lines.push(row.join(','));
    }
  }
  const classes = all.map((n) => `${rName(n)} = "${text.has(n) ? 'character' : 'numeric'}"`);
  const target = stacked ? 'all_rows' : blocks[0].variable;
  const read = [
    rComment(
      `The data (${rows} rows) are in ${options.csvFileName}, saved beside this script by the explorer. Run the script from the folder holding both files, or give csv_file its full path.`,
    ),
    `csv_file <- ${rString(options.csvFileName)}`,
    'if (!file.exists(csv_file)) {',
    '  stop("Cannot find ", csv_file, " in ", getwd(), ": put it beside the script or edit csv_file.")',
    '}',
    `${target} <- read.csv(csv_file, encoding = "UTF-8", check.names = FALSE,`,
    `  colClasses = ${rCall('c', classes, { indent: 4, start: 15 })})`,
  ].join('\n');
  const code = stacked
    ? blocks.map(
        (b) =>
          `${b.variable} <- all_rows[all_rows[[${rString(key)}]] == ${rString(b.key)}, ${rVector(
            b.columns.map((c) => c.name),
          )}]`,
      )
    : [''];
  return {
    read,
    blocks: code,
    csv: { fileName: options.csvFileName, text: lines.join('\n') + '\n' },
  };
}

function embedded(b: RDataBlock): string {
  const plain = b.columns.every((c) => rName(c.name) === c.name);
  const args = b.columns.map((c) => {
    const name = `${rName(c.name)} = `;
    return name + rVector(c.values, { indent: 4, start: 2 + name.length });
  });
  if (!plain) args.push('check.names = FALSE');
  return `${b.variable} <- data.frame(\n  ${args.join(',\n  ')}\n)`;
}

function length(b: RDataBlock): number {
  return b.columns.length > 0 ? b.columns[0].values.length : 0;
}

function isText(c: RDataColumn | undefined): boolean {
  return (
    c !== undefined && Array.from(c.values as ArrayLike<unknown>).some((v) => typeof v === 'string')
  );
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}

/** A CSV field: numbers as they are; texts quoted, with quotes doubled (RFC 4180, read.csv). */
function csvText(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}
