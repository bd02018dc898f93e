import { chinv2, cholesky2, chsolve2 } from './cox-cholesky';
import { coxFirthPass } from './cox-firth-pass';
import type { CoxData } from './cox-prepare';

/** Firth's penalised log partial likelihood at one beta, with its modified score and information. */
export interface FirthPoint {
  /** log L(beta) + ½ log det I(beta) (on the scaled covariates: see coxPrepare). */
  penalised: number;
  logLik: number;
  /** Modified score U*(beta) = U + ½ tr(I⁻¹ ∂I/∂beta_l) per coefficient. */
  score: Float64Array;
  imat: Float64Array;
}

const TOLER = 1e-12;

/** log det of a symmetric positive definite matrix (−Infinity when singular). */
export function logDet(m: Float64Array, nv: number): number {
  const c = Float64Array.from(m);
  if (cholesky2(c, nv, TOLER) < nv) return -Infinity;
  let s = 0;
  for (let i = 0; i < nv; i++) s += Math.log(c[i * nv + i]);
  return s;
}

/**
 * The penalised log likelihood and modified score at beta (Firth 1993; Heinze & Schemper 2001):
 * U*_l = U_l + ½ trace(I⁻¹ ∂I/∂beta_l), as coxphf's Fortran LIKE routine.
 *
 * @example firthPoint(data, Float64Array.of(0), false).penalised
 */
export function firthPoint(d: CoxData, beta: Float64Array, efron: boolean): FirthPoint {
  const nv = d.nvar;
  const { logLik, u, imat, dimat } = coxFirthPass(d, beta, efron);
  const ld = logDet(imat, nv);
  const inv = Float64Array.from(imat);
  cholesky2(inv, nv, TOLER);
  chinv2(inv, nv);
  const score = Float64Array.from(u);
  for (let l = 0; l < nv; l++) {
    let trace = 0;
    for (let j = 0; j < nv; j++) {
      for (let k = 0; k < nv; k++) trace += inv[j * nv + k] * dimat[(k * nv + j) * nv + l];
    }
    score[l] += 0.5 * trace;
  }
  return { penalised: logLik + 0.5 * ld, logLik, score, imat };
}

export interface FirthMax {
  beta: Float64Array;
  point: FirthPoint;
  iterations: number;
  converged: boolean;
}

/** Largest change of one (scaled) coefficient in one Newton step, as coxphf's maxstep. */
const MAX_STEP = 2;

/**
 * Maximises the penalised log likelihood over the coefficients with free[k] true, the others held
 * at their value in `start`: Newton–Raphson with the information as the (approximate) negative
 * Hessian and the modified score, step length capped, step halving when the penalised likelihood
 * falls (coxphf's scheme, with tighter convergence: every |U*| < 1e-9 or every step < 1e-9).
 *
 * @example firthMaximise(data, new Float64Array(1), [true], false).beta[0]
 */
export function firthMaximise(
  d: CoxData,
  start: Float64Array,
  free: boolean[],
  efron: boolean,
  maxIter = 200,
): FirthMax {
  const nv = d.nvar;
  const idx: number[] = [];
  for (let k = 0; k < nv; k++) if (free[k]) idx.push(k);
  const m = idx.length;
  const beta = Float64Array.from(start);
  let point = firthPoint(d, beta, efron);
  if (m === 0) return { beta, point, iterations: 0, converged: true };
  for (let iter = 1; iter <= maxIter; iter++) {
    const sub = new Float64Array(m * m);
    const step = new Float64Array(m);
    let gmax = 0;
    for (let a = 0; a < m; a++) {
      step[a] = point.score[idx[a]];
      gmax = Math.max(gmax, Math.abs(step[a]));
      for (let b = 0; b < m; b++) sub[a * m + b] = point.imat[idx[a] * nv + idx[b]];
    }
    if (gmax < 1e-9) return { beta, point, iterations: iter - 1, converged: true };
    cholesky2(sub, m, TOLER);
    chsolve2(sub, m, step);
    let smax = 0;
    for (let a = 0; a < m; a++) smax = Math.max(smax, Math.abs(step[a]));
    if (smax > MAX_STEP) for (let a = 0; a < m; a++) step[a] *= MAX_STEP / smax;
    if (smax < 1e-9) return { beta, point, iterations: iter, converged: true };
    let accepted = false;
    for (let half = 0; half < 30 && !accepted && 0.5 ** half * smax >= 1e-10; half++) {
      const next = Float64Array.from(beta);
      const f = Math.pow(0.5, half);
      for (let a = 0; a < m; a++) next[idx[a]] += f * step[a];
      const p = firthPoint(d, next, efron);
      if (Number.isFinite(p.penalised) && p.penalised >= point.penalised - 1e-12) {
        beta.set(next);
        point = p;
        accepted = true;
      }
    }
    if (!accepted) return { beta, point, iterations: iter, converged: gmax < 1e-6 };
  }
  return { beta, point, iterations: maxIter, converged: false };
}
