/**
 * The k-th smallest value (0-based) of `x`, found in expected linear time by quickselect
 * (Hoare 1961, "Algorithm 65: Find", median-of-three pivot). Reorders `x` in place: pass a copy
 * to keep the original. Afterwards every value before index k is ≤ x[k] and every value after is
 * ≥ x[k]. Values must not be NaN.
 * @example selectKth(Float64Array.of(5, 1, 4, 2), 1) // 2
 */
export function selectKth(x: Float64Array, k: number): number {
  let lo = 0;
  let hi = x.length - 1;
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    // Median of three as the pivot: sorted or reversed input stays linear.
    if (x[mid] < x[lo]) swap(x, mid, lo);
    if (x[hi] < x[lo]) swap(x, hi, lo);
    if (x[hi] < x[mid]) swap(x, hi, mid);
    const pivot = x[mid];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (x[i] < pivot) i++;
      while (x[j] > pivot) j--;
      if (i <= j) swap(x, i++, j--);
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return x[k];
  }
  return x[k];
}

function swap(x: Float64Array, a: number, b: number): void {
  const t = x[a];
  x[a] = x[b];
  x[b] = t;
}
