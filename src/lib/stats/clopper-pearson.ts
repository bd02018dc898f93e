import { betaIncomplete } from './beta-incomplete';

/** The q-quantile of the beta(a, b) distribution by bisection on I_x(a, b) (to 1e-15). */
function betaQuantile(q: number, a: number, b: number): number {
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 200 && hi - lo > 1e-15; i++) {
    const mid = (lo + hi) / 2;
    if (betaIncomplete(mid, a, b) < q) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * The exact (Clopper–Pearson 1934, doi.org/10.1093/biomet/26.4.404) confidence interval of a
 * proportion x/n, as R's binom.test(x, n)$conf.int: the α/2 quantile of beta(x, n − x + 1) and
 * the 1 − α/2 quantile of beta(x + 1, n − x); 0 and 1 at the ends.
 * @example clopperPearson(4, 56) // { lower: 0.0198…, upper: 0.1729… }
 */
export function clopperPearson(
  x: number,
  n: number,
  level = 0.95,
): { lower: number | null; upper: number | null } {
  if (!(n > 0) || x < 0 || x > n) return { lower: null, upper: null };
  const alpha = 1 - level;
  return {
    lower: x === 0 ? 0 : betaQuantile(alpha / 2, x, n - x + 1),
    upper: x === n ? 1 : betaQuantile(1 - alpha / 2, x + 1, n - x),
  };
}
