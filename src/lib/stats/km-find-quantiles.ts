import { sortOrder } from './sort-order';

const TOLERANCE = Math.sqrt(2.220446049250313e-16); // sqrt(.Machine$double.eps)

/**
 * Times at which the step function y (1 − survival, NaN = NA) first reaches each p, with R's
 * midpoint rule for flat stretches; null where R gives NA. A port of survival:::findq:
 * de-duplicate y keeping first occurrences, then approx(y ± tol, 1:n, p, "constant", f = 1)
 * on the NA-free knots sorted by value (approx's regularize.values). The knots are sorted by
 * a radix sort only when y is not already non-decreasing, so a 10^6-step curve costs O(n).
 *
 * @example
 * kmFindQuantiles(Float64Array.of(0, 1, 2), Float64Array.of(0, 0.5, 1), [0.5]); // [1.5]
 */
export function kmFindQuantiles(
  x: Float64Array,
  y: Float64Array,
  probs: readonly number[],
): (number | null)[] {
  let maxY = -Infinity;
  for (let i = 0; i < y.length; i++) if (y[i] > maxY) maxY = y[i];
  if (maxY < Math.min(...probs)) return probs.map(() => null);
  const xmax = x[x.length - 1];
  const { value, position, last } = firstOccurrences(y);
  return probs.map((p) => {
    const i1 = approxConstant(value, position, TOLERANCE, p);
    const i2 = approxConstant(value, position, -TOLERANCE, p);
    let q = (x[i1] + x[i2]) / 2; // NaN when an index is NA
    if (p === 0) q = x[0];
    if (!Number.isNaN(last) && Math.abs(p - last) < TOLERANCE) q = (x[i1] + xmax) / 2;
    return Number.isFinite(q) ? q : null;
  });
}

/**
 * The distinct non-NA values of y sorted ascending, each with the position of its first
 * occurrence, and `last`: the last element of R's y[!duplicated(y)] (NaN when that is NA).
 */
function firstOccurrences(y: Float64Array): {
  value: Float64Array;
  position: Int32Array;
  last: number;
} {
  const pos: number[] = [];
  let firstNaN = -1;
  let monotone = true;
  for (let i = 0; i < y.length; i++) {
    if (Number.isNaN(y[i])) {
      if (firstNaN < 0) firstNaN = i;
      continue;
    }
    if (pos.length > 0 && y[i] < y[pos[pos.length - 1]]) monotone = false;
    pos.push(i);
  }
  let order: ArrayLike<number> = pos;
  if (!monotone) {
    const keys = Float64Array.from(pos, (i) => y[i]);
    order = Array.from(sortOrder(keys), (k) => pos[k]); // stable: first occurrence leads
  }
  const value: number[] = [];
  const position: number[] = [];
  let lastPos = -1;
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    if (value.length > 0 && y[i] === value[value.length - 1]) continue;
    value.push(y[i]);
    position.push(i);
    if (i > lastPos) lastPos = i;
  }
  const last = firstNaN > lastPos ? NaN : y[lastPos];
  return { value: Float64Array.from(value), position: Int32Array.from(position), last };
}

/**
 * R's approx1 with method "constant", f = 1, rule = 1 on knots value + shift: the position
 * stored at the matching knot, or NaN outside the knots.
 */
function approxConstant(
  value: Float64Array,
  position: Int32Array,
  shift: number,
  v: number,
): number {
  const n = value.length;
  if (n === 0 || v < value[0] + shift || v > value[n - 1] + shift) return NaN;
  let i = 0;
  let j = n - 1;
  while (i < j - 1) {
    const ij = (i + j) >>> 1;
    if (v < value[ij] + shift) j = ij;
    else i = ij;
  }
  if (v === value[j] + shift) return position[j];
  if (v === value[i] + shift) return position[i];
  return position[j];
}
