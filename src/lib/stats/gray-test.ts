import { chiSquareUpper } from './chi-square-upper';
import { logRankQuadratic } from './log-rank-quadratic';
import { grayScores } from './gray-scores';

export interface GrayTestResult {
  /** s' V⁻¹ s; null when V is singular (R's cuminc then prints stat −1 and p 1). */
  stat: number | null;
  /** Groups − 1. */
  df: number;
  p: number | null;
}

/**
 * Gray's test that the cumulative incidence of one cause is the same in k groups (no strata),
 * a port of cmprsk's Fortran `crstm`/`crst`: the score s for the first k − 1 groups and its
 * variance V, with the statistic s' V⁻¹ s on k − 1 df. Rows must be sorted by time; `status`
 * is 0 censored, 1 the cause of interest, 2 any other cause; `group` is 0..k−1 with every
 * group present.
 *
 * Reference: Gray (1988) doi.org/10.1214/aos/1176350951; matches R's
 * cmprsk::cuminc(ftime, fstatus, group, rho = 0)$Tests.
 *
 * @example
 * grayTest(Float64Array.of(1, 2, 3, 4), Uint8Array.of(1, 2, 1, 1), Int32Array.of(0, 1, 1, 0), 2).df; // 1
 */
export function grayTest(
  time: Float64Array,
  status: Uint8Array,
  group: Int32Array,
  k: number,
  rho = 0,
): GrayTestResult {
  const { s, v } = grayScores(time, status, group, k, rho);
  const stat = logRankQuadratic(s, v);
  const df = k - 1;
  if (!Number.isFinite(stat)) return { stat: null, df, p: null };
  return { stat, df, p: chiSquareUpper(stat, df) };
}
