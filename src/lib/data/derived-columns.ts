import { binary, yesNo, type DerivedColumnSpec } from './column-spec';

/**
 * Columns the explorer computes from the input columns (derive.ts, schema.md §1–2); never
 * required in the input. Part of the column registry: label, values, post-baseline flag and
 * roles are declared here and nowhere else.
 */

export const MRD_GROUP_LEVELS = [
  'sustained_neg',
  'died_mrd_neg',
  'lost_neg',
  'persistent_pos',
] as const;

/** The thresholds and landmarks derived by default (the paper's). */
export const CR_LANDMARKS = [1, 3] as const;
export const MRD_THRESHOLDS = [12, 24, 36] as const;
export const PERSIST_THRESHOLDS = [6, 12, 24, 36] as const;

const thresholdRule = (what: string, x: number) =>
  `1 if ${what} lasted ≥ ${x} months; 0 if it ended (or never started) before ${x}; empty if still ongoing at the last observation before ${x} (undecidable)`;

/** CR reached by month L (plus the visit window): known at L, so its landmark is L. */
export function crByMonthColumn(L: number): DerivedColumnSpec {
  return {
    name: `cr_by_m${L}`,
    type: 'boolean',
    label: `CR by month ${L}`,
    valueLabels: binary(`No CR by month ${L}`, `CR by month ${L}`),
    postBaseline: true,
    stratifier: {
      group: 'Response and MRD',
      landmark: { months: L },
      bias: `Known only at month ${L}: a patient who progressed or died before month ${L} cannot be in the CR group, so that group is guaranteed event-free time.`,
    },
    rule: `t_first_cr_months ≤ ${L} + visit window (14 days); 0 if never CR; empty only when best_response and t_first_cr_months are both empty`,
  };
}

/** MRD negativity sustained ≥ X months from first negativity; its landmark is month X. */
export function mrdNegAtLeastColumn(x: number): DerivedColumnSpec {
  return {
    name: `mrd_neg_ge${x}`,
    type: 'boolean',
    label: `MRD-negative ≥ ${x} months`,
    valueLabels: binary(`MRD-negative < ${x} months`, `MRD-negative ≥ ${x} months`),
    postBaseline: true,
    stratifier: {
      group: 'Response and MRD',
      asPublished: true,
      landmark: { months: x, column: mrdNegAtMonthColumn(x).name },
      bias: `A patient can only stay MRD-negative for ${x} months by living, free of progression and still tested, for ${x} months after first negativity: the ≥ ${x} group is guaranteed that time, and its negativity is ended by the same progression that ends PFS.`,
    },
    threshold: { of: 'mrd-negativity', months: x },
    rule: thresholdRule('MRD negativity', x),
  };
}

/** Landmark classifier of mrd_neg_geX: MRD-negative at month L, without a loss since first negativity. */
export function mrdNegAtMonthColumn(L: number): DerivedColumnSpec {
  return {
    name: `mrd_neg_at_m${L}`,
    type: 'boolean',
    label: `MRD-negative at month ${L}, sustained since first negativity`,
    valueLabels: binary(`Not MRD-negative at month ${L}`, `MRD-negative through month ${L}`),
    postBaseline: true,
    internal: true,
    rule: `1 if first negativity was at or before month ${L} and negativity was not lost by month ${L}; 0 if never negative by month ${L} or lost by then; empty if MRD follow-up ended while negative before month ${L} (unknown at ${L})`,
  };
}

/** CAR-T detectable ≥ X months; known at month X, its landmark. */
export function carPersistAtLeastColumn(x: number): DerivedColumnSpec {
  return {
    name: `car_persist_ge${x}`,
    type: 'boolean',
    label: `CAR-T persistence ≥ ${x} months`,
    valueLabels: binary(`CAR-T detected < ${x} months`, `CAR-T detected ≥ ${x} months`),
    postBaseline: true,
    stratifier: {
      group: 'CAR-T kinetics',
      asPublished: true,
      landmark: { months: x },
      bias: `CAR-T cells can only be seen persisting for ${x} months in a patient followed for ${x} months — and sampling stops at progression: the ≥ ${x} group is guaranteed ${x} event-free months.`,
    },
    ...(x === 6 ? { forest: { unit: 'yes vs no' as const, order: 13 } } : {}),
    threshold: { of: 'car-t-detection', months: x },
    rule: thresholdRule('CAR-T detection', x),
  };
}

