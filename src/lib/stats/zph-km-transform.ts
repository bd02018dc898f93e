/**
 * cox.zph's "km" time transform: 1 − S(t−), the left-continuous Kaplan–Meier estimate of all
 * rows pooled (strata ignored), evaluated at each row's stop time. With entry times the risk
 * set at u is {start < u ≤ stop}, as survfit(Surv(start, stop, event) ~ 1). Source:
 * survival's R/cox.zph.R (survfitKM, then findInterval(left.open = TRUE)).
 *
 * @example
 * zphKmTransform(Float64Array.of(1, 2, 3), Uint8Array.of(1, 1, 0)); // [0, 1/3, 2/3]
 */
export function zphKmTransform(
  time: Float64Array,
  event: Uint8Array,
  entry?: Float64Array,
): Float64Array {
  const n = time.length;
  // Counted from sorted copies, not by scanning every row at each event time (O(n log n), not
  // O(n·d): at 100,000 patients that is milliseconds, not seconds). At risk at u:
  // #{stop ≥ u} − #{start ≥ u and stop ≥ u} = #{stop ≥ u} − #{min(start, stop) ≥ u}.
  const stops = Float64Array.from(time).sort();
  const lows = entry ? Float64Array.from(time, (t, i) => Math.min(entry[i], t)).sort() : null;
  const deathTimes = Float64Array.from(time.filter((_, i) => event[i] === 1)).sort();
  const eventTimes: number[] = [];
  const survAfter: number[] = [];
  let s = 1;
  for (let k = 0; k < deathTimes.length;) {
    const u = deathTimes[k];
    let deaths = 0;
    while (k < deathTimes.length && deathTimes[k] === u) {
      deaths++;
      k++;
    }
    const atRisk = n - firstAtLeast(stops, u) - (lows ? n - firstAtLeast(lows, u) : 0);
    s *= 1 - deaths / atRisk;
    eventTimes.push(u);
    survAfter.push(s);
  }
  return Float64Array.from(time, (t) => {
    // Last event time strictly before t.
    let lo = 0;
    let hi = eventTimes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (eventTimes[mid] < t) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? 0 : 1 - survAfter[lo - 1];
  });
}

/** The index of the first value ≥ u in an ascending array (its length if none). */
function firstAtLeast(sorted: Float64Array, u: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
