/**
 * The data contract v1: every column the explorer reads, its type, unit and rule.
 * docs/data-format.md is the human-readable form of this table; keep them in step.
 * Times in the patient table are months from CAR-T infusion (day 0); serial
 * measurements use days from infusion. Booleans are 0/1; missing is null.
 */

export const FORMAT_VERSION = '1';
export const DEFAULT_MONTH_DAYS = 30.4375;

export type ColumnType = 'string' | 'number' | 'integer' | 'boolean' | 'enum';
export type Requirement = 'required' | 'recommended' | 'optional';

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  requirement: Requirement;
  unit?: string;
  /** Allowed values for enums. */
  levels?: readonly string[];
  min?: number;
  max?: number;
  /** True if null is never allowed. */
  noMissing?: boolean;
  /** For integer codes: the only allowed values (anything else is an error). */
  codes?: readonly number[];
  /** What an empty cell means when it is expected (no warning is given for these). */
  missingMeans?: string;
  label: string;
  /** True for variables only known after infusion (stratifying on them invites immortal-time bias). */
  postBaseline?: boolean;
}

const R = 'required' as const;
const Rec = 'recommended' as const;
const O = 'optional' as const;

export const RESPONSE_LEVELS = ['sCR', 'CR', 'VGPR', 'PR', 'MR', 'SD', 'PD', 'NE'] as const;

