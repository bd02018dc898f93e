/**
 * Exact null distribution of the Mann–Whitney statistic W (the number of pairs with x > y)
 * for group sizes m and n without ties: counts[w] = number of ways to place the m x-ranks
 * among the N = m + n ranks giving W = w, by a dynamic programme over rank sums (additions
 * only, so no cancellation; R's pwilcox uses the equivalent cwilcox recursion). We compute it
 * ourselves because @stdlib has no Wilcoxon rank-sum distribution. O(N · m · mn); meant for
 * the small samples (both < 50) where R uses it.
 *
 * @example
 * mannWhitneyCounts(2, 2); // Float64Array [1, 1, 2, 1, 1]
 */
export function mannWhitneyCounts(m: number, n: number): Float64Array {
  const N = m + n;
  const minSum = (m * (m + 1)) / 2;
  const maxSum = (m * (2 * N - m + 1)) / 2;
  const width = maxSum + 1;
  const dp = new Float64Array((m + 1) * width);
  dp[0] = 1;
  for (let j = 1; j <= N; j++) {
    for (let k = Math.min(j, m); k >= 1; k--) {
      const row = k * width;
      const prev = (k - 1) * width;
      for (let s = maxSum; s >= j; s--) dp[row + s] += dp[prev + s - j];
    }
  }
  return dp.slice(m * width + minSum, m * width + maxSum + 1);
}
