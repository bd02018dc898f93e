import { toCell } from './cell';
import {
  asFloat64,
  countCodes,
  cutCodes,
  distinctNumbers,
  mapParked,
  OTHER,
  plainCodes,
  smallTable,
  zeroOneCodes,
} from './factor-scans';

/** One group of a factor: its raw value, its readable label and how many rows have it. */
export interface Level {
  value: string | number;
  label: string;
  n: number;
}

/** A column as groups: a level index per row (−1 = missing) and the levels in R's order. */
export interface Factor {
  codes: Int32Array;
  levels: Level[];
}

/**
 * A column of cells (or of decoded values, read as cells by toCell: no cell array is made) as a
 * factor, with levels in the order R's factor() gives them: numbers
 * ascending, texts sorted as R's sort() in an English locale; with `order` given, those values in
 * that order (others are missing, as factor(levels = …) makes them NA). With a cut-point a numeric
 * column becomes two levels, 0 = below the cut and 1 = at or above it.
 * @example factorOf([1, 0, null, 1], String).codes // Int32Array [1, 0, -1, 1]
 */
export function factorOf(
  cells: ArrayLike<unknown>,
  label: (value: string | number) => string,
  options: { cut?: number; order?: readonly string[] } = {},
): Factor {
  const n = cells.length;
  const codes = new Int32Array(n).fill(-1);
  const { cut, order } = options;
  let values: (string | number)[];
  let counted: [number, number] | null = null;
  if (cut !== undefined) {
    values = [0, 1];
    if (ArrayBuffer.isView(cells)) cutCodes(asFloat64(cells), cut, codes);
    else {
      for (let i = 0; i < n; i++) {
        const v = toCell(cells[i]);
        if (typeof v === 'number') codes[i] = v >= cut ? 1 : 0;
      }
    }
  } else if (!order && !ArrayBuffer.isView(cells)) {
    values = plainCodes(cells, codes);
  } else if (!order && (counted = zeroOneCodes(asFloat64(cells), codes))) {
    // A yes/no column (most stratifiers): codes and counts in one pass. Only its levels present
    // are levels, as factor() makes them: a column of 1s alone has the one level 1, code 0.
    const [zeros, ones] = counted;
    if (zeros === 0) for (let i = 0; i < n; i++) if (codes[i] === 1) codes[i] = 0;
    values = [zeros > 0 ? [0] : [], ones > 0 ? [1] : []].flat();
    const counts = [zeros, ones].filter((c) => c > 0);
    return {
      codes,
      levels: values.map((value, k) => ({ value, label: label(value), n: counts[k] })),
    };
  } else {
    // A typed column without a given order: one pass finds the levels and parks small whole
    // numbers in `codes` (others are marked OTHER); the second maps them through a table.
    values = order ? [...order] : distinctNumbers(asFloat64(cells), codes);
    const index = new Map<string, number>(values.map((v, k) => [String(v), k]));
    // Numeric levels are looked up by number: no text made per row.
    const byNumber = values.every((v) => typeof v === 'number')
      ? new Map<number, number>(values.map((v, k) => [v as number, k]))
      : null;
    const level = (v: string | number) =>
      (byNumber && typeof v === 'number' ? byNumber.get(v) : index.get(String(v))) ?? -1;
    if (order) {
      for (let i = 0; i < n; i++) {
        const v = toCell(cells[i]);
        if (v !== null) codes[i] = level(v);
      }
    } else {
      if (mapParked(codes, smallTable(values))) {
        for (let i = 0; i < n; i++) if (codes[i] === OTHER) codes[i] = level(toCell(cells[i])!);
      }
    }
  }
  const counts = countCodes(codes, values.length);
  return {
    codes,
    levels: values.map((value, k) => ({ value, label: label(value), n: counts[k] })),
  };
}
