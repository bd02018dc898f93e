import { maxOf, minOf } from './min-max';
import type { CoxZph } from './cox-zph';
import { quantile } from './quantile';

export interface ZphSmooth {
  /** nsmo equally spaced points on the transformed-time axis (zph$x scale). */
  x: Float64Array;
  fit: Float64Array;
  /** fit ± 2 standard errors. */
  upper: Float64Array;
  lower: Float64Array;
}

/** Natural cubic spline basis (ESL eq. 5.4–5.5) on knots k0 < … < kK−1: same span as ns(). */
function naturalBasis(u: number, knots: number[]): number[] {
  const K = knots.length;
  const last = knots[K - 1];
  const cube = (v: number) => (v > 0 ? v * v * v : 0);
  const d = (k: number) => (cube(u - knots[k]) - cube(u - last)) / (last - knots[k]);
  const out = [1, u];
  for (let k = 0; k < K - 2; k++) out.push(d(k) - d(K - 2));
  return out;
}

/** Householder QR of an m × q matrix (rows): R (q × q, upper) and Qᵀy, or null if rank < q. */
function householder(rows: number[][], y: number[]) {
  const m = rows.length;
  const q = rows[0]?.length ?? 0;
  const a = rows.map((r) => r.slice());
  const b = y.slice();
  const norms = Array.from({ length: q }, (_, j) => Math.hypot(...a.map((r) => r[j])));
  for (let k = 0; k < q; k++) {
    let s = 0;
    for (let i = k; i < m; i++) s += a[i][k] * a[i][k];
    const alpha = -Math.sign(a[k][k] || 1) * Math.sqrt(s);
    if (m <= k || Math.abs(alpha) <= 1e-7 * norms[k]) return null;
    const v = a.slice(k).map((r) => r[k]);
    v[0] -= alpha;
    const vv = v.reduce((t, x) => t + x * x, 0);
    for (let j = k; j < q; j++) {
      const f = (2 * v.reduce((t, x, i) => t + x * a[k + i][j], 0)) / vv;
      for (let i = k; i < m; i++) a[i][j] -= f * v[i - k];
    }
    const f = (2 * v.reduce((t, x, i) => t + x * b[k + i], 0)) / vv;
    for (let i = k; i < m; i++) b[i] -= f * v[i - k];
  }
  return { r: a.slice(0, q).map((row) => row.slice(0, q)), qty: b.slice(0, q) };
}

/**
 * The smooth plot.cox.zph draws over a term's scaled Schoenfeld residuals: a least-squares fit
 * of a natural cubic spline (R: ns(c(pred.x, x), df = 4, intercept = TRUE); knots at the 1/3 and
 * 2/3 quantiles) at `nsmo` equally spaced transformed times, with a ± 2 SE band from zph$var.
 * Matches plot(cox.zph(fit), var = term, plot = FALSE). Null when the spline fit is singular
 * (R warns and skips the variable), e.g. fewer than 4 distinct event times, or when two
 * knots coincide.
 *
 * @example
 * const s = coxZphSmooth(coxZph(input, fit), 0);
 * s?.fit[0]; // estimated beta(t) at the first event time
 */
export function coxZphSmooth(zph: CoxZph, term: number, df = 4, nsmo = 40): ZphSmooth | null {
  const xx = zph.x;
  const y = zph.y[term];
  if (xx.length === 0) return null;
  const lo = minOf(xx);
  const hi = maxOf(xx);
  const by = (hi - lo) / (nsmo - 1);
  const predX = Float64Array.from({ length: nsmo }, (_, i) => (i === nsmo - 1 ? hi : lo + i * by));
  const all = Float64Array.from([...predX, ...xx]);
  const inner = Array.from({ length: df - 2 }, (_, k) => quantile(all, (k + 1) / (df - 1)) ?? lo);
  // Work on u = (x − lo)/(hi − lo) in [0, 1]: an affine map keeps the spline space, and
  // keeps the truncated-power basis well conditioned.
  const span = hi - lo || 1;
  const knots = [lo, ...inner, hi].map((k) => (k - lo) / span);
  // Tied knots (heavily tied event times) would need B-splines with repeated knots: not drawn.
  if (knots.some((k, i) => i > 0 && !(k > knots[i - 1]))) return null;
  const basis = (v: number) => naturalBasis((v - lo) / span, knots);
  const rows: number[][] = [];
  const ys: number[] = [];
  xx.forEach((v, i) => {
    if (Number.isNaN(y[i])) return;
    rows.push(basis(v));
    ys.push(y[i]);
  });
  if (rows.length < df || hi === lo) return null;
  const qr = householder(rows, ys);
  if (!qr) return null;
  const coef = backSolve(qr.r, qr.qty);
  const v = zph.variance[term * zph.y.length + term];
  const fit = new Float64Array(nsmo);
  const upper = new Float64Array(nsmo);
  const lower = new Float64Array(nsmo);
  predX.forEach((px, i) => {
    const p = basis(px);
    fit[i] = p.reduce((s, b, k) => s + b * coef[k], 0);
    // seval = pᵀ (XᵀX)⁻¹ p = ‖R⁻ᵀ p‖².
    const w = forwardSolveT(qr.r, p);
    const se = 2 * Math.sqrt(v * w.reduce((s, x) => s + x * x, 0));
    upper[i] = fit[i] + se;
    lower[i] = fit[i] - se;
  });
  return { x: predX, fit, upper, lower };
}

function backSolve(r: number[][], b: number[]): number[] {
  const q = b.length;
  const x = new Array<number>(q).fill(0);
  for (let i = q - 1; i >= 0; i--) {
    let s = b[i];
    for (let j = i + 1; j < q; j++) s -= r[i][j] * x[j];
    x[i] = s / r[i][i];
  }
  return x;
}

/** Solves Rᵀ w = p for upper-triangular R. */
function forwardSolveT(r: number[][], p: number[]): number[] {
  const q = p.length;
  const w = new Array<number>(q).fill(0);
  for (let i = 0; i < q; i++) {
    let s = p[i];
    for (let j = 0; j < i; j++) s -= r[j][i] * w[j];
    w[i] = s / r[i][i];
  }
  return w;
}
