/**
 * Area under the transgene curve by the linear-up / log-down trapezoidal rule, with
 * 0 copies at day 0 and below-LLOQ samples counted as 0 (schema.md §1g, §2.9).
 * Used only to store auc_0_28d / auc_0_last in the simulated cohort; the explorer's own
 * kinetics engine recomputes them from pk_samples.
 * @example
 * aucLinearUpLogDown([0, 7, 14], [0, 100, 50]); // 350 + 50·7/ln 2
 */
export function aucLinearUpLogDown(days: readonly number[], conc: readonly number[]): number {
  let auc = 0;
  for (let j = 1; j < days.length; j++) {
    const dt = days[j] - days[j - 1];
    const [c0, c1] = [conc[j - 1], conc[j]];
    auc += c1 >= c0 || c0 <= 0 || c1 <= 0 ? ((c0 + c1) * dt) / 2 : ((c0 - c1) * dt) / Math.log(c0 / c1);
  }
  return auc;
}
