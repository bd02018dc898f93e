import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import { COX_CONTROL, type CoxNewtonResult } from './cox-newton';
import type { CoxTerm } from './cox';

/** qnorm(0.975) in R: the 95% confidence multiplier of summary.coxph. */
const Z975 = 1.959963984540054;

/**
 * Per-term table of a Cox fit (summary.coxph: coef, se, exp(coef), 95% CI, z, Pr(>|z|)) and
 * coxph.fit's warnings. A term whose pivot was singular is not estimable (R: NA coefficient).
 * A term is flagged as possibly infinite exactly as coxph.fit does: with V the variance and
 * u the final score, |(u'V)_k| > eps and > toler.inf × |coef_k| (or a non-finite score); its
 * se, CI, z and p are then null, because R's finite-looking numbers there are meaningless.
 *
 * @example
 * coxTerms(newtonResult, ['age']).terms[0].hr;
 */
export function coxTerms(
  fit: CoxNewtonResult,
  names: string[],
): { terms: CoxTerm[]; estimable: boolean[]; warnings: string[] } {
  const nv = names.length;
  const { beta, variance, u } = fit;
  const warnings: string[] = [];
  const singular = fit.flag < nv;
  const estimable = names.map((_, k) => !(singular && variance[k * nv + k] === 0));
  const infinite = names.map(() => false);
  if (fit.flag === 1000) {
    warnings.push('Ran out of iterations and did not converge');
  } else {
    for (let k = 0; k < nv; k++) {
      let uv = 0;
      for (let j = 0; j < nv; j++) uv += u[j] * variance[j * nv + k];
      const inf = Math.abs(uv);
      infinite[k] =
        !Number.isFinite(u[k]) ||
        (inf > COX_CONTROL.eps && inf > COX_CONTROL.tolerInf * Math.abs(beta[k]));
    }
    const which = infinite.flatMap((f, k) => (f ? [k + 1] : []));
    if (which.length > 0) {
      // Same text as R's paste(): note the doubled and trailing spaces.
      warnings.push(
        `Loglik converged before variable  ${which.join(',')} ; coefficient may be infinite. `,
      );
    }
  }
  const terms = names.map((name, k): CoxTerm => {
    if (!estimable[k]) {
      return { name, coef: null, se: null, hr: null, lower: null, upper: null, z: null, p: null };
    }
    const coef = beta[k];
    const hr = Math.exp(coef);
    if (infinite[k])
      return { name, coef, se: null, hr, lower: null, upper: null, z: null, p: null };
    const se = Math.sqrt(variance[k * nv + k]);
    const z = coef / se;
    const p = 2 * normalCdf(-Math.abs(z), 0, 1);
    return {
      name,
      coef,
      se,
      hr,
      lower: Math.exp(coef - Z975 * se),
      upper: Math.exp(coef + Z975 * se),
      z,
      p,
    };
  });
  return { terms, estimable, warnings };
}
