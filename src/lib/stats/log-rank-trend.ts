import { chiSquareUpper } from './chi-square-upper';
import type { LogRankResult } from './log-rank';

export interface LogRankTrend {
  chisq: number;
  df: 1;
  p: number | null;
  scores: number[];
}

/**
 * Test for trend across ordered groups from a log-rank result:
 * chisq = (w'(O − E))² / (w' V w) on 1 df, with scores w (default 1..k in group-code order).
 *
 * Reference: Collett, Modelling Survival Data in Medical Research (3rd ed., 2015) §2.7;
 * checked against R by the same formula on survdiff()'s obs, exp and var
 * (tests/reference/r/km.R, trend_test).
 *
 * @example
 * logRankTrend(logRank(time, event, stage)).p;
 */
export function logRankTrend(result: LogRankResult, scores?: readonly number[]): LogRankTrend {
  const k = result.observed.length;
  const w = scores ? [...scores] : Array.from({ length: k }, (_, g) => g + 1);
  if (w.length !== k) throw new RangeError(`Expected ${k} scores, got ${w.length}`);
  let u = 0;
  let var_ = 0;
  for (let g = 0; g < k; g++) {
    u += w[g] * (result.observed[g] - result.expected[g]);
    for (let h = 0; h < k; h++) var_ += w[g] * result.variance[g][h] * w[h];
  }
  const chisq = (u * u) / var_;
  const p = chiSquareUpper(chisq, 1);
  return { chisq, df: 1, p: Number.isFinite(p) ? p : null, scores: w };
}
