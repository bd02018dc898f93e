import { kaplanMeier } from '../stats/kaplan-meier';
import { survivalAt } from '../stats/survival-at';
import { logRank } from '../stats/log-rank';
import { coxph } from '../stats/cox';
import type { ConfType, GroupCurve, StepOut } from './types';

export interface SurvivalColumns {
  time: ArrayLike<unknown>;
  event: ArrayLike<unknown>;
  /** Group code per row (-1 = missing); all zeros for the whole cohort. */
  codes: Int32Array;
  /** Group labels, reference first. */
  labels: string[];
  /** If set, the event column holds a status code and this value is the event. */
  eventValue?: number;
}

export interface SurvivalNumbers {
  nUsed: number;
  groups: GroupCurve[];
  logRank: { chisq: number; df: number; p: number | null } | null;
  coxWarnings: string[];
}

const num = (v: unknown): number =>
  typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : typeof v === 'boolean' ? +v : NaN;

/**
 * Kaplan–Meier per group, log-rank across groups and univariable Cox (Efron ties) hazard
 * ratios vs the first group, on the rows where time, event and group are all present
 * (complete-case, as R's na.omit).
 */
export function survivalNumbers(
  cols: SurvivalColumns,
  confType: ConfType,
  times: number[],
): SurvivalNumbers {
  const keep: number[] = [];
  for (let i = 0; i < cols.codes.length; i++) {
    const t = num(cols.time[i]);
    const e = num(cols.event[i]);
    if (cols.codes[i] >= 0 && Number.isFinite(t) && Number.isFinite(e)) keep.push(i);
  }
  const n = keep.length;
  const time = new Float64Array(n);
  const event = new Uint8Array(n);
  const group = new Int32Array(n);
  keep.forEach((row, j) => {
    time[j] = num(cols.time[row]);
    const e = num(cols.event[row]);
    event[j] = cols.eventValue === undefined ? (e === 1 ? 1 : 0) : e === cols.eventValue ? 1 : 0;
    group[j] = cols.codes[row];
  });
  const present = cols.labels.map((_, k) => group.some((g) => g === k));
  const used = cols.labels.map((label, k) => ({ label, k })).filter(({ k }) => present[k]);

  const groups: GroupCurve[] = used.map(({ label, k }) => {
    const idx = [...group.keys()].filter((j) => group[j] === k);
    const fit = kaplanMeier(
      Float64Array.from(idx, (j) => time[j]),
      Uint8Array.from(idx, (j) => event[j]),
      { confType },
    );
    return {
      label,
      n: fit.n,
      events: fit.events,
      median: fit.median,
      medianLower: fit.medianLower,
      medianUpper: fit.medianUpper,
      steps: fit.steps.map((s): StepOut => ({ ...s })),
      at: survivalAt(fit, times).map((a) => ({
        time: a.time,
        surv: a.surv,
        lower: a.lower,
        upper: a.upper,
      })),
      hr: null,
    };
  });

  let logRankOut: SurvivalNumbers['logRank'] = null;
  const coxWarnings: string[] = [];
  if (used.length >= 2) {
    const remap = new Int32Array(cols.labels.length).fill(-1);
    used.forEach(({ k }, pos) => (remap[k] = pos));
    const g = Int32Array.from(group, (k) => remap[k]);
    const lr = logRank(time, event, g);
    logRankOut = { chisq: lr.chisq, df: lr.df, p: Number.isFinite(lr.p) ? lr.p : null };
    const x = used.slice(1).map((_, m) => Float64Array.from(g, (v) => (v === m + 1 ? 1 : 0)));
    const fit = coxph({
      time,
      event,
      x,
      names: used.slice(1).map((u) => u.label),
      ties: 'efron',
    });
    coxWarnings.push(...fit.warnings);
    fit.terms.forEach((term, m) => {
      groups[m + 1].hr = { hr: term.hr, lower: term.lower, upper: term.upper, p: term.p };
    });
  }
  return { nUsed: n, groups, logRank: logRankOut, coxWarnings };
}
