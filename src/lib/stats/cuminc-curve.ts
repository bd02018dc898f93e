/** One cumulative incidence curve as cmprsk's cuminc returns it: the corners of the step function. */
export interface CumincCurve {
  /** 0, then each jump time twice (before and after the jump), then the largest follow-up time. */
  time: number[];
  est: number[];
  var: number[];
}

/**
 * Aalen–Johansen cumulative incidence of one cause in one group, with its variance, on rows
 * already sorted by time: a port of cmprsk's Fortran `cinc` (Gray's variance, ties split as
 * there: the t5 factor). `failed` is 1 for an event of any cause, `cause` 1 for the cause of
 * interest. Arithmetic is kept in cinc's order so results agree with R to rounding.
 *
 * Reference: Aalen & Johansen (1978); Gray (1988) doi.org/10.1214/aos/1176350951, eq. 2.3.
 *
 * @example
 * cumincCurve(Float64Array.of(1, 2), Uint8Array.of(1, 1), Uint8Array.of(1, 0)).est; // [0, 0, 0.5, 0.5]
 */
export function cumincCurve(
  time: Float64Array,
  failed: Uint8Array,
  cause: Uint8Array,
): CumincCurve {
  const n = time.length;
  const x = [0];
  const f = [0];
  const v = [0];
  let fk = 1;
  let v1 = 0;
  let v2 = 0;
  let v3 = 0;
  let rs = n;
  for (let ll = 0; ll < n;) {
    let l = ll;
    while (l + 1 < n && time[l + 1] === time[ll]) l++;
    let nd1 = 0;
    let nd2 = 0;
    for (let i = ll; i <= l; i++) {
      nd1 += cause[i];
      nd2 += failed[i] - cause[i];
    }
    const nd = nd1 + nd2;
    if (nd > 0) {
      const fkn = (fk * (rs - nd)) / rs;
      if (nd1 > 0) {
        const last = f[f.length - 1];
        f.push(last, last + (fk * nd1) / rs);
      }
      const fl = f[f.length - 1];
      if (nd2 > 0 && fkn > 0) {
        const t5 = nd2 > 1 ? 1 - (nd2 - 1) / (rs - 1) : 1;
        const t6 = (fk * fk * t5 * nd2) / (rs * rs);
        const t3 = 1 / fkn;
        const t4 = fl / fkn;
        v1 += t4 * t4 * t6;
        v2 += t3 * t4 * t6;
        v3 += t3 * t3 * t6;
      }
      if (nd1 > 0) {
        const t5 = nd1 > 1 ? 1 - (nd1 - 1) / (rs - 1) : 1;
        const t6 = (fk * fk * t5 * nd1) / (rs * rs);
        const t3 = fkn > 0 ? 1 / fkn : 0;
        const t4 = 1 + t3 * fl;
        v1 += t4 * t4 * t6;
        v2 += t3 * t4 * t6;
        v3 += t3 * t3 * t6;
        x.push(time[l], time[l]);
        v.push(v[v.length - 1], v1 + fl * fl * v3 - 2 * fl * v2);
      }
      fk = fkn;
    }
    rs = n - l - 1;
    ll = l + 1;
  }
  x.push(n > 0 ? time[n - 1] : NaN);
  f.push(f[f.length - 1]);
  v.push(v[v.length - 1]);
  return { time: x, est: f, var: v };
}
