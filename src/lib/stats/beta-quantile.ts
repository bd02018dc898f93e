import { betaIncomplete } from './beta-incomplete';

/**
 * The p-quantile of the beta distribution, R's qbeta(p, a, b): the x in [0, 1] with
 * I_x(a, b) = p (betaIncomplete), found by bisection down to adjacent doubles (I increases in x).
 * @example betaQuantile(0.025, 54, 3) // 0.8768682…, R: qbeta(0.025, 54, 3)
 */
export function betaQuantile(p: number, a: number, b: number): number {
  if (!(p >= 0 && p <= 1) || !(a > 0 && b > 0)) return NaN;
  if (p === 0) return 0;
  if (p === 1) return 1;
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 2200; i++) {
    const mid = (lo + hi) / 2;
    if (mid <= lo || mid >= hi) break;
    if (betaIncomplete(mid, a, b) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
