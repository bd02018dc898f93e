import { DEFAULT_MONTH_DAYS } from './columns';
import { withLazyColumns, type DataTable } from './data-table';
import { CR_LANDMARKS, MRD_THRESHOLDS, PERSIST_THRESHOLDS } from './derived-columns';
import * as rule from './derive-rules';
import { finiteNumbers } from './column-scan';
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

type Column = ArrayLike<unknown>;
type Fn = (i: number) => unknown;

/** An absent input column: every row reads as undefined, which the rules treat as missing. */
const ABSENT: Column = [];

const testedCache = new WeakMap<object, boolean>();

/** True unless an mrd_assessments list exists and holds no neg/pos result (cached per list). */
function mrdTested(cell: unknown, hasColumn: boolean): boolean {
  if (!hasColumn || cell === undefined) return true;
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
 * Each column is one pure rule from derive-rules.ts applied row by row to the input columns
 * (read once, indexed directly: no row objects); the result is a new table (input columns plus
 * derived ones; same-named inputs are replaced). A derived column is computed when first read.
 * Undecidable values are missing (NaN in a numeric column, null in a text one), never 0.
 * Missing input columns give missing values, never a throw.
 * @example deriveColumns(table, { bmBurdenCut: 60 }).array('bm_burden_high')
 */
export function deriveColumns(table: DataTable, options: Partial<DeriveOptions> = {}): DataTable {
  const o = { ...DEFAULT_DERIVE_OPTIONS, ...options };
  const windowMonths = o.visitWindowDays / o.monthDays;
  const names = new Set(table.columnNames());
  const col = (name: string): Column => (names.has(name) ? table.array(name) : ABSENT);
  // Numeric inputs read as finite numbers with NaN for missing (what the rules' num() and bin()
  // read anyway): every rule then reads Float64Arrays, a plain scan (see column-scan.ts).
  const nums = (name: string): Column => finiteNumbers(col(name));
  const piRef = nums('pi_refractory');
  const imidRef = nums('imid_refractory');
  const mabRef = nums('mab_refractory');
  const piExp = nums('pi_exposed');
  const imidExp = nums('imid_exposed');
  const mabExp = nums('mab_exposed');
  const nImidRef = nums('n_imid_refractory');
  const nPiRef = nums('n_pi_refractory');
  const fish = nums('fish_evaluable');
  const del17p = nums('del17p');
  const t414 = nums('t_4_14');
  const t1416 = nums('t_14_16');
  const emd = nums('emd');
  const pcl = nums('pcl');
  const bmPc = nums('bm_pc_pct');
  const crsGrade = nums('crs_grade');
  const best = col('best_response');
  const tCr = nums('t_first_cr_months');
  const tResp = nums('t_first_response_months');
  const pfs = nums('pfs_months');
  const pfsEvent = nums('pfs_event');
  const mrdFirst = nums('mrd_first_neg_months');
  const mrdEnd = nums('mrd_neg_end_months');
  const mrdStatus = nums('mrd_neg_end_status');
  const mrdLists = col('mrd_assessments');
  const hasMrdLists = names.has('mrd_assessments');
  const persist = nums('car_persist_months');
  const persistEvent = nums('car_persist_event');

  const everNeg = (i: number) => rule.mrdEverNeg(mrdFirst[i], mrdTested(mrdLists[i], hasMrdLists));
  const mrdSpan = (i: number) =>
    o.mrdThresholdOrigin === 'infusion' ? mrdEnd[i] : rule.mrdNegDuration(mrdFirst[i], mrdEnd[i]);
  const dor = (i: number) => rule.dorMonths(rule.responder(best[i]), pfs[i], tResp[i]);

  const fns: Record<string, Fn> = {
    triple_refractory: (i) => rule.and3(piRef[i], imidRef[i], mabRef[i]),
    triple_exposed: (i) => rule.and3(piExp[i], imidExp[i], mabExp[i]),
    penta_refractory: (i) => rule.pentaRefractory(nImidRef[i], nPiRef[i], mabRef[i]),
    high_risk_ca: (i) => rule.highRiskCa(fish[i], del17p[i], t414[i], t1416[i]),
    emd_or_pcl: (i) => rule.or3(emd[i], pcl[i]),
    bm_burden_high: (i) => rule.atLeast(bmPc[i], o.bmBurdenCut),
    crs_high: (i) => rule.atLeast(crsGrade[i], o.crsHighGrade),
    responder: (i) => rule.responder(best[i]),
    cr_or_better: (i) => rule.crOrBetter(best[i]),
  };
  for (const L of o.crLandmarks) {
    fns[`cr_by_m${L}`] = (i) => rule.crByMonth(tCr[i], best[i], L, windowMonths);
  }
  fns.dor_months = dor;
  fns.dor_event = (i) => rule.dorEvent(dor(i), pfsEvent[i]);
  fns.mrd_ever_neg = everNeg;
  fns.mrd_neg_duration_months = (i) => rule.mrdNegDuration(mrdFirst[i], mrdEnd[i]);
  fns.mrd_group = (i) => rule.mrdGroup(everNeg(i), mrdStatus[i]);
  for (const x of o.mrdThresholds) {
    fns[`mrd_neg_ge${x}`] = (i) => rule.mrdNegAtLeast(everNeg(i), mrdSpan(i), mrdStatus[i], x);
    fns[`mrd_neg_at_m${x}`] = (i) =>
      rule.mrdNegAtMonth(everNeg(i), mrdFirst[i], mrdEnd[i], mrdStatus[i], x);
  }
  for (const x of o.persistThresholds) {
    fns[`car_persist_ge${x}`] = (i) => rule.carPersistAtLeast(persist[i], persistEvent[i], x);
  }
  // One column at a time, one pass over the rows each (columnar: no row objects), when the
  // column is first read.
  const n = table.numRows();
  const out: Record<string, () => ArrayLike<unknown>> = {};
  for (const [name, fn] of Object.entries(fns)) out[name] = () => derivedColumn(fn, n);
  return withLazyColumns(table, out);
}

/**
 * A rule's values for every row: a Float64Array with NaN for undecidable (null) when the rule
 * gives numbers — what the frame and the validators read fastest — else (texts) a plain array.
 */
function derivedColumn(fn: Fn, n: number): ArrayLike<unknown> {
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = fn(i);
    if (typeof v === 'number') x[i] = v;
    else if (v === null || v === undefined) x[i] = NaN;
    else return Array.from({ length: n }, (_, j) => fn(j));
  }
  return x;
}
