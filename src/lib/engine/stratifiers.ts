/**
 * The paper's stratifiers, each a derived or input column of the data contract.
 * Post-baseline stratifiers are known only after follow-up has begun: comparing groups
 * defined by them from time 0 carries immortal-time bias (see docs/methods.md).
 */
export interface StratifierSpec {
  column: string;
  label: string;
  /** Labels for the values 0 and 1 of a binary column (reference first). */
  levels?: readonly [string, string];
  postBaseline: boolean;
  /**
   * Months from infusion at which the group is known: the landmark of the fairer analysis
   * (patients still event-free then, followed from then on). Only for post-baseline stratifiers.
   */
  landmark?: number;
  group: 'Baseline' | 'Treatment' | 'Response and MRD' | 'CAR-T kinetics' | 'Safety';
}

const yesNo = (what: string): [string, string] => [
  `No ${what}`,
  `${what[0].toUpperCase()}${what.slice(1)}`,
];

export const STRATIFIERS: readonly StratifierSpec[] = [
  {
    column: 'triple_refractory',
    label: 'Triple-class refractory',
    levels: ['Not triple-refractory', 'Triple-refractory'],
    postBaseline: false,
    group: 'Baseline',
  },
  {
    column: 'triple_exposed',
    label: 'Triple-class exposed',
    levels: ['Not triple-exposed', 'Triple-exposed'],
    postBaseline: false,
    group: 'Baseline',
  },
  {
    column: 'penta_refractory',
    label: 'Penta-refractory',
    levels: ['Not penta-refractory', 'Penta-refractory'],
    postBaseline: false,
    group: 'Baseline',
  },
  {
    column: 'high_risk_ca',
    label: 'High-risk cytogenetics',
    levels: ['Standard risk', 'High risk'],
    postBaseline: false,
    group: 'Baseline',
  },
  {
    column: 'bm_burden_high',
    label: 'BM plasma cells ≥ 50 %',
    levels: ['< 50 %', '≥ 50 %'],
    postBaseline: false,
    group: 'Baseline',
  },
  {
    column: 'emd_or_pcl',
    label: 'EMD or PCL',
    levels: yesNo('EMD/PCL'),
    postBaseline: false,
    group: 'Baseline',
  },
  {
    column: 'prior_cart',
    label: 'Prior CAR-T',
    levels: yesNo('prior CAR-T'),
    postBaseline: false,
    group: 'Baseline',
  },
  {
    column: 'prior_asct',
    label: 'Prior ASCT',
    levels: yesNo('prior ASCT'),
    postBaseline: false,
    group: 'Baseline',
  },
  { column: 'dose_level', label: 'Dose level (×10⁶/kg)', postBaseline: false, group: 'Treatment' },
  {
    column: 'crs_high',
    label: 'CRS grade ≥ 2',
    levels: ['CRS grade 0–1', 'CRS grade ≥ 2'],
    postBaseline: true,
    group: 'Safety',
  },
  {
    column: 'ada_post_pos',
    label: 'Anti-drug antibodies',
    levels: ['ADA-negative', 'ADA-positive'],
    postBaseline: true,
    group: 'Safety',
  },
  {
    column: 'cr_or_better',
    label: 'Best response CR/sCR',
    levels: ['Less than CR', 'CR or sCR'],
    postBaseline: true,
    group: 'Response and MRD',
  },
  {
    column: 'cr_by_m1',
    label: 'CR by month 1',
    levels: ['No CR by month 1', 'CR by month 1'],
    postBaseline: true,
    landmark: 1,
    group: 'Response and MRD',
  },
  {
    column: 'cr_by_m3',
    label: 'CR by month 3',
    levels: ['No CR by month 3', 'CR by month 3'],
    postBaseline: true,
    landmark: 3,
    group: 'Response and MRD',
  },
  {
    column: 'mrd_neg_ge12',
    label: 'MRD-negative ≥ 12 months',
    levels: ['< 12 months', '≥ 12 months'],
    postBaseline: true,
    group: 'Response and MRD',
  },
  {
    column: 'mrd_neg_ge24',
    label: 'MRD-negative ≥ 24 months',
    levels: ['< 24 months', '≥ 24 months'],
    postBaseline: true,
    group: 'Response and MRD',
  },
  {
    column: 'mrd_neg_ge36',
    label: 'MRD-negative ≥ 36 months',
    levels: ['< 36 months', '≥ 36 months'],
    postBaseline: true,
    group: 'Response and MRD',
  },
  { column: 'mrd_group', label: 'MRD group', postBaseline: true, group: 'Response and MRD' },
  {
    column: 'car_persist_ge6',
    label: 'CAR-T persistence ≥ 6 months',
    levels: ['< 6 months', '≥ 6 months'],
    postBaseline: true,
    landmark: 6,
    group: 'CAR-T kinetics',
  },
  {
    column: 'car_persist_ge12',
    label: 'CAR-T persistence ≥ 12 months',
    levels: ['< 12 months', '≥ 12 months'],
    postBaseline: true,
    landmark: 12,
    group: 'CAR-T kinetics',
  },
  {
    column: 'car_persist_ge24',
    label: 'CAR-T persistence ≥ 24 months',
    levels: ['< 24 months', '≥ 24 months'],
    postBaseline: true,
    landmark: 24,
    group: 'CAR-T kinetics',
  },
  {
    column: 'car_persist_ge36',
    label: 'CAR-T persistence ≥ 36 months',
    levels: ['< 36 months', '≥ 36 months'],
    postBaseline: true,
    landmark: 36,
    group: 'CAR-T kinetics',
  },
];

export function stratifierByColumn(column: string): StratifierSpec | undefined {
  return STRATIFIERS.find((s) => s.column === column);
}