/** Parametric families: a threshold other than the defaults resolves to the same rule. */
export const DERIVED_FAMILIES: readonly {
  pattern: RegExp;
  make: (x: number) => DerivedColumnSpec;
}[] = [
  { pattern: /^cr_by_m(\d+(?:\.\d+)?)$/, make: crByMonthColumn },
  { pattern: /^mrd_neg_ge(\d+(?:\.\d+)?)$/, make: mrdNegAtLeastColumn },
  { pattern: /^mrd_neg_at_m(\d+(?:\.\d+)?)$/, make: mrdNegAtMonthColumn },
  { pattern: /^car_persist_ge(\d+(?:\.\d+)?)$/, make: carPersistAtLeastColumn },
];

export const DERIVED_COLUMNS: readonly DerivedColumnSpec[] = [
  {
    name: 'triple_refractory',
    type: 'boolean',
    label: 'Triple-class refractory',
    valueLabels: binary('Not triple-refractory', 'Triple-refractory'),
    postBaseline: false,
    table1: { section: 'Prior therapy', order: 41 },
    stratifier: { group: 'Baseline' },
    forest: { unit: 'yes vs no', order: 1 },
    rule: 'pi_refractory AND imid_refractory AND mab_refractory (0 if any is 0; empty if undecided)',
  },
  {
    name: 'triple_exposed',
    type: 'boolean',
    label: 'Triple-class exposed',
    valueLabels: binary('Not triple-exposed', 'Triple-exposed'),
    postBaseline: false,
    table1: { section: 'Prior therapy', order: 35 },
    stratifier: { group: 'Baseline' },
    forest: { unit: 'yes vs no', order: 2 },
    rule: 'pi_exposed AND imid_exposed AND mab_exposed (0 if any is 0; empty if undecided)',
  },
  {
    name: 'penta_refractory',
    type: 'boolean',
    label: 'Penta-refractory',
    valueLabels: binary('Not penta-refractory', 'Penta-refractory'),
    postBaseline: false,
    table1: { section: 'Prior therapy', order: 42 },
    stratifier: { group: 'Baseline' },
    rule: 'n_imid_refractory ≥ 2 AND n_pi_refractory ≥ 2 AND mab_refractory',
  },
  {
    name: 'high_risk_ca',
    type: 'boolean',
    label: 'High-risk cytogenetics',
    valueLabels: binary('Standard-risk cytogenetics', 'High-risk cytogenetics'),
    postBaseline: false,
    table1: { section: 'Cytogenetics', order: 23 },
    stratifier: { group: 'Baseline' },
    forest: { unit: 'yes vs no', order: 3 },
    rule: '1 if any of del17p, t_4_14, t_14_16 is 1; 0 if all are 0; empty if fish_evaluable = 0 or if none is 1 and some are empty',
  },
  {
    name: 'emd_or_pcl',
    type: 'boolean',
    label: 'EMD or PCL',
    valueLabels: yesNo('EMD/PCL'),
    postBaseline: false,
    table1: { section: 'Disease', order: 18 },
    stratifier: { group: 'Baseline' },
    forest: { unit: 'yes vs no', order: 5 },
    rule: 'emd OR pcl (1 if either is 1; 0 if both are 0; empty otherwise)',
  },
  {
    name: 'bm_burden_high',
    type: 'boolean',
    label: 'BM plasma cells ≥ 50 %',
    valueLabels: binary('BM plasma cells < 50 %', 'BM plasma cells ≥ 50 %'),
    postBaseline: false,
    table1: { section: 'Disease', order: 15 },
    stratifier: { group: 'Baseline' },
    forest: { unit: 'yes vs no', order: 8 },
    rule: 'bm_pc_pct ≥ 50 (cut-point adjustable)',
  },
  {
    name: 'crs_high',
    type: 'boolean',
    label: 'CRS grade ≥ 2',
    valueLabels: binary('CRS grade 0–1', 'CRS grade ≥ 2'),
    postBaseline: true,
    stratifier: {
      group: 'Safety',
      bias: 'CRS is graded in the first weeks after infusion, so the guaranteed time is short and the bias small — but a patient has to live through those weeks to be graded.',
    },
    rule: 'crs_grade ≥ 2 (threshold adjustable)',
  },
  {
    name: 'responder',
    type: 'boolean',
    label: 'Responder (≥ PR)',
    valueLabels: binary('No response (< PR)', 'Responder (≥ PR)'),
    postBaseline: true,
    rule: 'best_response is sCR, CR, VGPR or PR (NE and MR/SD/PD count as 0)',
  },
  {
    name: 'cr_or_better',
    type: 'boolean',
    label: 'Best response CR/sCR',
    valueLabels: binary('Best response less than CR', 'Best response CR or sCR'),
    postBaseline: true,
    stratifier: {
      group: 'Response and MRD',
      bias: 'Best response is reached over follow-up: a patient has to stay alive and free of progression long enough to reach CR, so the CR group is guaranteed event-free time.',
    },
    forest: { unit: 'yes vs no', order: 12 },
    rule: 'best_response is sCR or CR',
  },
  ...CR_LANDMARKS.map(crByMonthColumn),
  {
    name: 'dor_months',
    type: 'number',
    unit: 'months',
    label: 'Duration of response',
    postBaseline: true,
    rule: 'pfs_months − t_first_response_months, for responders only (best_response PR or better; empty otherwise)',
  },
  {
    name: 'dor_event',
    type: 'boolean',
    label: 'DOR event',
    eventValues: [1],
    postBaseline: true,
    rule: 'pfs_event, responders only',
  },
  {
    name: 'mrd_ever_neg',
    type: 'boolean',
    label: 'Ever MRD-negative',
    valueLabels: binary('Never MRD-negative', 'Ever MRD-negative'),
    postBaseline: true,
    rule: '1 if mrd_first_neg_months is filled; 0 otherwise; empty if mrd_assessments is supplied and the patient has no MRD result',
  },
  {
    name: 'mrd_neg_duration_months',
    type: 'number',
    unit: 'months',
    label: 'Duration of MRD negativity',
    postBaseline: true,
    correlation: { order: 5, short: 'MRD-neg. duration', event: 'mrd_neg_end_status' },
    forest: { unit: 'per month', order: 14, rescale: { by: 12, unit: 'per 12 months' } },
    rule: 'mrd_neg_end_months − mrd_first_neg_months (empty if never negative)',
  },
  {
    name: 'mrd_group',
    type: 'enum',
    levels: MRD_GROUP_LEVELS,
    label: 'MRD group',
    valueLabels: {
      sustained_neg: 'Sustained MRD-negative',
      died_mrd_neg: 'Died while MRD-negative',
      lost_neg: 'Lost MRD negativity',
      persistent_pos: 'Persistently MRD-positive',
    },
    postBaseline: true,
    stratifier: {
      group: 'Response and MRD',
      bias: 'MRD groups are defined by what happened during follow-up, up to the progression that also ends PFS: a patient is "sustained" only by staying negative — and so progression-free — for long, so the groups are partly defined by the outcome.',
    },
    rule: 'mrd_neg_end_status 0 → sustained_neg, 1 → lost_neg, 2 → died_mrd_neg; never negative → persistent_pos',
  },
  ...MRD_THRESHOLDS.map(mrdNegAtLeastColumn),
  ...MRD_THRESHOLDS.map(mrdNegAtMonthColumn),
  ...PERSIST_THRESHOLDS.map(carPersistAtLeastColumn),
];
