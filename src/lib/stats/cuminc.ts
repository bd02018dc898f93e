import { cumincCurve, type CumincCurve } from './cuminc-curve';
import { grayTest, type GrayTestResult } from './gray-test';
import { sortOrder } from './sort-order';

export type { CumincCurve } from './cuminc-curve';

/** One curve of a cuminc fit: group code and cause, with the corners of its step function. */
export interface CumincGroupCurve extends CumincCurve {
  /** The group's code (0..k−1 as given; 0 without groups). */
  group: number;
  cause: number;
  n: number;
  /** Events of this cause in this group. */
  events: number;
}

export interface CumincFit {
  /** Rows used: time and status not NaN, group ≥ 0 (na.omit). */
  n: number;
  /** Group codes with rows, ascending (R drops empty factor levels). */
  groups: number[];
  /** Causes seen (non-zero status codes), ascending. */
  causes: number[];
  /** Cause-major, then group, as cuminc's list ("group cause"). */
  curves: CumincGroupCurve[];
  /** Gray's test per cause, in `causes` order; empty with fewer than 2 groups. */
  tests: (GrayTestResult & { cause: number })[];
}

/**
 * Cumulative incidence of each cause in each group by the Aalen–Johansen estimator, with Gray's
 * variance, and Gray's test comparing the groups for each cause (rho = 0, no strata). `status`
 * is 0 for censored and any other number for a cause; `group` codes ≥ 0 (negative = missing).
 *
 * Reference: Aalen & Johansen (1978); Gray (1988) doi.org/10.1214/aos/1176350951; matches R's
 * cmprsk::cuminc(ftime, fstatus, group, cencode = 0) (curves and $Tests).
 *
 * @example
 * cuminc(Float64Array.of(1, 2, 3), Float64Array.of(1, 2, 0)).curves[0].est; // [0, 0, 1/3, 1/3]
 */
export function cuminc(time: Float64Array, status: Float64Array, group?: Int32Array): CumincFit {
  const keep: number[] = [];
  for (let i = 0; i < time.length; i++) {
    if (Number.isNaN(time[i]) || Number.isNaN(status[i]) || (group && group[i] < 0)) continue;
    keep.push(i);
  }
  const order = sortOrder(time, Uint32Array.from(keep));
  const n = order.length;
  const t = Float64Array.from(order, (r) => time[r]);
  const st = Float64Array.from(order, (r) => status[r]);
  const g = Int32Array.from(order, (r) => (group ? group[r] : 0));
  const groups = [...new Set(g)].sort((a, b) => a - b);
  const causes = [...new Set(st)].filter((s) => s !== 0).sort((a, b) => a - b);
  const dense = new Int32Array(n);
  const index = new Map(groups.map((code, i) => [code, i]));
  for (let i = 0; i < n; i++) dense[i] = index.get(g[i])!;
  const curves: CumincGroupCurve[] = [];
  const tests: CumincFit['tests'] = [];
  for (const cause of causes) {
    for (const code of groups) {
      const rows = order.map((_, i) => i).filter((i) => g[i] === code);
      const failed = Uint8Array.from(rows, (i) => (st[i] !== 0 ? 1 : 0));
      const mine = Uint8Array.from(rows, (i) => (st[i] === cause ? 1 : 0));
      const curve = cumincCurve(
        Float64Array.from(rows, (i) => t[i]),
        failed,
        mine,
      );
      const events = mine.reduce((s, x) => s + x, 0);
      curves.push({ group: code, cause, n: rows.length, events, ...curve });
    }
    if (groups.length > 1) {
      const m = Uint8Array.from(st, (s) => (s === 0 ? 0 : s === cause ? 1 : 2));
      tests.push({ cause, ...grayTest(t, m, dense, groups.length) });
    }
  }
  return { n, groups, causes, curves, tests };
}
