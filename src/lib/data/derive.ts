import { DEFAULT_MONTH_DAYS } from './columns';
import { withColumns, type DataTable } from './data-table';
import { CR_LANDMARKS, MRD_THRESHOLDS, PERSIST_THRESHOLDS } from './derived-columns';
import * as rule from './derive-rules';
import { mrdEntries } from './serial-entries';

export interface DeriveOptions {
  /** Days per month for converting day offsets (schema §0). */
  monthDays: number;
  /** Visit window added to the CR-by-month landmark (schema §2.6). */
  visitWindowDays: number;
  /** crs_high = crs_grade ≥ this. */
  crsHighGrade: number;
  /** bm_burden_high = bm_pc_pct ≥ this (%). */
  bmBurdenCut: number;
  /** Measure MRD ≥ X from first negativity (default) or from infusion (schema §2.4 trap). */
  mrdThresholdOrigin: 'first_neg' | 'infusion';
  crLandmarks: readonly number[];
  mrdThresholds: readonly number[];
  persistThresholds: readonly number[];
}

export const DEFAULT_DERIVE_OPTIONS: DeriveOptions = {
  monthDays: DEFAULT_MONTH_DAYS,
  visitWindowDays: 14,
  crsHighGrade: 2,
  bmBurdenCut: 50,
  mrdThresholdOrigin: 'first_neg',
  crLandmarks: CR_LANDMARKS,
  mrdThresholds: MRD_THRESHOLDS,
  persistThresholds: PERSIST_THRESHOLDS,
};

type Row = Record<string, unknown>;
type Fn = (d: Row) => unknown;

const testedCache = new WeakMap<object, boolean>();

/** True unless an mrd_assessments list exists and holds no neg/pos result (cached per list). */
function mrdTested(d: Row): boolean {
  const cell = d.mrd_assessments;
  if (cell === undefined) return true;
  if (cell === null || typeof cell !== 'object') return false;
  let tested = testedCache.get(cell);
  if (tested === undefined) {
    tested = mrdEntries(cell).some((e) => e.result !== 'ne');
    testedCache.set(cell, tested);
  }
  return tested;
}

/**
 * Add the derived columns of schema.md §1–2 (triple/penta flags, high-risk cytogenetics,
 * response flags, CR by month, DOR, MRD groups and thresholds, CAR-T persistence thresholds).
 * Each column is one pure rule from derive-rules.ts applied row by row; the result is a new
 * table (input columns plus derived ones; same-named inputs are replaced).
 * Undecidable values are null, never 0. Missing input columns give null, never a throw.
 * @example deriveColumns(table, { bmBurdenCut: 60 }).array('bm_burden_high')
 */
export function deriveColumns(table: DataTable, options: Partial<DeriveOptions> = {}): DataTable {
  const o = { ...DEFAULT_DERIVE_OPTIONS, ...options };
  const windowMonths = o.visitWindowDays / o.monthDays;
  const everNeg = (d: Row) => rule.mrdEverNeg(d.mrd_first_neg_months, mrdTested(d));
  const mrdSpan = (d: Row) =>
    o.mrdThresholdOrigin === 'infusion'
      ? d.mrd_neg_end_months
      : rule.mrdNegDuration(d.mrd_first_neg_months, d.mrd_neg_end_months);
  const dor = (d: Row) =>
    rule.dorMonths(rule.responder(d.best_response), d.pfs_months, d.t_first_response_months);

  const fns: Record<string, Fn> = {
    triple_refractory: (d) => rule.and3(d.pi_refractory, d.imid_refractory, d.mab_refractory),
    triple_exposed: (d) => rule.and3(d.pi_exposed, d.imid_exposed, d.mab_exposed),
    penta_refractory: (d) =>
      rule.pentaRefractory(d.n_imid_refractory, d.n_pi_refractory, d.mab_refractory),
    high_risk_ca: (d) => rule.highRiskCa(d.fish_evaluable, d.del17p, d.t_4_14, d.t_14_16),
    emd_or_pcl: (d) => rule.or3(d.emd, d.pcl),
    bm_burden_high: (d) => rule.atLeast(d.bm_pc_pct, o.bmBurdenCut),
    crs_high: (d) => rule.atLeast(d.crs_grade, o.crsHighGrade),
    responder: (d) => rule.responder(d.best_response),
    cr_or_better: (d) => rule.crOrBetter(d.best_response),
  };
  for (const L of o.crLandmarks) {
    fns[`cr_by_m${L}`] = (d) =>
      rule.crByMonth(d.t_first_cr_months, d.best_response, L, windowMonths);
  }
  fns.dor_months = dor;
  fns.dor_event = (d) => rule.dorEvent(dor(d), d.pfs_event);
  fns.mrd_ever_neg = everNeg;
  fns.mrd_neg_duration_months = (d) =>
    rule.mrdNegDuration(d.mrd_first_neg_months, d.mrd_neg_end_months);
  fns.mrd_group = (d) => rule.mrdGroup(everNeg(d), d.mrd_neg_end_status);
  for (const x of o.mrdThresholds) {
    fns[`mrd_neg_ge${x}`] = (d) =>
      rule.mrdNegAtLeast(everNeg(d), mrdSpan(d), d.mrd_neg_end_status, x);
    fns[`mrd_neg_at_m${x}`] = (d) =>
      rule.mrdNegAtMonth(
        everNeg(d),
        d.mrd_first_neg_months,
        d.mrd_neg_end_months,
        d.mrd_neg_end_status,
        x,
      );
  }
  for (const x of o.persistThresholds) {
    fns[`car_persist_ge${x}`] = (d) =>
      rule.carPersistAtLeast(d.car_persist_months, d.car_persist_event, x);
  }
  // One pass over the rows through a single row view whose properties read the columns at
  // row i (no object per row; the rules keep no reference to it). Missing input columns read
  // as undefined, which the rules treat as missing.
  const n = table.numRows();
  const rules = Object.entries(fns);
  const out = rules.map(() => new Array<unknown>(n));
  let i = 0;
  const row: Row = {};
  for (const name of table.columnNames()) {
    const values = table.array(name);
    Object.defineProperty(row, name, { get: () => values[i], enumerable: true });
  }
  for (; i < n; i++) {
    for (let k = 0; k < rules.length; k++) out[k][i] = rules[k][1](row);
  }
  return withColumns(table, Object.fromEntries(rules.map(([name], k) => [name, out[k]])));
}
