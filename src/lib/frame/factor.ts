import { toCell } from './cell';

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
  if (cut !== undefined) {
    values = [0, 1];
    if (ArrayBuffer.isView(cells)) cutCodes(asFloat64(cells), cut, codes);
    else {
      for (let i = 0; i < n; i++) {
        const v = toCell(cells[i]);
        if (typeof v === 'number') codes[i] = v >= cut ? 1 : 0;
      }
    }
  } else {
    // Without a given order, one pass finds the levels and parks small whole numbers in `codes`
    // (others are marked OTHER); the second pass maps them through a table, no cell read again.
    values = order ? [...order] : distinctSorted(cells, codes);
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

/** Whole numbers 0 ≤ v < SMALL are counted in arrays indexed by the value. */
const SMALL = 1024;
const isSmall = (v: number) => v >= 0 && v < SMALL && Math.floor(v) === v;
/** In `parked`: a present value that is not a small whole number. */
const OTHER = -2;

/**
 * The distinct present values in R's order; `parked[i]` is set to the value itself when it is a
 * small whole number, −1 when missing, OTHER otherwise.
 */
function distinctSorted(cells: ArrayLike<unknown>, parked: Int32Array): (string | number)[] {
  if (ArrayBuffer.isView(cells)) return distinctNumbers(asFloat64(cells), parked);
  const seen = new Set<string | number>();
  const small = new Uint8Array(SMALL); // small whole numbers seen, without hashing
  for (let i = 0; i < cells.length; i++) {
    const v = toCell(cells[i]);
    if (v === null) parked[i] = -1;
    else if (typeof v === 'number' && isSmall(v)) {
      small[v] = 1;
      parked[i] = v;
    } else {
      seen.add(v);
      parked[i] = OTHER;
    }
  }
  for (let k = 0; k < SMALL; k++) if (small[k]) seen.add(k);
  const all = [...seen];
  if (all.every((v) => typeof v === 'number')) return (all as number[]).sort((a, b) => a - b);
  return [...new Set(all.map(String))].sort((a, b) => a.localeCompare(b, 'en'));
}

/** The level of each small whole number a parked code can hold (the levels that are one). */
function smallTable(values: readonly (string | number)[]): Int32Array {
  const table = new Int32Array(SMALL).fill(-1);
  values.forEach((v, k) => {
    const x = Number(v);
    if (isSmall(x) && String(x) === String(v)) table[x] = k;
  });
  return table;
}

/** Parked small numbers → their level, in place; true when some code is OTHER (looked up after). */
function mapParked(codes: Int32Array, table: Int32Array): boolean {
  let other = false;
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i];
    if (c >= 0) codes[i] = table[c];
    else if (c === OTHER) other = true;
  }
  return other;
}

function countCodes(codes: Int32Array, k: number): number[] {
  const counts = new Int32Array(k);
  for (let i = 0; i < codes.length; i++) if (codes[i] >= 0) counts[codes[i]]++;
  return Array.from(counts);
}

/**
 * Typed columns (numbers only, NaN = missing) take these loops: each reads one kind of array,
 * which V8 compiles to a plain scan (a loop shared with plain arrays reads every kind slowly).
 */
function asFloat64(cells: ArrayLike<unknown>): Float64Array {
  return cells instanceof Float64Array ? cells : Float64Array.from(cells as ArrayLike<number>);
}

function cutCodes(x: Float64Array, cut: number, codes: Int32Array): void {
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v === v) codes[i] = v >= cut ? 1 : 0;
  }
}

/** distinctSorted for numbers: the same levels and parking, NaN missing. */
function distinctNumbers(x: Float64Array, parked: Int32Array): number[] {
  const seen = new Set<number>();
  const small = new Uint8Array(SMALL);
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v !== v) parked[i] = -1;
    else if (isSmall(v)) {
      small[v] = 1;
      parked[i] = v;
    } else {
      seen.add(v);
      parked[i] = OTHER;
    }
  }
  for (let k = 0; k < SMALL; k++) if (small[k]) seen.add(k);
  return [...seen].sort((a, b) => a - b);
}
