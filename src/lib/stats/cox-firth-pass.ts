import type { CoxData } from './cox-prepare';

/** What one pass at beta gives: log partial likelihood, score, information and its derivative. */
export interface CoxFirthPass {
  logLik: number;
  /** Score U(beta), length nvar. */
  u: Float64Array;
  /** Information I(beta), full symmetric nvar × nvar, row-major. */
  imat: Float64Array;
  /** dI/dbeta: dimat[(j * nv + k) * nv + l] = ∂I_jk / ∂beta_l. */
  dimat: Float64Array;
}

/**
 * One explicit pass over each risk set at coefficients `beta` (on coxPrepare's centred/scaled
 * covariates): log partial likelihood, score, information and the derivative of the information
 * (the weighted third central moments of x over each risk set), which Firth's modified score
 * needs. Breslow: the tied deaths at a time share one risk set; Efron: the tied deaths leave in
 * equal fractions (weights 1 − r/d, r = 0 … d − 1), each fraction a risk set with fixed
 * multipliers, so the same moment formulas apply. Strata and entry times as coxph.
 * O(events × n × nvar³): meant for the small models of this app.
 *
 * @example
 * const pass = coxFirthPass(coxPrepare(time, event, [x]), Float64Array.of(0), false);
 * pass.imat[0]; // information at beta = 0
 */
export function coxFirthPass(d: CoxData, beta: Float64Array, efron: boolean): CoxFirthPass {
  const { n, nvar: nv, x, stop, status, start, lastInStratum } = d;
  const u = new Float64Array(nv);
  const imat = new Float64Array(nv * nv);
  const dimat = new Float64Array(nv * nv * nv);
  const risk = new Float64Array(n);
  for (let p = 0; p < n; p++) {
    let s = 0;
    for (let k = 0; k < nv; k++) s += beta[k] * x[p * nv + k];
    risk[p] = Math.exp(s);
  }
  const s1 = new Float64Array(nv);
  const s2 = new Float64Array(nv * nv);
  const s3 = new Float64Array(nv * nv * nv);
  let logLik = 0;
  for (let p = 0; p < n;) {
    // The block of rows tied at stop[p] (within the stratum).
    let q = p;
    while (q + 1 < n && stop[q + 1] === stop[p] && lastInStratum[q] !== 1) q++;
    let last = q;
    while (lastInStratum[last] !== 1) last++;
    const t = stop[p];
    let ndead = 0;
    for (let r = p; r <= q; r++) {
      if (status[r] !== 1) continue;
      ndead++;
      for (let k = 0; k < nv; k++) {
        logLik += beta[k] * x[r * nv + k];
        u[k] += x[r * nv + k];
      }
    }
    const steps = ndead === 0 ? 0 : efron ? ndead : 1;
    for (let step = 0; step < steps; step++) {
      const deathWeight = efron ? 1 - step / ndead : 1;
      const wt = efron ? 1 : ndead;
      let s0 = 0;
      s1.fill(0);
      s2.fill(0);
      s3.fill(0);
      for (let r = p; r <= last; r++) {
        if (start && !(start[r] < t)) continue;
        const w = risk[r] * (r <= q && status[r] === 1 ? deathWeight : 1);
        s0 += w;
        const row = r * nv;
        for (let j = 0; j < nv; j++) {
          const wj = w * x[row + j];
          s1[j] += wj;
          for (let k = 0; k < nv; k++) {
            const wjk = wj * x[row + k];
            s2[j * nv + k] += wjk;
            for (let l = 0; l < nv; l++) s3[(j * nv + k) * nv + l] += wjk * x[row + l];
          }
        }
      }
      logLik -= wt * Math.log(s0);
      for (let j = 0; j < nv; j++) {
        const mj = s1[j] / s0;
        u[j] -= wt * mj;
        for (let k = 0; k < nv; k++) {
          const mk = s1[k] / s0;
          imat[j * nv + k] += wt * (s2[j * nv + k] / s0 - mj * mk);
          for (let l = 0; l < nv; l++) {
            const ml = s1[l] / s0;
            const third =
              s3[(j * nv + k) * nv + l] / s0 -
              mj * (s2[k * nv + l] / s0) -
              mk * (s2[j * nv + l] / s0) -
              ml * (s2[j * nv + k] / s0) +
              2 * mj * mk * ml;
            dimat[(j * nv + k) * nv + l] += wt * third;
          }
        }
      }
    }
    p = q + 1;
  }
  return { logLik, u, imat, dimat };
}
