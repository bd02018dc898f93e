import { firthMaximise } from './cox-firth-maximise';
import type { CoxData } from './cox-prepare';

/** qchisq(0.95, 1) in R. */
export const CHISQ1_95 = 3.841458820694124;

/** Beyond this distance from the estimate (scaled units) the profile is taken never to cross. */
const LIMIT = 50;

/**
 * The profile of Firth's penalised log likelihood for coefficient j (Heinze & Schemper 2001):
 * deviance(b) = 2 [log L*(β̂) − max over the other coefficients of log L*(β_j = b, ·)]. The inner
 * maximum is searched from the last profiled coefficients and from the estimate (the penalised
 * likelihood can have more than one local maximum under separation); the higher one is kept.
 */
export class FirthProfile {
  private warm: Float64Array;
  constructor(
    private readonly d: CoxData,
    private readonly efron: boolean,
    private readonly beta: Float64Array,
    private readonly maxPenalised: number,
    private readonly j: number,
  ) {
    this.warm = Float64Array.from(beta);
  }

  deviance(b: number): number {
    const free = Array.from({ length: this.d.nvar }, (_, k) => k !== this.j);
    // The penalised likelihood need not be concave: start from the last profiled point and from
    // the estimate, keep the higher maximum.
    let best: ReturnType<typeof firthMaximise> | null = null;
    for (const from of [this.warm, this.beta]) {
      const start = Float64Array.from(from);
      start[this.j] = b;
      const fit = firthMaximise(this.d, start, free, this.efron);
      if (!best || fit.point.penalised > best.point.penalised) best = fit;
      if (this.d.nvar === 1) break;
    }
    if (Number.isFinite(best!.point.penalised)) this.warm = best!.beta;
    return 2 * (this.maxPenalised - best!.point.penalised);
  }

  /** Resets the starting point to the estimate (before walking the other side). */
  reset(): void {
    this.warm = Float64Array.from(this.beta);
  }

  /**
   * The profile confidence limit on one side (−1 lower, +1 upper): the b where the deviance equals
   * `crit`, found by doubling steps from the estimate until it is crossed, then bisection with
   * regula falsi (Illinois) to 1e-10. Returns ±Infinity when it is not crossed within LIMIT.
   */
  limit(side: -1 | 1, h0: number, crit = CHISQ1_95): number {
    this.reset();
    const b0 = this.beta[this.j];
    let lo = b0;
    let flo = -crit;
    let h = Math.max(h0, 1e-3);
    let hi = b0 + side * h;
    let fhi = this.deviance(hi) - crit;
    while (!(fhi > 0)) {
      if (h > LIMIT) return side * Infinity;
      lo = hi;
      flo = fhi;
      h *= 2;
      hi = b0 + side * h;
      fhi = this.deviance(hi) - crit;
    }
    let keep = 0;
    for (let it = 0; it < 200 && Math.abs(hi - lo) > 1e-10; it++) {
      const mid = (lo * fhi - hi * flo) / (fhi - flo);
      const x = Number.isFinite(mid) && (mid - lo) * (mid - hi) < 0 ? mid : (lo + hi) / 2;
      const fx = this.deviance(x) - crit;
      if (fx === 0) return x;
      if (fx > 0) {
        hi = x;
        fhi = fx;
        if (keep === -1) flo /= 2;
        keep = -1;
      } else {
        lo = x;
        flo = fx;
        if (keep === 1) fhi /= 2;
        keep = 1;
      }
    }
    return (lo + hi) / 2;
  }
}
