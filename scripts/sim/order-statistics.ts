/**
 * Sorted values whose SPSS (HAVERAGE, R quantile type 6) quartiles are exactly the
 * given ones. For n = 56, type 6 puts Q1 at order statistic 14.25, the median at 28.5
 * and Q3 at 42.75, so x14 = x15 = Q1, x28 = x29 = median and x42 = x43 = Q3 pin them
 * exactly; the other order statistics are interpolated linearly and rounded to `step`.
 * @example
 * quartileOrderStatistics(56, [33, 51, 56, 61, 73], 1); // 56 integers, quartiles 51/56/61
 */
export function quartileOrderStatistics(
  n: number,
  fiveNumbers: readonly [number, number, number, number, number],
  step: number,
): number[] {
  const [min, q1, med, q3, max] = fiveNumbers;
  const h1 = (n + 1) * 0.25;
  const h2 = (n + 1) * 0.5;
  const h3 = (n + 1) * 0.75;
  // knots at 1-based positions: both order statistics around each type-6 position take the quartile
  const knots: [number, number][] = [
    [1, min],
    [Math.floor(h1), q1],
    [Math.ceil(h1), q1],
    [Math.floor(h2), med],
    [Math.ceil(h2), med],
    [Math.floor(h3), q3],
    [Math.ceil(h3), q3],
    [n, max],
  ];
  const out: number[] = [];
  for (let pos = 1; pos <= n; pos++) {
    let k = 0;
    while (k < knots.length - 2 && knots[k + 1][0] < pos) k++;
    const [x0, y0] = knots[k];
    const [x1, y1] = knots[k + 1];
    const y = x1 === x0 ? y1 : y0 + ((y1 - y0) * (pos - x0)) / (x1 - x0);
    out.push(roundTo(y, step));
  }
  return out;
}

/** Round to a multiple of step (0.1 → one decimal), avoiding binary noise like 16.299999. */
export function roundTo(x: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  return Number((Math.round(x / step) * step).toFixed(decimals));
}
