import type { KaplanMeierFit } from './kaplan-meier';

/** Restricted mean survival time: the area under the Kaplan–Meier curve from 0 to tau. */
export interface Rmst {
  tau: number;
  estimate: number;
  se: number;
}

/**
 * Restricted mean survival time up to `tau` and its standard error
 * se² = Σ_{t_i ≤ tau} A_i² d_i / (n_i (n_i − d_i)), where A_i is the area under the curve
 * from t_i to tau (a term is 0 when n_i = d_i). The curve after its last step is extended
 * flat to tau. R refuses tau below the first time; here the area is simply tau · 1.
 *
 * Reference: survival:::survmean, i.e. print(fit, rmean = tau) and
 * summary(fit, rmean = tau)$table[c("rmean", "se(rmean)")]; Royston & Parmar (2013)
 * doi.org/10.1186/1471-2288-13-152.
 *
 * @example
 * rmst(kaplanMeier(Float64Array.of(1, 2, 3, 4), Uint8Array.of(1, 1, 1, 1)), 5).estimate; // 2.5
 */
export function rmst(fit: KaplanMeierFit, tau: number): Rmst {
  const steps = fit.steps;
  // survfit0: the curve starts at min(0, first time) with S = 1.
  const start = steps.length > 0 ? Math.min(0, steps[0].time) : 0;
  let area = 0;
  let prevTime = start;
  let prevSurv = 1;
  const kept: number[] = []; // step indices with time <= tau
  for (let i = 0; i < steps.length && steps[i].time <= tau; i++) {
    area += (steps[i].time - prevTime) * prevSurv;
    prevTime = steps[i].time;
    prevSurv = steps[i].surv;
    kept.push(i);
  }
  area += (tau - prevTime) * prevSurv;
  // Walk back from tau accumulating A_i, the area after step i.
  let after = (tau - prevTime) * prevSurv;
  let variance = 0;
  for (let k = kept.length - 1; k >= 0; k--) {
    const s = steps[kept[k]];
    const h = s.nRisk - s.nEvent === 0 ? 0 : s.nEvent / (s.nRisk * (s.nRisk - s.nEvent));
    variance += after * after * h;
    if (k > 0) after += (s.time - steps[kept[k - 1]].time) * steps[kept[k - 1]].surv;
  }
  return { tau, estimate: area + start, se: Math.sqrt(variance) };
}
