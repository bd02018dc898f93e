/**
 * The data contract v1: every column the explorer reads, its type, unit and rule.
 * docs/data-format.md is the human-readable form of this table; keep them in step.
 * Times in the patient table are months from CAR-T infusion (day 0); serial
 * measurements use days from infusion. Booleans are 0/1; missing is null.
 */

import { binary, yesNo, type ColumnSpec } from './column-spec';

export type { ColumnSpec, ColumnType, DerivedColumnSpec, Requirement } from './column-spec';
export { DERIVED_COLUMNS, MRD_GROUP_LEVELS } from './derived-columns';

export const FORMAT_VERSION = '1';
export const DEFAULT_MONTH_DAYS = 30.4375;

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
    postBaseline: false,
  },
  {
    name: 'is_simulated',
    type: 'boolean',
    requirement: R,
    noMissing: true,
    label: 'Simulated row',
    postBaseline: false,
    internal: true,
  },
  {
    name: 'trial_id',
    type: 'string',
    requirement: Rec,
    label: 'Trial',
    postBaseline: false,
  },
  {
    name: 'infusion_year',
    type: 'integer',
    requirement: O,
    unit: 'year',
    min: 2000,
    max: 2100,
    label: 'Infusion year',
    postBaseline: false,
  },
  {
    name: 'fu_potential_months',
    type: 'number',
    requirement: R,
    unit: 'months',
    min: 0,
    noMissing: true,
    label: 'Potential follow-up',
    postBaseline: false,
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
    postBaseline: false,
    forest: { unit: 'per year', order: 4 },
  },
  {
    name: 'sex',
    type: 'enum',
    requirement: R,
    levels: ['M', 'F'],
    label: 'Sex',
    postBaseline: false,
    valueLabels: { M: 'Male', F: 'Female' },
  },
  {
    name: 'ecog',
    type: 'integer',
    requirement: Rec,
    min: 0,
    max: 4,
    label: 'ECOG performance status',
    postBaseline: false,
  },
  {
    name: 'prior_lines',
    type: 'integer',
    requirement: R,
    unit: 'lines',
    min: 1,
    label: 'Prior lines of therapy',
    postBaseline: false,
  },
  {
    name: 'prior_asct',
    type: 'boolean',
    requirement: R,
    label: 'Prior ASCT',
    postBaseline: false,
    valueLabels: yesNo('prior ASCT'),
    stratifier: { group: 'Baseline' },
    forest: { unit: 'yes vs no', order: 7 },
  },
  {
    name: 'pi_exposed',
    type: 'boolean',
    requirement: R,
    label: 'PI exposed',
    postBaseline: false,
  },
  {
    name: 'imid_exposed',
    type: 'boolean',
    requirement: R,
    label: 'IMiD exposed',
    postBaseline: false,
  },
  {
    name: 'mab_exposed',
    type: 'boolean',
    requirement: R,
    label: 'Anti-myeloma antibody exposed',
    postBaseline: false,
  },
  {
    name: 'pi_refractory',
    type: 'boolean',
    requirement: R,
    label: 'PI refractory',
    postBaseline: false,
  },
  {
    name: 'imid_refractory',
    type: 'boolean',
    requirement: R,
    label: 'IMiD refractory',
    postBaseline: false,
  },
  {
    name: 'mab_refractory',
    type: 'boolean',
    requirement: R,
    label: 'Antibody refractory',
    postBaseline: false,
  },
  {
    name: 'n_pi_refractory',
    type: 'integer',
    requirement: O,
    unit: 'agents',
    min: 0,
    max: 4,
    label: 'PIs refractory to',
    postBaseline: false,
  },
  {
    name: 'n_imid_refractory',
    type: 'integer',
    requirement: O,
    unit: 'agents',
    min: 0,
    max: 4,
    label: 'IMiDs refractory to',
    postBaseline: false,
  },
  {
    name: 'prior_cart',
    type: 'boolean',
    requirement: Rec,
    label: 'Prior CAR-T',
    postBaseline: false,
    valueLabels: yesNo('prior CAR-T'),
    stratifier: { group: 'Baseline' },
    forest: { unit: 'yes vs no', order: 6 },
  },
  {
    name: 'isotype',
    type: 'enum',
    requirement: R,
    levels: ['IgG', 'IgA', 'IgD', 'IgM', 'light_chain', 'nonsecretory', 'other'],
    label: 'Isotype',
    postBaseline: false,
    valueLabels: { light_chain: 'Light chain only', nonsecretory: 'Non-secretory' },
  },
  {
    name: 'iss_stage',
    type: 'enum',
    requirement: R,
    levels: ['I', 'II', 'III'],
    label: 'ISS stage',
    postBaseline: false,
  },
  {
    name: 'ds_stage',
    type: 'enum',
    requirement: Rec,
    levels: ['I', 'II', 'III'],
    label: 'Durie–Salmon stage',
    postBaseline: false,
  },
  {
    name: 'ldh_high',
    type: 'boolean',
    requirement: Rec,
    label: 'LDH above upper limit',
    postBaseline: false,
  },
  {
    name: 'emd',
    type: 'boolean',
    requirement: R,
    label: 'Extramedullary disease',
    postBaseline: false,
  },
  {
    name: 'pcl',
    type: 'boolean',
    requirement: Rec,
    label: 'Plasma cell leukaemia',
    postBaseline: false,
  },
  {
    name: 'bm_pc_pct',
    type: 'number',
    requirement: R,
    unit: '%',
    min: 0,
    max: 100,
    label: 'Bone-marrow plasma cells',
    postBaseline: false,
  },
  {
    name: 'fish_evaluable',
    type: 'boolean',
    requirement: R,
    noMissing: true,
    label: 'FISH evaluable',
    postBaseline: false,
    internal: true,
  },
  {
    name: 'del17p',
    type: 'boolean',
    requirement: R,
    label: 'del(17p)',
    postBaseline: false,
  },
  {
    name: 't_4_14',
    type: 'boolean',
    requirement: R,
    label: 't(4;14)',
    postBaseline: false,
  },
  {
    name: 't_14_16',
    type: 'boolean',
    requirement: R,
    label: 't(14;16)',
    postBaseline: false,
  },
  {
    name: 'bridging',
    type: 'boolean',
    requirement: R,
    label: 'Bridging therapy',
    postBaseline: false,
  },
  {
    name: 'dose_level',
    type: 'number',
    requirement: R,
    unit: '×10⁶ CAR-T cells/kg',
    min: 0,
    noMissing: true,
    label: 'Dose level (×10⁶/kg)',
    postBaseline: false,
    stratifier: { group: 'Treatment' },
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
    postBaseline: true,
  },
  {
    name: 'tocilizumab',
    type: 'boolean',
    requirement: Rec,
    label: 'Tocilizumab',
    postBaseline: true,
    valueLabels: yesNo('tocilizumab'),
    forest: { unit: 'yes vs no', order: 9 },
  },
  {
    name: 'steroids',
    type: 'boolean',
    requirement: Rec,
    label: 'Steroids',
    postBaseline: true,
    valueLabels: yesNo('steroids'),
    forest: { unit: 'yes vs no', order: 10 },
  },
  {
    name: 'ada_post_pos',
    type: 'boolean',
    requirement: R,
    label: 'Anti-drug antibodies',
    postBaseline: true,
    valueLabels: binary('ADA-negative', 'ADA-positive'),
    stratifier: {
      group: 'Safety',
      bias: 'Anti-drug antibodies are tested throughout follow-up: the longer a patient is followed, the more chances to test positive, so the ADA-positive group is partly defined by having lived longer.',
    },
    forest: { unit: 'yes vs no', order: 11 },
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
    eventValues: [1],
    valueLabels: {
      '0': 'Still MRD-negative (censored)',
      '1': 'Lost MRD negativity',
      '2': 'Died while MRD-negative (censored)',
    },
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
    postBaseline: false,
  },
  {
    name: 'pfs_event',
    type: 'boolean',
    requirement: R,
    noMissing: true,
    label: 'PFS event',
    postBaseline: false,
    eventValues: [1],
  },
  {
    name: 'pfs_event_type',
    type: 'enum',
    requirement: R,
    levels: ['progression', 'death', 'none'],
    noMissing: true,
    label: 'PFS event type',
    postBaseline: false,
    internal: true,
  },
  {
    name: 'os_months',
    type: 'number',
    requirement: R,
    unit: 'months',
    min: 0,
    noMissing: true,
    label: 'Overall survival',
    postBaseline: false,
  },
  {
    name: 'os_event',
    type: 'boolean',
    requirement: R,
    noMissing: true,
    label: 'Death',
    postBaseline: false,
    eventValues: [1],
  },
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
    eventValues: [1],
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
