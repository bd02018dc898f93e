const TOLERANCE = Math.sqrt(2.220446049250313e-16); // sqrt(.Machine$double.eps)

/**
 * Times at which the step function y (1 − survival, NaN = NA) first reaches each p, with R's
 * midpoint rule for flat stretches; null where R gives NA. Equivalent to survival:::findq,
 * which de-duplicates y and calls approx(y ± tol, 1:n, p, "constant", f = 1): that picks the
 * smallest knot y ± tol that is ≥ p (NA when p lies outside the knots), at the first position
 * of that y value. Here each such knot is found by a linear scan, so a 10^6-step curve needs
 * no sort and no hash set, even when y (from an upper confidence curve) is not monotone.
 *
 * @example
 * kmFindQuantiles(Float64Array.of(0, 1, 2), Float64Array.of(0, 0.5, 1), [0.5]); // [1.5]
 */
export function kmFindQuantiles(
  x: Float64Array,
  y: Float64Array,
  probs: readonly number[],
): (number | null)[] {
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < y.length; i++) {
    if (y[i] < minY) minY = y[i];
    if (y[i] > maxY) maxY = y[i];
  }
  if (!(maxY >= Math.min(...probs))) return probs.map(() => null);
  const xmax = x[x.length - 1];
  const last = lastNewValue(y);
  return probs.map((p) => {
    const i1 = knotAtOrAbove(y, TOLERANCE, p, minY, maxY);
    const i2 = knotAtOrAbove(y, -TOLERANCE, p, minY, maxY);
    let q = (x[i1] + x[i2]) / 2; // NaN when an index is NA
    if (p === 0) q = x[0];
    if (!Number.isNaN(last) && Math.abs(p - last) < TOLERANCE) q = (x[i1] + xmax) / 2;
    return Number.isFinite(q) ? q : null;
  });
}

/**
 * approx(y + shift, 1:n, p, "constant", f = 1, rule = 1) on de-duplicated y: the first
 * position of the smallest y with y + shift ≥ p, or NaN when p is outside [min, max] + shift.
 */
function knotAtOrAbove(
  y: Float64Array,
  shift: number,
  p: number,
  minY: number,
  maxY: number,
): number {
  if (p < minY + shift || p > maxY + shift) return NaN;
  let best = Infinity;
  let at = NaN;
  for (let i = 0; i < y.length; i++) {
    const v = y[i];
    if (v + shift >= p && v < best) {
      best = v;
      at = i;
    }
  }
  return at;
}

/** The last element of R's y[!duplicated(y)]: the value whose first occurrence is latest. */
function lastNewValue(y: Float64Array): number {
  const same = (a: number, b: number) => a === b || (Number.isNaN(a) && Number.isNaN(b));
  let i = y.length - 1;
  for (let tries = 0; i >= 0 && tries < 4; tries++) {
    let start = i;
    while (start > 0 && same(y[start - 1], y[i])) start--;
    let seen = false;
    for (let k = 0; k < start && !seen; k++) seen = same(y[k], y[i]);
    if (!seen) return y[i];
    i = start - 1;
  }
  // Rare: several trailing values repeat earlier ones; fall back to a set of first occurrences.
  const firsts = new Set<number>();
  let value = NaN;
  for (let k = 0; k < y.length; k++) {
    if (!firsts.has(y[k])) {
      firsts.add(y[k]);
      value = y[k];
    }
  }
  return value;
}
