/**
 * Columns read as numbers once, and scanned in loops that each see one kind of array.
 *
 * A decoded column is a typed array (an Arrow column without nulls: a zero-copy view of the
 * file) or a plain array (with null for missing). A loop that reads both kinds — and the
 * Float64Array, Uint8Array, Int32Array … of different columns — is "megamorphic" in V8: every
 * element read goes through a generic lookup, 20–80× slower than a loop over one kind. At
 * 100,000 patients × 80 columns that is the difference between a second and a few milliseconds,
 * so the validators, the derivation and the analysis frame read numbers through here: each
 * column becomes a Float64Array (NaN = missing) once, cached per column array, and every check
 * is a plain scan over it.
 */

const cache = new WeakMap<object, Float64Array>();
const EMPTY = new Float64Array(0);

/** Finite numbers as they are; anything else (missing, text, ±Infinity) as NaN. Plain arrays. */
function fromPlain(values: ArrayLike<unknown>): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    out[i] = typeof v === 'number' && v - v === 0 ? v : NaN;
  }
  return out;
}

/** The array itself when every value is finite or NaN, else a copy with ±Infinity as NaN. */
function fromFloat64(values: Float64Array): Float64Array {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === Infinity || v === -Infinity) {
      return values.map((x) => (x - x === 0 ? x : NaN));
    }
  }
  return values;
}

/**
 * A column as finite numbers, NaN for anything else (null, text, ±Infinity, NaN): what `num()`
 * reads, for a whole column at once. Made once per column array and shared: never modify it.
 * A Float64Array of finite values is returned as is (no copy).
 * @example finiteNumbers([1.5, null, 'x', Infinity]) // Float64Array [1.5, NaN, NaN, NaN]
 */
export function finiteNumbers(values: ArrayLike<unknown>): Float64Array {
  if (values.length === 0) return EMPTY;
  if (typeof values !== 'object') return fromPlain(values);
  let out = cache.get(values);
  if (out === undefined) {
    if (values instanceof Float64Array) out = fromFloat64(values);
    else if (ArrayBuffer.isView(values)) out = Float64Array.from(values as ArrayLike<number>);
    else out = fromPlain(values);
    cache.set(values, out);
  }
  return out;
}

/** How many values are NaN. */
export function countNaN(x: Float64Array): number {
  let k = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== x[i]) k++;
  return k;
}

/** True when some value is ±Infinity (a typed integer column never is). */
export function hasInfinity(values: ArrayLike<unknown>): boolean {
  if (values instanceof Float64Array) return infinite64(values);
  if (ArrayBuffer.isView(values)) return false;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === Infinity || v === -Infinity) return true;
  }
  return false;
}

function infinite64(x: Float64Array): boolean {
  for (let i = 0; i < x.length; i++) if (x[i] === Infinity || x[i] === -Infinity) return true;
  return false;
}

/**
 * How many values are missing: null, undefined, NaN (and, read as model cells, empty text and
 * anything that is not a number, text or boolean). A typed array holds numbers only.
 */
export function countMissing(values: ArrayLike<unknown>): number {
  if (values instanceof Float64Array) return countNaN(values);
  if (ArrayBuffer.isView(values)) return 0;
  let k = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const t = typeof v;
    if (t === 'number') {
      if (v !== v) k++;
    } else if (t === 'string') {
      if (v === '') k++;
    } else if (t !== 'boolean' && t !== 'bigint') k++;
  }
  return k;
}

/** Every value is 0, 1 or NaN (missing). */
export function onlyZeroOneOrNaN(x: Float64Array): boolean {
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v !== 0 && v !== 1 && v === v) return false;
  }
  return true;
}

/**
 * Every value (NaN = missing, skipped) lies in [lo, hi], is whole when `integer`, and is not 0
 * when `noZero`: then the range, sign, integer and zero-time checks have nothing to report.
 */
export function inRange(
  x: Float64Array,
  lo: number,
  hi: number,
  integer: boolean,
  noZero: boolean,
) {
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v !== v) continue;
    if (v < lo || v > hi || (integer && Math.floor(v) !== v) || (noZero && v === 0)) return false;
  }
  return true;
}

/** Every value is missing or one of `allowed` (one scan; nearly every column passes). */
export function allAllowed(values: ArrayLike<unknown>, allowed: ReadonlySet<string>): boolean {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (
      typeof v === 'string'
        ? !allowed.has(v)
        : v !== null && v !== undefined && v === v && !allowed.has(String(v))
    ) {
      return false;
    }
  }
  return true;
}
