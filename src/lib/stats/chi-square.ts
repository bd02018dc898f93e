import { chiSquareUpper } from './chi-square-upper';

export interface ChiSquareResult {
  stat: number;
  df: number;
  p: number;
  expected: number[][];
  /** Yates' continuity correction applied (2×2 tables, as R's correct = TRUE). */
  yates: boolean;
  warnings: string[];
}

/**
 * Pearson's chi-square test of independence on an r×c table of counts, as R's
 * chisq.test(table) (correct = TRUE): expected = row total × column total / n; for a 2×2 table
 * Yates' correction subtracts min(0.5, |O − E|) from every |O − E|; p on (r−1)(c−1) df. Warns as
 * R when an expected count is below 5.
 *
 * @example
 * chiSquare([[12, 5], [7, 15]]).p; // R: chisq.test(matrix(c(12, 7, 5, 15), 2))$p.value
 */
export function chiSquare(table: number[][], options: { correct?: boolean } = {}): ChiSquareResult {
  const r = table.length;
  const c = r > 0 ? table[0].length : 0;
  if (r < 2 || c < 2 || table.some((row) => row.length !== c)) {
    throw new RangeError('chiSquare: need a rectangular table with at least 2 rows and 2 columns');
  }
  const rowSum = table.map((row) => row.reduce((s, v) => s + v, 0));
  const colSum = table[0].map((_, j) => table.reduce((s, row) => s + row[j], 0));
  const n = rowSum.reduce((s, v) => s + v, 0);
  const expected = table.map((_, i) => colSum.map((cs) => (rowSum[i] * cs) / n));
  let yatesValue = 0;
  if ((options.correct ?? true) && r === 2 && c === 2) {
    yatesValue = 0.5;
    for (let i = 0; i < 2; i++) {
      for (let j = 0; j < 2; j++)
        yatesValue = Math.min(yatesValue, Math.abs(table[i][j] - expected[i][j]));
    }
  }
  let stat = 0;
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < c; j++) {
      const d = Math.abs(table[i][j] - expected[i][j]) - yatesValue;
      stat += (d * d) / expected[i][j];
    }
  }
  const df = (r - 1) * (c - 1);
  const warnings = expected.some((row) => row.some((e) => e < 5))
    ? ['Chi-squared approximation may be incorrect']
    : [];
  return { stat, df, p: chiSquareUpper(stat, df), expected, yates: yatesValue > 0, warnings };
}