/** Input columns of the patient table (one row per patient). */
export const PATIENT_COLUMNS: readonly ColumnSpec[] = [
  {
    name: 'patient_id',
    type: 'string',
    requirement: R,
    noMissing: true,
    label: 'Patient pseudonym',
  },
  {
    name: 'is_simulated',
    type: 'boolean',
    requirement: R,
    noMissing: true,
    label: 'Simulated row',
  },
  { name: 'trial_id', type: 'string', requirement: Rec, label: 'Trial' },
  {
    name: 'infusion_year',
    type: 'integer',
    requirement: O,
    unit: 'year',
    min: 2000,
    max: 2100,
    label: 'Infusion year',
  },
  {
    name: 'fu_potential_months',
    type: 'number',
    requirement: R,
    unit: 'months',
    min: 0,
    noMissing: true,
    label: 'Potential follow-up',
  },
  // baseline
  {
    name: 'age_years',
    type: 'integer',
    requirement: R,
    unit: 'years',
    min: 18,
    max: 90,
    label: 'Age',
  },
  { name: 'sex', type: 'enum', requirement: R, levels: ['M', 'F'], label: 'Sex' },
  {
    name: 'ecog',
    type: 'integer',
    requirement: Rec,
    min: 0,
    max: 4,
    label: 'ECOG performance status',
  },
  {
    name: 'prior_lines',
    type: 'integer',
    requirement: R,
    unit: 'lines',
    min: 1,
    label: 'Prior lines of therapy',
  },
  { name: 'prior_asct', type: 'boolean', requirement: R, label: 'Prior autologous transplant' },
  { name: 'pi_exposed', type: 'boolean', requirement: R, label: 'PI exposed' },
  { name: 'imid_exposed', type: 'boolean', requirement: R, label: 'IMiD exposed' },
  { name: 'mab_exposed', type: 'boolean', requirement: R, label: 'Anti-myeloma antibody exposed' },
  { name: 'pi_refractory', type: 'boolean', requirement: R, label: 'PI refractory' },
  { name: 'imid_refractory', type: 'boolean', requirement: R, label: 'IMiD refractory' },
  { name: 'mab_refractory', type: 'boolean', requirement: R, label: 'Antibody refractory' },
  {
    name: 'n_pi_refractory',
    type: 'integer',
    requirement: O,
    unit: 'agents',
    min: 0,
    max: 4,
    label: 'PIs refractory to',
  },
  {
    name: 'n_imid_refractory',
    type: 'integer',
    requirement: O,
    unit: 'agents',
    min: 0,
    max: 4,
    label: 'IMiDs refractory to',
  },
  { name: 'prior_cart', type: 'boolean', requirement: Rec, label: 'Prior CAR-T' },
  {
    name: 'isotype',
    type: 'enum',
    requirement: R,
    levels: ['IgG', 'IgA', 'IgD', 'IgM', 'light_chain', 'nonsecretory', 'other'],
    label: 'Isotype',
  },
  {
    name: 'iss_stage',
    type: 'enum',
    requirement: R,
    levels: ['I', 'II', 'III'],
    label: 'ISS stage',
  },
  {
    name: 'ds_stage',
    type: 'enum',
    requirement: Rec,
    levels: ['I', 'II', 'III'],
    label: 'Durie–Salmon stage',
  },
  { name: 'ldh_high', type: 'boolean', requirement: Rec, label: 'LDH above upper limit' },
  { name: 'emd', type: 'boolean', requirement: R, label: 'Extramedullary disease' },
  { name: 'pcl', type: 'boolean', requirement: Rec, label: 'Plasma cell leukaemia' },
  {
    name: 'bm_pc_pct',
    type: 'number',
    requirement: R,
    unit: '%',
    min: 0,
    max: 100,
    label: 'Bone-marrow plasma cells',
  },
  {
    name: 'fish_evaluable',
    type: 'boolean',
    requirement: R,
    noMissing: true,
    label: 'FISH evaluable',
  },
  { name: 'del17p', type: 'boolean', requirement: R, label: 'del(17p)' },
  { name: 't_4_14', type: 'boolean', requirement: R, label: 't(4;14)' },
  { name: 't_14_16', type: 'boolean', requirement: R, label: 't(14;16)' },
  { name: 'bridging', type: 'boolean', requirement: R, label: 'Bridging therapy' },
  {
    name: 'dose_level',
    type: 'number',
    requirement: R,
    unit: '×10⁶ CAR-T cells/kg',
    min: 0,
    noMissing: true,
    label: 'Dose level',
  },
  // early events
  {
    name: 'crs_grade',
    type: 'integer',
    requirement: R,
    unit: 'grade',
    min: 0,
    max: 5,
    noMissing: true,
    label: 'CRS grade (max)',
  },
  { name: 'tocilizumab', type: 'boolean', requirement: Rec, label: 'Tocilizumab given' },
  { name: 'steroids', type: 'boolean', requirement: Rec, label: 'Steroids given' },
  {
    name: 'ada_post_pos',
    type: 'boolean',
    requirement: R,
    label: 'Anti-drug antibody positive',
    postBaseline: true,
  },
  {
    name: 'ada_first_pos_months',
    missingMeans: 'never ADA-positive after infusion',
    type: 'number',
    requirement: Rec,
    unit: 'months',
    min: 0,
    label: 'First ADA-positive',
    postBaseline: true,
  },
  // response
  {
    name: 'best_response',
    type: 'enum',
    requirement: R,
    levels: RESPONSE_LEVELS,
    label: 'Best response',
    postBaseline: true,
  },
  {
    name: 't_first_response_months',
    missingMeans: 'never reached PR or better',
    type: 'number',
    requirement: R,
    unit: 'months',
    min: 0,
    label: 'Time to first response',
    postBaseline: true,
  },
  {
    name: 't_first_cr_months',
    missingMeans: 'never reached CR',
    type: 'number',
    requirement: R,
    unit: 'months',
    min: 0,
    label: 'Time to first CR',
    postBaseline: true,
  },
  // MRD
  {
    name: 'mrd_first_neg_months',
    missingMeans: 'never MRD-negative (or never tested)',
    type: 'number',
    requirement: R,
    unit: 'months',
    min: 0,
    label: 'First MRD-negative',
    postBaseline: true,
  },
  {
    name: 'mrd_neg_end_months',
    missingMeans: 'never MRD-negative (or never tested)',
    type: 'number',
    requirement: R,
    unit: 'months',
    min: 0,
    label: 'End of MRD negativity',
    postBaseline: true,
  },
  {
    name: 'mrd_neg_end_status',
    codes: [0, 1, 2],
    missingMeans: 'never MRD-negative (or never tested)',
    type: 'integer',
    requirement: R,
    min: 0,
    max: 2,
    label: 'How MRD negativity ended',
    postBaseline: true,
  },
  // outcomes
  {
    name: 'pfs_months',
    type: 'number',
    requirement: R,
    unit: 'months',
    min: 0,
    noMissing: true,
    label: 'Progression-free survival',
  },
  { name: 'pfs_event', type: 'boolean', requirement: R, noMissing: true, label: 'PFS event' },
  {
    name: 'pfs_event_type',
    type: 'enum',
    requirement: R,
    levels: ['progression', 'death', 'none'],
    noMissing: true,
    label: 'PFS event type',
  },
  {
    name: 'os_months',
    type: 'number',
    requirement: R,
    unit: 'months',
    min: 0,
    noMissing: true,
    label: 'Overall survival',
  },
  { name: 'os_event', type: 'boolean', requirement: R, noMissing: true, label: 'Death' },
  // CAR-T kinetics
  {
    name: 'cmax_copies',
    type: 'number',
    requirement: R,
    unit: 'copies/µg gDNA',
    min: 0,
    label: 'Cmax',
    postBaseline: true,
  },
  {
    name: 'tmax_days',
    type: 'number',
    requirement: R,
    unit: 'days',
    min: 0,
    label: 'Tmax',
    postBaseline: true,
  },
  {
    name: 'auc_0_28d',
    type: 'number',
    requirement: Rec,
    unit: 'copies/µg × day',
    min: 0,
    label: 'AUC day 0–28',
    postBaseline: true,
  },
  {
    name: 'auc_0_last',
    type: 'number',
    requirement: Rec,
    unit: 'copies/µg × day',
    min: 0,
    label: 'AUC to last sample',
    postBaseline: true,
  },
  {
    name: 'pk_last_sample_day',
    type: 'number',
    requirement: Rec,
    unit: 'days',
    min: 0,
    label: 'Last PK sample',
    postBaseline: true,
  },
  {
    name: 'car_persist_months',
    type: 'number',
    requirement: R,
    unit: 'months',
    min: 0,
    label: 'CAR-T persistence',
    postBaseline: true,
  },
  {
    name: 'car_persist_event',
    type: 'boolean',
    requirement: R,
    label: 'Loss of CAR-T detection observed',
    postBaseline: true,
  },
];

