/**
 * Dense ranks (0-based) of the values of a Float64Array: equal values share a rank, ranks are
 * consecutive. One native typed-array sort plus a binary search per value, so it is fast on
 * 10^6 rows and creates no per-row objects. Values must not be NaN.
 *
 * @example
 * coxDenseRank(Float64Array.of(3, 1, 3, 2)); // { rank: Int32Array [2, 0, 2, 1], size: 3 }
 */
export function coxDenseRank(values: Float64Array): { rank: Int32Array; size: number } {
  const n = values.length;
  const sorted = Float64Array.from(values).sort();
  let m = 0;
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[m - 1]) sorted[m++] = sorted[i];
  const rank = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    let lo = 0;
    let hi = m - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    rank[i] = lo;
  }
  return { rank, size: m };
}

/** Stable counting sort of `order` by the small non-negative integer key `key[order[i]]`. */
function countingSort(order: Uint32Array, key: Int32Array, size: number): Uint32Array {
  const count = new Uint32Array(size + 1);
  for (let i = 0; i < order.length; i++) count[key[order[i]] + 1]++;
  for (let k = 0; k < size; k++) count[k + 1] += count[k];
  const out = new Uint32Array(order.length);
  for (let i = 0; i < order.length; i++) out[count[key[order[i]]]++] = order[i];
  return out;
}

/**
 * Row order by stratum, then ascending `time` (stable, so ties keep input order): the sort
 * R's coxph.fit does with order(strata, time). Strata are any Int32 codes.
 *
 * @example
 * coxSortOrder(Float64Array.of(5, 2, 9)); // Uint32Array [1, 0, 2]
 */
export function coxSortOrder(time: Float64Array, strata?: Int32Array): Uint32Array {
  const n = time.length;
  let order: Uint32Array = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  // Times already ascending (callers that read the dataset's time order): a stable sort keeps
  // them as they are, so one look replaces the sort.
  if (!strata && ascending(time)) return order;
  const t = coxDenseRank(time);
  order = countingSort(order, t.rank, t.size);
  if (strata) {
    const s = coxDenseRank(Float64Array.from(strata));
    order = countingSort(order, s.rank, s.size);
  }
  return order;
}

/** Whether the values never decrease (no NaN: NaN compares false, so it reads as not sorted). */
function ascending(values: Float64Array): boolean {
  for (let i = 1; i < values.length; i++) if (!(values[i - 1] <= values[i])) return false;
  return true;
}
