import type { CumincCurve } from './cuminc-curve';

/** A cumulative incidence curve read at given times; null past the largest follow-up time. */
export interface CumincAt {
  /** The times asked, sorted and without duplicates (as timepoints() does). */
  times: number[];
  est: (number | null)[];
  var: (number | null)[];
}

/**
 * The step function of a cuminc curve at given times, as cmprsk's timepoints() (Fortran `tpoi`):
 * the value after any jump at t, and NA (null) for t beyond the curve's largest follow-up time
 * or before 0.
 *
 * Reference: R's cmprsk::timepoints(fit, times).
 *
 * @example
 * cumincAt({ time: [0, 1, 1, 3], est: [0, 0, 0.5, 0.5], var: [0, 0, 0.1, 0.1] }, [2, 4]).est; // [0.5, null]
 */
export function cumincAt(curve: CumincCurve, times: readonly number[]): CumincAt {
  const sorted = [...new Set(times)].sort((a, b) => a - b);
  const x = curve.time;
  const last = x.length - 1;
  const est: (number | null)[] = [];
  const variance: (number | null)[] = [];
  for (const tp of sorted) {
    let k = -1;
    if (!(x[last] < tp))
      for (let i = last - 1; i >= 0; i--)
        if (x[i] <= tp) {
          k = i;
          break;
        }
    est.push(k < 0 ? null : curve.est[k + 1]);
    variance.push(k < 0 ? null : curve.var[k + 1]);
  }
  return { times: sorted, est, var: variance };
}