/**
 * Optional serial columns: Arrow list<struct>, one list per patient; in CSV, separate long
 * tables keyed by patient_id (mrd.csv, pk.csv, response.csv).
 */
export const SERIAL_COLUMNS = {
  mrd_assessments: {
    fields: { day: 'number', result: 'enum' },
    levels: { result: ['neg', 'pos', 'ne'] },
    label: 'Bone-marrow MRD assessments',
    csvFile: 'mrd.csv',
  },
  pk_samples: {
    fields: { day: 'number', copies_per_ug: 'number', below_lloq: 'boolean' },
    levels: {},
    label: 'CAR transgene copies in blood',
    csvFile: 'pk.csv',
  },
  response_assessments: {
    fields: { day: 'number', response: 'enum', confirmed: 'boolean' },
    levels: { response: RESPONSE_LEVELS },
    label: 'IMWG response assessments',
    csvFile: 'response.csv',
  },
} as const;

export type SerialColumnName = keyof typeof SERIAL_COLUMNS;

/** Arrow schema metadata keys. */
export const META_KEYS = {
  formatVersion: 'cart_explorer.format_version',
  simulated: 'cart_explorer.simulated',
  label: 'cart_explorer.dataset_label',
  monthDays: 'cart_explorer.month_days',
  generator: 'cart_explorer.generator',
  /** How a still-negative MRD duration is censored: 'last_neg_test' (default) or 'last_followup'. */
  mrdCensorRule: 'cart_explorer.mrd_censor_rule',
  timesInMonthsConfirmed: 'cart_explorer.times_in_months_confirmed',
} as const;

/** Look up an input column of the patient table. */
export function patientColumn(name: string): ColumnSpec | undefined {
  return PATIENT_COLUMNS.find((c) => c.name === name);
}

/** Times: months from infusion in the patient table (days for PK day columns). */
export function isTimeColumn(spec: ColumnSpec): boolean {
  return spec.unit === 'months' || spec.unit === 'days';
}

export interface DerivedColumnSpec {
  name: string;
  type: 'boolean' | 'number' | 'enum';
  unit?: string;
  levels?: readonly string[];
  label: string;
  /** The rule in plain words (docs/data-format.md repeats it). */
  rule: string;
  postBaseline: boolean;
}

export const MRD_GROUP_LEVELS = [
  'sustained_neg',
  'died_mrd_neg',
  'lost_neg',
  'persistent_pos',
] as const;

const thresholdRule = (what: string, x: number) =>
  `1 if ${what} lasted ≥ ${x} months; 0 if it ended (or never started) before ${x}; empty if still ongoing at the last observation before ${x} (undecidable)`;

