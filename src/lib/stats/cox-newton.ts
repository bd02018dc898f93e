import { chinv2, cholesky2, chsolve2 } from './cox-cholesky';
import { coxLogLik, coxWork } from './cox-loglik';
import type { CoxData } from './cox-prepare';

/** coxph.control() defaults of R's survival package. */
export const COX_CONTROL = {
  eps: 1e-9,
  tolerChol: Math.pow(2.220446049250313e-16, 0.75),
  iterMax: 20,
  tolerInf: Math.sqrt(1e-9),
};

export interface CoxNewtonResult {
  /** Coefficients on the original covariate scale. */
  beta: Float64Array;
  /** Inverse information (variance), full symmetric, original scale. */
  variance: Float64Array;
  /** Score at the final beta, original scale (used for the infinite-coefficient check). */
  u: Float64Array;
  logLik: [number, number];
  /** Score test statistic at beta = 0. */
  scoreTest: number;
  iterations: number;
  /** Rank of the information matrix at the last pass (coxfit6's flag); 1000 = not converged. */
  flag: number;
}

/** Back to the original covariate scale, as the end of coxfit6 does. */
function unscale(d: CoxData, beta: Float64Array, imat: Float64Array, u: Float64Array): void {
  const { nvar: nv, scale } = d;
  for (let i = 0; i < nv; i++) {
    beta[i] *= scale[i];
    u[i] /= scale[i];
    for (let j = 0; j < nv; j++) imat[i * nv + j] *= scale[i] * scale[j];
  }
}

/**
 * Newton–Raphson maximisation of the Cox partial likelihood from beta = 0, with R's rules:
 * converged when |1 − loglik_old / loglik_new| ≤ eps; a step that lowers the loglik (or is not
 * finite) is shrunk towards the last good beta (step halving, increasingly aggressive). Port of
 * the control flow of survival's coxfit6.c (Therneau), so iteration counts match R.
 *
 * @example
 * const r = coxNewton(coxPrepare(time, event, [x]), true);
 * r.beta[0]; // log hazard ratio per unit of x
 */
export function coxNewton(
  d: CoxData,
  efron: boolean,
  maxIter = COX_CONTROL.iterMax,
): CoxNewtonResult {
  const nv = d.nvar;
  const { eps, tolerChol } = COX_CONTROL;
  const w = coxWork(nv);
  const u = new Float64Array(nv);
  const imat = new Float64Array(nv * nv);
  const beta = new Float64Array(nv);
  const newbeta = new Float64Array(nv);
  const step = new Float64Array(nv);

  const ll0 = coxLogLik(d, beta, efron, u, imat, w);
  let flag = cholesky2(imat, nv, tolerChol);
  step.set(u);
  chsolve2(imat, nv, step);
  let scoreTest = 0;
  for (let i = 0; i < nv; i++) scoreTest += u[i] * step[i];
  const logLik: [number, number] = [ll0, ll0];
  if (maxIter === 0 || !Number.isFinite(ll0)) {
    chinv2(imat, nv);
    unscale(d, beta, imat, u);
    return { beta, variance: imat, u, logLik, scoreTest, iterations: 0, flag };
  }
  for (let i = 0; i < nv; i++) newbeta[i] = beta[i] + step[i];
  let halving = 0;
  let newlk = ll0;
  for (let iter = 1; iter <= maxIter; iter++) {
    newlk = coxLogLik(d, newbeta, efron, u, imat, w);
    flag = cholesky2(imat, nv, tolerChol);
    let finite = Number.isFinite(newlk);
    for (let i = 0; i < nv * nv && finite; i++) finite = Number.isFinite(imat[i]);
    for (let i = 0; i < nv && finite; i++) finite = Number.isFinite(u[i]);
    if (finite && Math.abs(1 - logLik[1] / newlk) <= eps) {
      logLik[1] = newlk;
      chinv2(imat, nv);
      beta.set(newbeta);
      unscale(d, beta, imat, u);
      return { beta, variance: imat, u, logLik, scoreTest, iterations: iter, flag };
    }
    if (!finite || newlk < logLik[1]) {
      halving++;
      for (let i = 0; i < nv; i++) newbeta[i] = (newbeta[i] + halving * beta[i]) / (halving + 1);
    } else {
      halving = 0;
      logLik[1] = newlk;
      chsolve2(imat, nv, u);
      for (let i = 0; i < nv; i++) {
        beta[i] = newbeta[i];
        newbeta[i] += u[i];
      }
    }
  }
  // Out of iterations: report the last good beta with its information matrix.
  if (maxIter > 1) {
    logLik[1] = coxLogLik(d, beta, efron, u, imat, w);
    cholesky2(imat, nv, tolerChol);
  }
  chinv2(imat, nv);
  unscale(d, beta, imat, u);
  return { beta, variance: imat, u, logLik, scoreTest, iterations: maxIter, flag: 1000 };
}
