import { maxOf, minOf } from '../stats/min-max';
import { scaleLinear } from 'd3-scale';
import type { PhPlot } from '../engine/forest-ph';
import type { ZphLook } from './zph-look';

export interface ZphFigureOptions {
  width: number;
  height: number;
  /** Margins and the smallest tick gap under the Figure options (zph-look.ts); default: 12 px text. */
  look?: Pick<ZphLook, 'margin' | 'tickGap'>;
}

export interface ZphFigure {
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  points: { cx: number; cy: number }[];
  /** The smooth (SVG path) and its ± 2 SE band (closed polygon path); null when not fitted. */
  smooth: string | null;
  band: string | null;
  /** The band's upper and lower edges as open paths (drawn dashed under greys); null when not fitted. */
  bandEdges: { upper: string; lower: string } | null;
  /** Horizontal line at the fitted coefficient: what "proportional hazards" would look like. */
  coef: { x1: number; x2: number; y: number; value: number };
  /** Dashed line at 0 (no effect), when inside the axis. */
  zero: { x1: number; x2: number; y: number } | null;
  /** Ticks in real time (months), placed on the transformed (1 − KM) axis as plot.cox.zph does. */
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  axisY: number;
}

const MARGIN = { left: 48, right: 12, top: 12, bottom: 40 };

/** Linear interpolation of y at x over points sorted by x (R's approx, rule = 1: null outside). */
function approx(xs: number[], ys: number[], x: number): number | null {
  if (xs.length === 0 || x < xs[0] || x > xs[xs.length - 1]) return null;
  let i = 1;
  while (i < xs.length && xs[i] < x) i++;
  if (i >= xs.length || xs[i] === x) return ys[Math.min(i, xs.length - 1)];
  const f = (x - xs[i - 1]) / (xs[i] - xs[i - 1]);
  return ys[i - 1] + f * (ys[i] - ys[i - 1]);
}

/**
 * Geometry of the scaled Schoenfeld residual plot of one Cox term (R's plot.cox.zph): residual
 * + coefficient (an estimate of beta(t)) at each event against transformed time 1 − KM(t−), the
 * natural-spline smooth with its ± 2 SE band, a horizontal line at the fitted coefficient, and
 * time ticks in months mapped onto the transformed axis. A flat smooth around the line means
 * proportional hazards.
 *
 * @example
 * zphFigure(row.phPlot, { width: 360, height: 240 }).points.length; // one per event
 */
export function zphFigure(p: PhPlot, options: ZphFigureOptions): ZphFigure {
  const { width, height } = options;
  const M = options.look?.margin ?? MARGIN;
  const gap = options.look?.tickGap ?? 30;
  const plot = {
    x: M.left,
    y: M.top,
    width: Math.max(10, width - M.left - M.right),
    height: Math.max(10, height - M.top - M.bottom),
  };
  const xs = p.x;
  const x0 = minOf(xs);
  const x1 = maxOf(xs);
  const sx = scaleLinear()
    .domain([x0, x1 > x0 ? x1 : x0 + 1])
    .range([plot.x, plot.x + plot.width]);
  const values: number[] = [p.coef];
  for (const v of p.y) if (v !== null) values.push(v);
  if (p.smooth) values.push(...p.smooth.upper, ...p.smooth.lower);
  const sy = scaleLinear()
    .domain([minOf(values), maxOf(values)])
    .nice()
    .range([plot.y + plot.height, plot.y]);
  const points = p.x.flatMap((x, i) => {
    const y = p.y[i];
    return y === null ? [] : [{ cx: sx(x), cy: sy(y) }];
  });
  const line = (px: number[], py: number[]) =>
    px.map((x, i) => `${i ? 'L' : 'M'}${sx(x).toFixed(2)},${sy(py[i]).toFixed(2)}`).join('');
  const s = p.smooth;
  const smooth = s ? line(s.x, s.fit) : null;
  const band = s
    ? line([...s.x, ...[...s.x].reverse()], [...s.upper, ...[...s.lower].reverse()]) + 'Z'
    : null;
  const bandEdges = s ? { upper: line(s.x, s.upper), lower: line(s.x, s.lower) } : null;
  const [lo, hi] = sy.domain();
  const axisY = plot.y + plot.height;
  // Time ticks: nice months between the first and last event, placed by interpolation.
  const order = p.time.map((_, i) => i).sort((a, b) => p.time[a] - p.time[b] || p.x[a] - p.x[b]);
  const tSorted: number[] = [];
  const xSorted: number[] = [];
  for (const i of order) {
    if (tSorted.length && tSorted[tSorted.length - 1] === p.time[i]) continue;
    tSorted.push(p.time[i]);
    xSorted.push(p.x[i]);
  }
  const tScale = scaleLinear().domain([tSorted[0] ?? 0, tSorted[tSorted.length - 1] ?? 1]);
  const tickCount = Math.max(2, Math.floor(plot.width / 70));
  // Late times crowd on the 1 − KM axis: keep a tick only `gap` px (30 at 12 px text) or more
  // from the last kept one.
  const xTicks: { x: number; label: string }[] = [];
  for (const t of tScale.ticks(tickCount)) {
    const x = approx(tSorted, xSorted, t);
    if (x === null) continue;
    const px = sx(x);
    if (xTicks.length && px - xTicks[xTicks.length - 1].x < gap) continue;
    xTicks.push({ x: px, label: String(t) });
  }
  return {
    width,
    height,
    plot,
    points,
    smooth,
    band,
    bandEdges,
    coef: { x1: plot.x, x2: plot.x + plot.width, y: sy(p.coef), value: p.coef },
    zero: lo <= 0 && hi >= 0 ? { x1: plot.x, x2: plot.x + plot.width, y: sy(0) } : null,
    xTicks,
    yTicks: sy.ticks(5).map((v) => ({ y: sy(v), label: String(v) })),
    axisY,
  };
}
