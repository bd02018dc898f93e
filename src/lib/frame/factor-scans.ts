import { toCell } from './cell';

/**
 * The scans behind factorOf (factor.ts), each a loop over one kind of array (see
 * data/column-scan.ts for why that matters at registry scale).
 */

/** Whole numbers 0 ≤ v < SMALL are counted in arrays indexed by the value. */
export const SMALL = 1024;
export const isSmall = (v: number) => v >= 0 && v < SMALL && Math.floor(v) === v;
/** In `parked`: a present value that is not a small whole number. */
export const OTHER = -2;

/**
 * A plain array's codes (texts, or numbers with null): one lookup per cell gives each value a
 * code in order of first appearance, then the codes are renumbered in R's level order.
 */
export function plainCodes(cells: ArrayLike<unknown>, codes: Int32Array): (string | number)[] {
  const seen = new Map<string | number, number>();
  const distinct: (string | number)[] = [];
  for (let i = 0; i < cells.length; i++) {
    let v = toCell(cells[i]);
    if (v === null) continue;
    if (v === 0) v = 0; // −0 is the level 0, as in distinctNumbers
    let k = seen.get(v);
    if (k === undefined) {
      k = distinct.length;
      seen.set(v, k);
      distinct.push(v);
    }
    codes[i] = k;
  }
  const values = distinct.every((v) => typeof v === 'number')
    ? [...(distinct as number[])].sort((a, b) => a - b)
    : [...new Set(distinct.map(String))].sort((a, b) => a.localeCompare(b, 'en'));
  const index = new Map<string, number>(values.map((v, k) => [String(v), k]));
  const renumber = Int32Array.from(distinct, (v) => index.get(String(v))!);
  for (let i = 0; i < codes.length; i++) if (codes[i] >= 0) codes[i] = renumber[codes[i]];
  return values;
}

/** The level of each small whole number a parked code can hold (the levels that are one). */
export function smallTable(values: readonly (string | number)[]): Int32Array {
  const table = new Int32Array(SMALL).fill(-1);
  values.forEach((v, k) => {
    const x = Number(v);
    if (isSmall(x) && String(x) === String(v)) table[x] = k;
  });
  return table;
}

/** Parked small numbers → their level, in place; true when some code is OTHER (looked up after). */
export function mapParked(codes: Int32Array, table: Int32Array): boolean {
  let other = false;
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i];
    if (c >= 0) codes[i] = table[c];
    else if (c === OTHER) other = true;
  }
  return other;
}

export function countCodes(codes: Int32Array, k: number): number[] {
  const counts = new Int32Array(k);
  for (let i = 0; i < codes.length; i++) if (codes[i] >= 0) counts[codes[i]]++;
  return Array.from(counts);
}

/**
 * Typed columns (numbers only, NaN = missing) take these loops: each reads one kind of array,
 * which V8 compiles to a plain scan (a loop shared with plain arrays reads every kind slowly).
 */
export function asFloat64(cells: ArrayLike<unknown>): Float64Array {
  return cells instanceof Float64Array ? cells : Float64Array.from(cells as ArrayLike<number>);
}

/**
 * A column of 0, 1 and NaN (missing) as codes 0, 1 and −1, in one pass, with the counts of 0 and
 * of 1; null as soon as another value appears (the column is then read the general way). A yes/no
 * column's factor, made in the pass that counts it.
 */
export function zeroOneCodes(x: Float64Array, codes: Int32Array): [number, number] | null {
  let zeros = 0;
  let ones = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v === 0) {
      codes[i] = 0;
      zeros++;
    } else if (v === 1) {
      codes[i] = 1;
      ones++;
    } else if (v === v) return null;
    else codes[i] = -1;
  }
  return [zeros, ones];
}

export function cutCodes(x: Float64Array, cut: number, codes: Int32Array): void {
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v === v) codes[i] = v >= cut ? 1 : 0;
  }
}

/**
 * The distinct numbers of a typed column in R's order (NaN missing); `parked[i]` is set to the
 * value itself when it is a small whole number, −1 when missing, OTHER otherwise.
 */
export function distinctNumbers(x: Float64Array, parked: Int32Array): number[] {
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
