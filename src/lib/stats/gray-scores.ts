/**
 * The score s (first k − 1 groups) and its variance V of Gray's test, as cmprsk's Fortran `crst`
 * computes them for one stratum, in the same order of arithmetic. Rows sorted by time; status 0
 * censored, 1 cause of interest, 2 other cause; group 0..k−1. Internal to grayTest.
 *
 * Reference: Gray (1988) doi.org/10.1214/aos/1176350951, section 2.
 *
 * @example
 * grayScores(Float64Array.of(1, 2), Uint8Array.of(1, 1), Int32Array.of(0, 1), 2, 0).s; // [0.5]
 */
export function grayScores(
  y: Float64Array,
  m: Uint8Array,
  ig: Int32Array,
  ng: number,
  rho: number,
): { s: number[]; v: number[][] } {
  const n = y.length;
  const ng1 = ng - 1;
  const rs = new Float64Array(ng);
  for (let i = 0; i < n; i++) rs[ig[i]]++;
  const s = new Array<number>(ng1).fill(0);
  const v = Array.from({ length: ng1 }, () => new Array<number>(ng1).fill(0));
  const f1m = new Float64Array(ng);
  const f1 = new Float64Array(ng);
  const skmm = new Float64Array(ng).fill(1);
  const skm = new Float64Array(ng).fill(1);
  const v3 = new Float64Array(ng);
  const v2 = Array.from({ length: ng1 }, () => new Float64Array(ng));
  const c = Array.from({ length: ng }, () => new Float64Array(ng));
  const a = Array.from({ length: ng }, () => new Float64Array(ng));
  const d = Array.from({ length: 3 }, () => new Float64Array(ng));
  let fm = 0;
  for (let ll = 0; ll < n;) {
    let lu = ll;
    while (lu + 1 < n && !(y[lu + 1] > y[ll])) lu++;
    for (const row of d) row.fill(0);
    for (let i = ll; i <= lu; i++) d[m[i]][ig[i]]++;
    let nd1 = 0;
    let nd2 = 0;
    for (let i = 0; i < ng; i++) {
      nd1 += d[1][i];
      nd2 += d[2][i];
    }
    if (nd1 > 0 || nd2 > 0) {
      let tr = 0;
      let tq = 0;
      for (let i = 0; i < ng; i++) {
        if (rs[i] <= 0) continue;
        const td = d[1][i] + d[2][i];
        skm[i] = (skmm[i] * (rs[i] - td)) / rs[i];
        f1[i] = f1m[i] + (skmm[i] * d[1][i]) / rs[i];
        tr += rs[i] / skmm[i];
        tq += (rs[i] * (1 - f1m[i])) / skmm[i];
      }
      const f = fm + nd1 / tr;
      const fb = (1 - fm) ** rho;
      for (let i = 0; i < ng; i++) {
        for (let j = i; j < ng; j++) a[i][j] = 0;
        if (rs[i] <= 0) continue;
        const t1 = rs[i] / skmm[i];
        a[i][i] = fb * t1 * (1 - t1 / tr);
        if (a[i][i] !== 0) c[i][i] += (a[i][i] * nd1) / (tr * (1 - fm));
        for (let j = i + 1; j < ng; j++) {
          if (rs[j] <= 0) continue;
          a[i][j] = (-fb * t1 * rs[j]) / (skmm[j] * tr);
          if (a[i][j] !== 0) c[i][j] += (a[i][j] * nd1) / (tr * (1 - fm));
        }
      }
      for (let i = 1; i < ng; i++) {
        for (let j = 0; j < i; j++) {
          a[i][j] = a[j][i];
          c[i][j] = c[j][i];
        }
      }
      for (let i = 0; i < ng1; i++) {
        if (rs[i] <= 0) continue;
        s[i] += fb * (d[1][i] - (nd1 * rs[i] * (1 - f1m[i])) / (skmm[i] * tq));
      }
      if (nd1 > 0) {
        for (let k = 0; k < ng; k++) {
          if (rs[k] <= 0) continue;
          const t4 = skm[k] > 0 ? 1 - (1 - f) / skm[k] : 1;
          const t5 = nd1 > 1 ? 1 - (nd1 - 1) / (tr * skmm[k] - 1) : 1;
          const t3 = (t5 * skmm[k] * nd1) / (tr * rs[k]);
          v3[k] += t4 * t4 * t3;
          for (let i = 0; i < ng1; i++) {
            const t1 = a[i][k] - t4 * c[i][k];
            v2[i][k] += t1 * t4 * t3;
            for (let j = 0; j <= i; j++) v[i][j] += t1 * (a[j][k] - t4 * c[j][k]) * t3;
          }
        }
      }
      if (nd2 > 0) {
        for (let k = 0; k < ng; k++) {
          if (skm[k] <= 0 || d[2][k] <= 0) continue;
          const t4 = (1 - f) / skm[k];
          const t5 = d[2][k] > 1 ? 1 - (d[2][k] - 1) / (rs[k] - 1) : 1;
          const t3 = (t5 * (skmm[k] ** 2 * d[2][k])) / rs[k] ** 2;
          v3[k] += t4 * t4 * t3;
          for (let i = 0; i < ng1; i++) {
            const t1 = t4 * c[i][k];
            v2[i][k] -= t1 * t4 * t3;
            for (let j = 0; j <= i; j++) v[i][j] += t1 * (t4 * c[j][k]) * t3;
          }
        }
      }
      fm = f;
    }
    if (lu >= n - 1) break;
    for (let i = ll; i <= lu; i++) rs[ig[i]]--;
    f1m.set(f1);
    skmm.set(skm);
    ll = lu + 1;
  }
  for (let i = 0; i < ng1; i++) {
    for (let j = 0; j <= i; j++) {
      for (let k = 0; k < ng; k++) {
        v[i][j] += c[i][k] * c[j][k] * v3[k];
        v[i][j] += c[i][k] * v2[j][k];
        v[i][j] += c[j][k] * v2[i][k];
      }
      v[j][i] = v[i][j];
    }
  }
  return { s, v };
}
