/** The multiplicity adjustments offered beside a raw p-value. */
export type PAdjustMethod = 'holm' | 'BH';

/**
 * Adjusted p-values of one family of tests, as R's p.adjust(p, method = "holm" | "BH"): missing
 * p-values (null, NaN) are left out of the family and stay null, so n is the number of p-values
 * present. Holm (1979) controls the family-wise error rate; Benjamini–Hochberg (1995) the false
 * discovery rate (its adjusted p is the q-value). Tied p-values get equal adjusted values.
 *
 * Holm:  p̃(i) = min(1, max_{j ≤ i} (n − j + 1) p(j))   (p sorted increasingly)
 * BH:    p̃(i) = min(1, min_{j ≥ i} n / j · p(j))
 *
 * @example
 * pAdjust([0.01, 0.02, 0.04], 'holm'); // [0.03, 0.04, 0.04]
 */
export function pAdjust(p: readonly (number | null)[], method: PAdjustMethod): (number | null)[] {
  const present: number[] = [];
  p.forEach((x, i) => {
    if (x !== null && !Number.isNaN(x)) present.push(i);
  });
  const n = present.length;
  const out: (number | null)[] = p.map(() => null);
  if (n === 0) return out;
  // A stable sort by p, as R's order() (ties keep their input order; the result is the same).
  const order = [...present].sort((a, b) => (p[a] as number) - (p[b] as number));
  if (method === 'holm') {
    let running = 0;
    order.forEach((idx, j) => {
      running = Math.max(running, (n - j) * (p[idx] as number));
      out[idx] = Math.min(1, running);
    });
  } else {
    let running = Infinity;
    for (let j = n - 1; j >= 0; j--) {
      const idx = order[j];
      running = Math.min(running, (n / (j + 1)) * (p[idx] as number));
      out[idx] = Math.min(1, running);
    }
  }
  return out;
}
