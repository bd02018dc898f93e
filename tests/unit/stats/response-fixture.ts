import { readFileSync } from 'node:fs';

// Fixture: tests/reference/r/response.R → response.json (binom.test, pbeta/qbeta, fisher.test on
// the demo cohort's CSV and on edge tables, the response-over-time counts recomputed in R).

export interface RProportion {
  x: number;
  n: number;
  estimate: number | null;
  lower: number | null;
  upper: number | null;
}
export interface RSpread {
  n: number;
  median: number | null;
  min: number | null;
  max: number | null;
}
export interface RFisher {
  table: number[][];
  p: number;
  degenerate?: boolean;
  estimateInfinite?: boolean;
  estimate?: number | null;
  lower?: number | null;
  upper?: number | null;
  rEstimate?: number | null;
  rLower?: number | null;
  rUpper?: number | null;
}
export interface RGroup {
  label: string;
  n: number;
  rates: Record<'orr' | 'cr' | 'mrd', RProportion>;
  times: Record<'response' | 'cr' | 'mrd', RSpread>;
}
export interface RView {
  stratifier: string;
  cut: number | null;
  n_grouped: number;
  groups: RGroup[];
  tests: { rate: 'orr' | 'cr' | 'mrd'; table: number[][]; p: number; odds?: RFisher }[];
}
export interface RPanel {
  level: string;
  n: number;
  at: { month: number; counts: number[]; ever: number }[];
}
export interface ResponseFixture {
  binom: { x: number; n: number; conf: number; lower: number; upper: number }[];
  beta: { x: number; a: number; b: number; p: number; quantile: number }[];
  fisher: RFisher[];
  views: RView[];
  overTime: { last_month: number; all: RPanel[]; triple_refractory: RPanel[] };
}

const url = new URL('../../reference/response.json', import.meta.url);
export const RESPONSE_FIXTURE = JSON.parse(readFileSync(url, 'utf8')) as ResponseFixture;
