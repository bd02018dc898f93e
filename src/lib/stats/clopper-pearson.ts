import { betaQuantile } from './beta-quantile';

/** A proportion x/n with its exact confidence interval. */
export interface ProportionInterval {
  x: number;
  n: number;
  /** x / n. */
  estimate: number;
  lower: number;
  upper: number;
  confLevel: number;
}

/**
 * The exact (Clopper–Pearson) confidence interval of a binomial proportion x/n, as R's
 * binom.test(x, n, conf.level = confLevel)$conf.int: the limits are the proportions at which
 * seeing x or more (lower) or x or fewer (upper) successes has probability (1 − confLevel)/2,
 * i.e. the beta quantiles qbeta(α/2, x, n − x + 1) and qbeta(1 − α/2, x + 1, n − x); the lower
 * limit is 0 when x = 0 and the upper 1 when x = n (each side keeps α/2, as R). Clopper & Pearson
 * (1934), Biometrika 26:404–413, doi.org/10.1093/biomet/26.4.404. Never narrower than the nominal
 * level, which is why small trials report it.
 * Throws a RangeError unless n ≥ 1 and 0 ≤ x ≤ n are whole numbers (R's binom.test refuses them too).
 * @example clopperPearson(54, 56) // { estimate: 0.964…, lower: 0.8768682…, upper: 0.9956452… }, R: binom.test(54, 56)$conf.int
 */
export function clopperPearson(x: number, n: number, confLevel = 0.95): ProportionInterval {
  if (!Number.isInteger(n) || n < 1 || !Number.isInteger(x) || x < 0 || x > n) {
    throw new RangeError(
      `clopperPearson: need whole numbers 0 ≤ x ≤ n and n ≥ 1 (x = ${x}, n = ${n})`,
    );
  }
  if (!(confLevel > 0 && confLevel < 1)) {
    throw new RangeError('clopperPearson: confLevel must be between 0 and 1');
  }
  const alpha = (1 - confLevel) / 2;
  return {
    x,
    n,
    estimate: x / n,
    lower: x === 0 ? 0 : betaQuantile(alpha, x, n - x + 1),
    upper: x === n ? 1 : betaQuantile(1 - alpha, x + 1, n - x),
    confLevel,
  };
}
