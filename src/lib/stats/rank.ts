/**
 * Ranks (1-based) with ties given their average rank, as R's rank(x) (ties.method =
 * "average"). Also returns the sizes of the tie groups (each group of ≥ 2 equal values), which
 * rank-based tests need for their tie corrections. Values must not be NaN.
 *
 * @example
 * rank(Float64Array.of(10, 20, 10)); // { ranks: Float64Array [1.5, 3, 1.5], ties: [2] }
 */
export function rank(values: ArrayLike<number>): { ranks: Float64Array; ties: number[] } {
  const n = values.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => values[a] - values[b]);
  const ranks = new Float64Array(n);
  const ties: number[] = [];
  for (let i = 0; i < n;) {
    let j = i + 1;
    while (j < n && values[order[j]] === values[order[i]]) j++;
    const avg = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) ranks[order[k]] = avg;
    if (j - i > 1) ties.push(j - i);
    i = j;
  }
  return { ranks, ties };
}
