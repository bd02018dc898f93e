import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';

export interface TTestResult {
  t: number | null;
  df: number | null;
  p: number | null;
  meanX: number | null;
  meanY: number | null;
  /** 95% CI of meanX − meanY. */
  lower: number | null;
  upper: number | null;
  nX: number;
  nY: number;
}

function moments(v: Float64Array): { n: number; mean: number; variance: number } {
  let n = 0;
  let s = 0;
  for (const x of v) {
    if (Number.isNaN(x)) continue;
    n++;
    s += x;
  }
  const mean = s / n;
  let ss = 0;
  for (const x of v) if (!Number.isNaN(x)) ss += (x - mean) * (x - mean);
  return { n, mean, variance: ss / (n - 1) };
}

/**
 * Two-sample t test as R's t.test(x, y, var.equal = FALSE | TRUE): Welch (default) with
 * Satterthwaite df, or Student with the pooled variance on nX + nY − 2 df; two-sided p and the
 * 95% CI of the difference in means. NaN values are dropped (na.omit). Like R, returns nulls
 * (R stops) when a group has < 2 values or the data are essentially constant.
 *
 * @example
 * tTest(Float64Array.of(1, 2, 3, 4), Float64Array.of(3, 5, 6, 8)).p; // Welch two-sided p
 */
export function tTest(
  x: Float64Array,
  y: Float64Array,
  options: { varEqual?: boolean } = {},
): TTestResult {
  const a = moments(x);
  const b = moments(y);
  const base = { meanX: a.n > 0 ? a.mean : null, meanY: b.n > 0 ? b.mean : null, nX: a.n, nY: b.n };
  const none = { ...base, t: null, df: null, p: null, lower: null, upper: null };
  if (a.n < 2 || b.n < 2) return none;
  let df: number;
  let stderr: number;
  if (options.varEqual) {
    df = a.n + b.n - 2;
    const v = ((a.n - 1) * a.variance + (b.n - 1) * b.variance) / df;
    stderr = Math.sqrt(v * (1 / a.n + 1 / b.n));
  } else {
    const sx = a.variance / a.n;
    const sy = b.variance / b.n;
    stderr = Math.sqrt(sx + sy);
    df = stderr ** 4 / (sx ** 2 / (a.n - 1) + sy ** 2 / (b.n - 1));
  }
  if (stderr < 10 * Number.EPSILON * Math.max(Math.abs(a.mean), Math.abs(b.mean))) return none;
  const diff = a.mean - b.mean;
  const t = diff / stderr;
  const p = 2 * tCdf(-Math.abs(t), df);
  const half = tQuantile(0.975, df) * stderr;
  return { ...base, t, df, p, lower: diff - half, upper: diff + half };
}
