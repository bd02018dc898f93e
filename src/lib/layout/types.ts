import type { ScaleLinear } from 'd3-scale';

/** One row of a Kaplan–Meier table: the curve value on [time, next time). A subset of the engine's KmStep. */
export interface KmStepInput {
  time: number;
  nRisk: number;
  nEvent: number;
  nCensor: number;
  surv: number;
  lower: number | null;
  upper: number | null;
}

/**
 * What the layout needs from a fitted curve. A structural subset of the engine's KaplanMeierFit,
 * plus the group label, so a fit can be passed straight in. Steps exclude time 0 (surv 1 there).
 */
export interface KmCurveInput {
  label: string;
  n: number;
  events: number;
  steps: readonly KmStepInput[];
  median: number | null;
}

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A rectangle in SVG pixel coordinates. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Scales of a Kaplan–Meier chart: x = time (months), y = survival probability 0–1. */
export interface KmScales {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  plot: Rect;
  /** Time-axis tick values (months), the first 0, the last ≥ maxTime; also the x domain. */
  xTicks: number[];
  /** Survival-axis tick values as proportions (0, 0.25, …, 1), shown as percentages. */
  yTicks: number[];
}
