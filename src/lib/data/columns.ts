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
  label: string;
}

const R = 'required' as const;
const Rec = 'recommended' as const;
const O = 'optional' as const;

export const RESPONSE_LEVELS = ['sCR', 'CR', 'VGPR', 'PR', 'MR', 'SD', 'PD', 'NE'] as const;

/** Input columns of the patient table (one row per patient). */
export const PATIENT_COLUMNS: readonly ColumnSpec[] = [
  { name: 'patient_id', type: 'string', requirement: R, noMissing: true, label: 'Patient pseudonym' },
  { name: 'is_simulated', type: 'boolean', requirement: R, noMissing: true, label: 'Simulated row' },
  { name: 'trial_id', type: 'string', requirement: Rec, label: 'Trial' },
  { name: 'infusion_year', type: 'integer', requirement: O, unit: 'year', min: 2000, max: 2100, label: 'Infusion year' },
  { name: 'fu_potential_months', type: 'number', requirement: R, unit: 'months', min: 0, noMissing: true, label: 'Potential follow-up' },
  // baseline
  { name: 'age_years', type: 'integer', requirement: R, unit: 'years', min: 18, max: 90, label: 'Age' },
  { name: 'sex', type: 'enum', requirement: R, levels: ['M', 'F'], label: 'Sex' },
  { name: 'ecog', type: 'integer', requirement: Rec, min: 0, max: 4, label: 'ECOG performance status' },
  { name: 'prior_lines', type: 'integer', requirement: R, unit: 'lines', min: 1, label: 'Prior lines of therapy' },
  { name: 'prior_asct', type: 'boolean', requirement: R, label: 'Prior autologous transplant' },
  { name: 'pi_exposed', type: 'boolean', requirement: R, label: 'PI exposed' },
  { name: 'imid_exposed', type: 'boolean', requirement: R, label: 'IMiD exposed' },
  { name: 'mab_exposed', type: 'boolean', requirement: R, label: 'Anti-myeloma antibody exposed' },
  { name: 'pi_refractory', type: 'boolean', requirement: R, label: 'PI refractory' },
  { name: 'imid_refractory', type: 'boolean', requirement: R, label: 'IMiD refractory' },
  { name: 'mab_refractory', type: 'boolean', requirement: R, label: 'Antibody refractory' },
  { name: 'n_pi_refractory', type: 'integer', requirement: O, unit: 'agents', min: 0, max: 4, label: 'PIs refractory to' },
  { name: 'n_imid_refractory', type: 'integer', requirement: O, unit: 'agents', min: 0, max: 4, label: 'IMiDs refractory to' },
  { name: 'prior_cart', type: 'boolean', requirement: Rec, label: 'Prior CAR-T' },
  { name: 'isotype', type: 'enum', requirement: R, levels: ['IgG', 'IgA', 'IgD', 'IgM', 'light_chain', 'nonsecretory', 'other'], label: 'Isotype' },
  { name: 'iss_stage', type: 'enum', requirement: R, levels: ['I', 'II', 'III'], label: 'ISS stage' },
  { name: 'ds_stage', type: 'enum', requirement: Rec, levels: ['I', 'II', 'III'], label: 'Durie–Salmon stage' },
  { name: 'ldh_high', type: 'boolean', requirement: Rec, label: 'LDH above upper limit' },
  { name: 'emd', type: 'boolean', requirement: R, label: 'Extramedullary disease' },
  { name: 'pcl', type: 'boolean', requirement: Rec, label: 'Plasma cell leukaemia' },
  { name: 'bm_pc_pct', type: 'number', requirement: R, unit: '%', min: 0, max: 100, label: 'Bone-marrow plasma cells' },
  { name: 'fish_evaluable', type: 'boolean', requirement: R, noMissing: true, label: 'FISH evaluable' },
  { name: 'del17p', type: 'boolean', requirement: R, label: 'del(17p)' },
  { name: 't_4_14', type: 'boolean', requirement: R, label: 't(4;14)' },
  { name: 't_14_16', type: 'boolean', requirement: R, label: 't(14;16)' },
  { name: 'bridging', type: 'boolean', requirement: R, label: 'Bridging therapy' },
  { name: 'dose_level', type: 'number', requirement: R, unit: '×10⁶ CAR-T cells/kg', min: 0, noMissing: true, label: 'Dose level' },
  // early events
  { name: 'crs_grade', type: 'integer', requirement: R, unit: 'grade', min: 0, max: 5, noMissing: true, label: 'CRS grade (max)' },
  { name: 'tocilizumab', type: 'boolean', requirement: Rec, label: 'Tocilizumab given' },
  { name: 'steroids', type: 'boolean', requirement: Rec, label: 'Steroids given' },
  { name: 'ada_post_pos', type: 'boolean', requirement: R, label: 'Anti-drug antibody positive' },
  { name: 'ada_first_pos_months', type: 'number', requirement: Rec, unit: 'months', min: 0, label: 'First ADA-positive' },
  // response
  { name: 'best_response', type: 'enum', requirement: R, levels: RESPONSE_LEVELS, label: 'Best response' },
  { name: 't_first_response_months', type: 'number', requirement: R, unit: 'months', min: 0, label: 'Time to first response' },
  { name: 't_first_cr_months', type: 'number', requirement: R, unit: 'months', min: 0, label: 'Time to first CR' },
  // MRD
  { name: 'mrd_first_neg_months', type: 'number', requirement: R, unit: 'months', min: 0, label: 'First MRD-negative' },
  { name: 'mrd_neg_end_months', type: 'number', requirement: R, unit: 'months', min: 0, label: 'End of MRD negativity' },
  { name: 'mrd_neg_end_status', type: 'integer', requirement: R, min: 0, max: 2, label: 'How MRD negativity ended' },
  // outcomes
  { name: 'pfs_months', type: 'number', requirement: R, unit: 'months', min: 0, noMissing: true, label: 'Progression-free survival' },
  { name: 'pfs_event', type: 'boolean', requirement: R, noMissing: true, label: 'PFS event' },
  { name: 'pfs_event_type', type: 'enum', requirement: R, levels: ['progression', 'death', 'none'], noMissing: true, label: 'PFS event type' },
  { name: 'os_months', type: 'number', requirement: R, unit: 'months', min: 0, noMissing: true, label: 'Overall survival' },
  { name: 'os_event', type: 'boolean', requirement: R, noMissing: true, label: 'Death' },
  // CAR-T kinetics
  { name: 'cmax_copies', type: 'number', requirement: R, unit: 'copies/µg gDNA', min: 0, label: 'Cmax' },
  { name: 'tmax_days', type: 'number', requirement: R, unit: 'days', min: 0, label: 'Tmax' },
  { name: 'auc_0_28d', type: 'number', requirement: Rec, unit: 'copies/µg × day', min: 0, label: 'AUC day 0–28' },
  { name: 'auc_0_last', type: 'number', requirement: Rec, unit: 'copies/µg × day', min: 0, label: 'AUC to last sample' },
  { name: 'pk_last_sample_day', type: 'number', requirement: Rec, unit: 'days', min: 0, label: 'Last PK sample' },
  { name: 'car_persist_months', type: 'number', requirement: R, unit: 'months', min: 0, label: 'CAR-T persistence' },
  { name: 'car_persist_event', type: 'boolean', requirement: R, label: 'Loss of CAR-T detection observed' },
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
  },
  pk_samples: {
    fields: { day: 'number', copies_per_ug: 'number', below_lloq: 'boolean' },
    levels: {},
    label: 'CAR transgene copies in blood',
  },
  response_assessments: {
    fields: { day: 'number', response: 'enum', confirmed: 'boolean' },
    levels: { response: RESPONSE_LEVELS },
    label: 'IMWG response assessments',
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
} as const;
