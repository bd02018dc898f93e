import type { CoxData } from './cox-prepare';

/** Scratch arrays reused across Newton–Raphson passes (no allocation per pass). */
export interface CoxWork {
  a: Float64Array;
  a2: Float64Array;
  cmat: Float64Array;
  cmat2: Float64Array;
}

export function coxWork(nvar: number): CoxWork {
  return {
    a: new Float64Array(nvar),
    a2: new Float64Array(nvar),
    cmat: new Float64Array(nvar * nvar),
    cmat2: new Float64Array(nvar * nvar),
  };
}

/**
 * One pass over the sorted data at coefficients `beta` (on the centred/scaled covariates):
 * returns the log partial likelihood and fills the score `u` and information `imat` (full
 * symmetric, row-major). Efron or Breslow handling of tied event times; risk sets are summed
 * in a single reverse cumulative pass per stratum, as survival's coxfit6.c; with entry times,
 * subjects whose entry is ≥ the event time leave the risk set (left truncation, as agfit4.c).
 *
 * @example
 * const ll = coxLogLik(data, new Float64Array(data.nvar), true, u, imat, coxWork(data.nvar));
 */
export function coxLogLik(
  d: CoxData,
  beta: Float64Array,
  efron: boolean,
  u: Float64Array,
  imat: Float64Array,
  w: CoxWork,
): number {
  const { nvar: nv, x, stop, status, lastInStratum, start, startOrder } = d;
  const { a, a2, cmat, cmat2 } = w;
  u.fill(0);
  imat.fill(0);
  a2.fill(0);
  cmat2.fill(0);
  let loglik = 0;
  let denom = 0;
  let nrisk = 0;
  let q = -1; // pointer into startOrder, walking down
  for (let person = d.n - 1; person >= 0;) {
    if (lastInStratum[person] === 1) {
      denom = 0;
      nrisk = 0;
      a.fill(0);
      cmat.fill(0);
      q = person;
    }
    const dtime = stop[person];
    if (start && startOrder) {
      // Remove everyone (added earlier, stop > dtime) whose entry is at or after dtime.
      for (; q >= 0 && nrisk > 0; q--) {
        const r = startOrder[q];
        if (start[r] < dtime) break;
        nrisk--;
        if (nrisk === 0) {
          denom = 0;
          a.fill(0);
          cmat.fill(0);
          continue;
        }
        let zb = 0;
        for (let i = 0; i < nv; i++) zb += beta[i] * x[r * nv + i];
        const risk = Math.exp(zb);
        denom -= risk;
        for (let i = 0; i < nv; i++) {
          const xi = risk * x[r * nv + i];
          a[i] -= xi;
          for (let j = 0; j <= i; j++) cmat[i * nv + j] -= xi * x[r * nv + j];
        }
      }
    }
    let ndead = 0;
    let denom2 = 0;
    while (person >= 0 && stop[person] === dtime) {
      nrisk++;
      const row = person * nv;
      let zbeta = 0;
      for (let i = 0; i < nv; i++) zbeta += beta[i] * x[row + i];
      const risk = Math.exp(zbeta);
      if (status[person] === 0) {
        denom += risk;
        for (let i = 0; i < nv; i++) {
          const xi = risk * x[row + i];
          a[i] += xi;
          for (let j = 0; j <= i; j++) cmat[i * nv + j] += xi * x[row + j];
        }
      } else {
        ndead++;
        denom2 += risk;
        loglik += zbeta;
        for (let i = 0; i < nv; i++) {
          const xi = risk * x[row + i];
          u[i] += x[row + i];
          a2[i] += xi;
          for (let j = 0; j <= i; j++) cmat2[i * nv + j] += xi * x[row + j];
        }
      }
      person--;
      if (person >= 0 && lastInStratum[person] === 1) break; // ties don't cross strata
    }
    if (ndead === 0) continue;
    // Efron: the tied deaths leave the risk set in ndead equal fractions (Breslow: at once).
    const steps = efron ? ndead : 1;
    const frac = 1 / steps;
    const wt = ndead / steps;
    for (let k = 0; k < steps; k++) {
      denom += denom2 * frac;
      loglik -= wt * Math.log(denom);
      for (let i = 0; i < nv; i++) {
        a[i] += a2[i] * frac;
        const mean = a[i] / denom;
        u[i] -= wt * mean;
        for (let j = 0; j <= i; j++) {
          cmat[i * nv + j] += cmat2[i * nv + j] * frac;
          imat[j * nv + i] += (wt * (cmat[i * nv + j] - mean * a[j])) / denom;
        }
      }
    }
    a2.fill(0);
    cmat2.fill(0);
  }
  for (let i = 0; i < nv; i++) for (let j = 0; j < i; j++) imat[i * nv + j] = imat[j * nv + i];
  return loglik;
}
