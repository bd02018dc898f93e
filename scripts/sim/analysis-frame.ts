import type { DataTable } from '../../src/lib/data/data-table';
import { deriveColumns } from '../../src/lib/data/derive';
import type { Cohort } from './cohort';
import { isHighRiskCa, isTriple } from './events';
import { mrdDurationMonths } from './hard-counts';
import { months } from './observe';

/**
 * The columns the paper's naive analyses use, as typed arrays (NaN = missing). Built either
 * directly from a cohort inside the annealing loop (fast) or from the stored table through
 * deriveColumns (the report and tests), so the two paths can be checked against each other.
 */
export interface AnalysisFrame {
  n: number;
  pfs: Float64Array;
  pfsEvent: Uint8Array;
  os: Float64Array;
  osEvent: Uint8Array;
  /** Responders only (NaN otherwise). */
  dor: Float64Array;
  dorEvent: Uint8Array;
  triple: Float64Array;
  highRiskCa: Float64Array;
  bmHigh: Float64Array;
  cr: Float64Array;
  crByM1: Float64Array;
  crByM3: Float64Array;
  ada: Float64Array;
  emdOrPcl: Float64Array;
  age: Float64Array;
  priorCart: Float64Array;
  priorAsct: Float64Array;
  persist: Float64Array;
  /**
   * Paper-naive MRD-negative duration: 0 for never negative (the annealing's H07, H08, P11; the
   * report uses the explorer's column, empty for them: app-targets.ts).
   */
  mrdDuration: Float64Array;
  /** 1 if negativity was lost (status 1) — the event of "sustained MRD negativity". */
  mrdLost: Uint8Array;
  everNeg: Float64Array;
  /** 0 sustained, 1 died negative, 2 lost, 3 persistent positive. */
  mrdGroup: Int32Array;
  /** Columns made after annealing (treatment, PK, CRS); only in frames read from the table. */
  extra?: FrameExtra;
}

export interface FrameExtra {
  tocilizumab: Float64Array;
  steroids: Float64Array;
  cmax: Float64Array;
  auc28: Float64Array;
  aucLast: Float64Array;
  crsHigh: Float64Array;
  persistEvent: Uint8Array;
  bestResponse: string[];
}

const f64 = (n: number, f: (i: number) => number | null | boolean): Float64Array =>
  Float64Array.from({ length: n }, (_, i) => {
    const v = f(i);
    return v === null ? NaN : Number(v);
  });

/** Frame straight from the simulated paths (inline versions of the derive.ts rules). */
export function frameFromCohort(c: Cohort): AnalysisFrame {
  const b = c.baseline;
  const o = c.observed;
  const n = b.n;
  const WINDOW = 14;
  return {
    n,
    pfs: f64(n, (i) => months(o[i].pfsDay)),
    pfsEvent: Uint8Array.from(o, (x) => (x.pfsType === 'none' ? 0 : 1)),
    os: f64(n, (i) => months(o[i].osDay)),
    osEvent: Uint8Array.from(o, (x) => x.osEvent),
    dor: f64(n, (i) =>
      o[i].firstResponseDay === null
        ? null
        : months(o[i].pfsDay) - months(o[i].firstResponseDay as number),
    ),
    dorEvent: Uint8Array.from(o, (x) => (x.pfsType === 'none' ? 0 : 1)),
    triple: f64(n, (i) => isTriple(b, i)),
    highRiskCa: f64(n, (i) => (b.fishEvaluable[i] ? isHighRiskCa(b, i) : null)),
    bmHigh: f64(n, (i) => b.bmPc[i] >= 50),
    cr: f64(n, (i) => o[i].firstCrDay !== null),
    crByM1: f64(
      n,
      (i) => o[i].firstCrDay !== null && (o[i].firstCrDay as number) <= 30.4375 + WINDOW,
    ),
    crByM3: f64(
      n,
      (i) => o[i].firstCrDay !== null && (o[i].firstCrDay as number) <= 3 * 30.4375 + WINDOW,
    ),
    ada: f64(n, (i) => b.ada[i]),
    emdOrPcl: f64(n, (i) => b.emd[i] || b.pcl[i]),
    age: f64(n, (i) => b.age[i]),
    priorCart: f64(n, (i) => b.priorCart[i]),
    priorAsct: f64(n, (i) => b.priorAsct[i]),
    persist: f64(n, (i) => months(o[i].persistDay)),
    mrdDuration: f64(n, (i) => mrdDurationMonths(o[i])),
    mrdLost: Uint8Array.from(o, (x) => (x.mrdStatus === 1 ? 1 : 0)),
    everNeg: f64(n, (i) => o[i].mrdFirstNegDay !== null),
    mrdGroup: Int32Array.from(o, (x) => (x.mrdStatus === null ? 3 : [0, 2, 1][x.mrdStatus])),
  };
}

const GROUP_CODE: Record<string, number> = {
  sustained_neg: 0,
  died_mrd_neg: 1,
  lost_neg: 2,
  persistent_pos: 3,
};

/** Frame from a decoded table, with the derived columns of src/lib/data/derive.ts. */
export function frameFromTable(input: DataTable, monthDays: number): AnalysisFrame {
  const t = deriveColumns(input, { monthDays });
  const n = t.numRows();
  const col = (name: string): unknown[] => Array.from(t.array(name) as ArrayLike<unknown>);
  const num = (name: string): Float64Array => {
    const v = col(name);
    return f64(n, (i) => (typeof v[i] === 'number' ? (v[i] as number) : null));
  };
  const u8 = (name: string): Uint8Array => Uint8Array.from(num(name), (v) => (v === 1 ? 1 : 0));
  const everNeg = num('mrd_ever_neg');
  const dur = num('mrd_neg_duration_months');
  const group = col('mrd_group');
  return {
    n,
    pfs: num('pfs_months'),
    pfsEvent: u8('pfs_event'),
    os: num('os_months'),
    osEvent: u8('os_event'),
    dor: num('dor_months'),
    dorEvent: u8('dor_event'),
    triple: num('triple_refractory'),
    highRiskCa: num('high_risk_ca'),
    bmHigh: num('bm_burden_high'),
    cr: num('cr_or_better'),
    crByM1: num('cr_by_m1'),
    crByM3: num('cr_by_m3'),
    ada: num('ada_post_pos'),
    emdOrPcl: num('emd_or_pcl'),
    age: num('age_years'),
    priorCart: num('prior_cart'),
    priorAsct: num('prior_asct'),
    persist: num('car_persist_months'),
    mrdDuration: f64(n, (i) => (everNeg[i] === 0 ? 0 : dur[i])),
    mrdLost: Uint8Array.from(num('mrd_neg_end_status'), (s) => (s === 1 ? 1 : 0)),
    everNeg,
    mrdGroup: Int32Array.from(group, (g) => GROUP_CODE[String(g)] ?? -1),
    extra: {
      tocilizumab: num('tocilizumab'),
      steroids: num('steroids'),
      cmax: num('cmax_copies'),
      auc28: num('auc_0_28d'),
      aucLast: num('auc_0_last'),
      crsHigh: num('crs_high'),
      persistEvent: u8('car_persist_event'),
      bestResponse: col('best_response').map((v) => String(v)),
    },
  };
}
