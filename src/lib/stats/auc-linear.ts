/**
 * Area under a concentration–time profile by the linear trapezoid rule (PKNCA's
 * auc.method = "linear"; the classic non-compartmental AUC): each segment contributes
 * Δt·(C1 + C2)/2. Days must be sorted ascending (same-day duplicates make zero-width segments).
 * With `end`, the area stops there, the concentration at `end` interpolated linearly between
 * the samples around it; null when `end` is beyond the last sample (no extrapolation).
 * @example aucLinear([0, 7, 14, 28], [0, 1000, 400, 50]) // 14225
 */
export function aucLinear(
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
    const w = t2 - t1;
    if (t2 > end) {
      const cEnd = conc[k - 1] + ((conc[k] - conc[k - 1]) * (end - t1)) / w;
      return auc + ((end - t1) * (conc[k - 1] + cEnd)) / 2;
    }
    auc += (w * (conc[k - 1] + conc[k])) / 2;
  }
  return auc;
}
