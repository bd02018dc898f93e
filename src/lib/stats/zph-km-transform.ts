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
  const eventTimes = [...new Set(Array.from(time).filter((_, i) => event[i] === 1))].sort(
    (a, b) => a - b,
  );
  const survAfter = new Float64Array(eventTimes.length);
  let s = 1;
  eventTimes.forEach((u, k) => {
    let atRisk = 0;
    let deaths = 0;
    for (let i = 0; i < n; i++) {
      if (time[i] >= u && (!entry || entry[i] < u)) atRisk++;
      if (time[i] === u && event[i] === 1) deaths++;
    }
    s *= 1 - deaths / atRisk;
    survAfter[k] = s;
  });
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