/** Columns added by deriveColumns (src/lib/data/derive.ts); never required in the input. */
export const DERIVED_COLUMNS: readonly DerivedColumnSpec[] = [
  {
    name: 'triple_refractory',
    type: 'boolean',
    label: 'Triple refractory',
    postBaseline: false,
    rule: 'pi_refractory AND imid_refractory AND mab_refractory (0 if any is 0; empty if undecided)',
  },
  {
    name: 'triple_exposed',
    type: 'boolean',
    label: 'Triple exposed',
    postBaseline: false,
    rule: 'pi_exposed AND imid_exposed AND mab_exposed (0 if any is 0; empty if undecided)',
  },
  {
    name: 'penta_refractory',
    type: 'boolean',
    label: 'Penta refractory',
    postBaseline: false,
    rule: 'n_imid_refractory ≥ 2 AND n_pi_refractory ≥ 2 AND mab_refractory',
  },
  {
    name: 'high_risk_ca',
    type: 'boolean',
    label: 'High-risk cytogenetics',
    postBaseline: false,
    rule: '1 if any of del17p, t_4_14, t_14_16 is 1; 0 if all are 0; empty if fish_evaluable = 0 or if none is 1 and some are empty',
  },
  {
    name: 'emd_or_pcl',
    type: 'boolean',
    label: 'EMD or plasma cell leukaemia',
    postBaseline: false,
    rule: 'emd OR pcl (1 if either is 1; 0 if both are 0; empty otherwise)',
  },
  {
    name: 'bm_burden_high',
    type: 'boolean',
    label: 'High bone-marrow burden',
    postBaseline: false,
    rule: 'bm_pc_pct ≥ 50 (cut-point adjustable)',
  },
  {
    name: 'crs_high',
    type: 'boolean',
    label: 'CRS grade ≥ 2',
    postBaseline: false,
    rule: 'crs_grade ≥ 2 (threshold adjustable)',
  },
  {
    name: 'responder',
    type: 'boolean',
    label: 'Responder (≥ PR)',
    postBaseline: true,
    rule: 'best_response is sCR, CR, VGPR or PR (NE and MR/SD/PD count as 0)',
  },
  {
    name: 'cr_or_better',
    type: 'boolean',
    label: 'CR or better',
    postBaseline: true,
    rule: 'best_response is sCR or CR',
  },
  {
    name: 'cr_by_m1',
    type: 'boolean',
    label: 'CR by month 1',
    postBaseline: true,
    rule: 't_first_cr_months ≤ 1 + visit window (14 days); 0 if never CR; empty only when best_response and t_first_cr_months are both empty',
  },
  {
    name: 'cr_by_m3',
    type: 'boolean',
    label: 'CR by month 3',
    postBaseline: true,
    rule: 't_first_cr_months ≤ 3 + visit window (14 days); 0 if never CR; empty only when best_response and t_first_cr_months are both empty',
  },
  {
    name: 'dor_months',
    type: 'number',
    unit: 'months',
    label: 'Duration of response',
    postBaseline: true,
    rule: 'pfs_months − t_first_response_months, responders only (empty otherwise)',
  },
  {
    name: 'dor_event',
    type: 'boolean',
    label: 'DOR event',
    postBaseline: true,
    rule: 'pfs_event, responders only',
  },
  {
    name: 'mrd_ever_neg',
    type: 'boolean',
    label: 'Ever MRD-negative',
    postBaseline: true,
    rule: '1 if mrd_first_neg_months is filled; 0 otherwise; empty if mrd_assessments is supplied and the patient has no MRD result',
  },
  {
    name: 'mrd_neg_duration_months',
    type: 'number',
    unit: 'months',
    label: 'Duration of MRD negativity',
    postBaseline: true,
    rule: 'mrd_neg_end_months − mrd_first_neg_months (empty if never negative)',
  },
  {
    name: 'mrd_group',
    type: 'enum',
    levels: MRD_GROUP_LEVELS,
    label: 'MRD dynamic group',
    postBaseline: true,
    rule: 'mrd_neg_end_status 0 → sustained_neg, 1 → lost_neg, 2 → died_mrd_neg; never negative → persistent_pos',
  },
  ...[12, 24, 36].map((x) => ({
    name: `mrd_neg_ge${x}`,
    type: 'boolean' as const,
    label: `MRD-negative ≥ ${x} months`,
    postBaseline: true,
    rule: thresholdRule('MRD negativity', x),
  })),
  ...[6, 12, 24, 36].map((x) => ({
    name: `car_persist_ge${x}`,
    type: 'boolean' as const,
    label: `CAR-T persistence ≥ ${x} months`,
    postBaseline: true,
    rule: thresholdRule('CAR-T detection', x),
  })),
];
