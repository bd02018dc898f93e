/**
 * Area of one segment by the linear-up/log-down rule: on a decreasing segment with both
 * concentrations above 0, the area under the exponential decline through the two points,
 * (C1 − C2)·Δt / ln(C1/C2); otherwise (rising, flat, or reaching 0) the linear trapezoid
 * Δt·(C1 + C2)/2.
 * @example logDownSegment(0, 100, 10, 50) // 721.347… = 50·10/ln 2
 */
export function logDownSegment(t1: number, c1: number, t2: number, c2: number): number {
  const w = t2 - t1;
  if (c2 < c1 && c2 > 0) return ((c1 - c2) * w) / Math.log(c1 / c2);
  return (w * (c1 + c2)) / 2;
}

/**
 * Concentration at t (t1 ≤ t ≤ t2) by the same rule: log-linear interpolation on a decreasing
 * segment with both concentrations above 0, linear otherwise (PKNCA's interp.extrap.conc with
 * "lin up/log down").
 */
function interpolate(t: number, t1: number, c1: number, t2: number, c2: number): number {
  if (t2 === t1) return c2;
  const f = (t - t1) / (t2 - t1);
  if (c2 < c1 && c2 > 0) return Math.exp(Math.log(c1) + f * Math.log(c2 / c1));
  return c1 + f * (c2 - c1);
}

/**
 * Area under a concentration–time profile by the linear-up/log-down trapezoid rule (PKNCA's
 * default, auc.method = "lin up/log down"; Gabrielsson & Weiner, _Pharmacokinetic and
 * Pharmacodynamic Data Analysis_, 5th ed., 2016; Purves, J Pharmacokinet Biopharm 1992;
 * 20:211–226): the linear
 * trapezoid Δt·(C1 + C2)/2 where the concentration rises or stays level, and
 * (C1 − C2)·Δt / ln(C1/C2) where it falls with both values above 0 — the exact area under an
 * exponential decline, which the linear rule overestimates. A fall to 0 (below the limit of
 * quantification, counted as 0) is linear. Days must be sorted ascending. With `end`, the area
 * stops there, the concentration at `end` interpolated by the same rule; null when `end` is
 * beyond the last sample.
 * @example aucLinearUpLogDown([0, 7, 14], [0, 1000, 500]) // 3500 + 3500/ln 2 ≈ 8549.4
 */
export function aucLinearUpLogDown(
  day: readonly number[],
  conc: readonly number[],
  end = Infinity,
): number | null {
  const n = day.length;
  if (n === 0) return null;
  if (end !== Infinity && end > day[n - 1]) return null;
  let auc = 0;
  for (let k = 1; k < n; k++) {
    const t1 = day[k - 1];
    const t2 = day[k];
    if (t1 >= end) break;
    if (t2 > end) {
      const cEnd = interpolate(end, t1, conc[k - 1], t2, conc[k]);
      return auc + logDownSegment(t1, conc[k - 1], end, cEnd);
    }
    auc += logDownSegment(t1, conc[k - 1], t2, conc[k]);
  }
  return auc;
}
