/**
 * The root of an increasing function on the whole real line, by bracketing (doubling from
 * [−1, 1]) and bisection to machine precision; the fisher.test equations in log odds ratio.
 * The caller makes sure that f changes sign (f(−∞) < 0 < f(+∞)).
 *
 * @example
 * solveIncreasing((t) => t - 3); // 3
 */
export function solveIncreasing(f: (t: number) => number): number {
  let a = -1;
  let b = 1;
  for (let i = 0; i < 64 && f(a) > 0; i++) a *= 2;
  for (let i = 0; i < 64 && f(b) < 0; i++) b *= 2;
  for (let it = 0; it < 200 && b - a > 1e-15 * Math.max(1, Math.abs(a)); it++) {
    const mid = (a + b) / 2;
    if (f(mid) < 0) a = mid;
    else b = mid;
  }
  return (a + b) / 2;
}
