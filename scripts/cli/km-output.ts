import { kaplanMeier, type ConfType, type KmStep } from '../../src/lib/stats/kaplan-meier';
import { rmst, type Rmst } from '../../src/lib/stats/rmst';
import { kmSummary } from '../../src/lib/stats/km-summary';

/** One Kaplan–Meier curve in the CLI's JSON. */
export interface KmGroupOutput {
  /** R's strata name "col=value", or null without --group. */
  group: string | null;
  n: number;
  events: number;
  median: number | null;
  medianLower: number | null;
  medianUpper: number | null;
  steps: KmStep[];
  at: { time: number; surv: number; lower: number | null; upper: number | null }[];
  rmst: Rmst | null;
}

export interface KmRequest {
  time: Float64Array;
  event: Float64Array;
  entry?: Float64Array;
  /** Group codes (−1 = missing) and their labels; omitted = one curve. */
  group?: { codes: Int32Array; labels: string[] };
  confType: ConfType;
  times: number[];
  tau?: number;
}

/**
 * Kaplan–Meier curves per group for the CLI, as survfit(Surv(…) ~ group): rows with a
 * missing time, event, entry or group are dropped; groups without rows are left out.
 *
 * @example
 * kmOutput({ time, event, confType: 'log', times: [12], tau: 24 })[0].median;
 */
export function kmOutput(req: KmRequest): KmGroupOutput[] {
  const { time, event, entry, group } = req;
  const labels = group ? group.labels : [null];
  const out: KmGroupOutput[] = [];
  labels.forEach((label, g) => {
    const rows: number[] = [];
    for (let i = 0; i < time.length; i++) {
      if (Number.isNaN(event[i]) || (entry && Number.isNaN(entry[i]))) continue;
      if (group && group.codes[i] !== g) continue;
      if (!Number.isNaN(time[i])) rows.push(i);
    }
    if (rows.length === 0) return;
    const fit = kaplanMeier(
      Float64Array.from(rows, (r) => time[r]),
      Uint8Array.from(rows, (r) => event[r]),
      {
        confType: req.confType,
        entry: entry ? Float64Array.from(rows, (r) => entry[r]) : undefined,
      },
    );
    if (fit.n === 0) return;
    out.push({
      group: label,
      ...kmSummary(fit, req.times),
      rmst: req.tau === undefined ? null : rmst(fit, req.tau),
    });
  });
  return out;
}
