/** Candidate factors of the paper's univariable Cox analyses (Fig. 3A–B), in display order. */
export interface ForestFactor {
  column: string;
  label: string;
  /** What one unit of the covariate means, for the HR's reading. */
  unit: string;
  postBaseline: boolean;
}

export const FOREST_FACTORS: readonly ForestFactor[] = [
  {
    column: 'triple_refractory',
    label: 'Triple-class refractory',
    unit: 'yes vs no',
    postBaseline: false,
  },
  {
    column: 'high_risk_ca',
    label: 'High-risk cytogenetics',
    unit: 'yes vs no',
    postBaseline: false,
  },
  { column: 'age_years', label: 'Age', unit: 'per year', postBaseline: false },
  { column: 'emd_or_pcl', label: 'EMD or PCL', unit: 'yes vs no', postBaseline: false },
  { column: 'prior_cart', label: 'Prior CAR-T', unit: 'yes vs no', postBaseline: false },
  { column: 'prior_asct', label: 'Prior ASCT', unit: 'yes vs no', postBaseline: false },
  {
    column: 'bm_burden_high',
    label: 'BM plasma cells ≥ 50 %',
    unit: 'yes vs no',
    postBaseline: false,
  },
  { column: 'tocilizumab', label: 'Tocilizumab', unit: 'yes vs no', postBaseline: true },
  { column: 'steroids', label: 'Steroids', unit: 'yes vs no', postBaseline: true },
  { column: 'ada_post_pos', label: 'Anti-drug antibodies', unit: 'yes vs no', postBaseline: true },
  { column: 'cr_or_better', label: 'Best response CR/sCR', unit: 'yes vs no', postBaseline: true },
  {
    column: 'car_persist_ge6',
    label: 'CAR-T persistence ≥ 6 months',
    unit: 'yes vs no',
    postBaseline: true,
  },
  {
    column: 'mrd_neg_duration_months',
    label: 'Duration of MRD negativity',
    unit: 'per month',
    postBaseline: true,
  },
];
