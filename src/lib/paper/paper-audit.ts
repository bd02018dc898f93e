/**
 * The paper's internal inconsistencies (targets.md §10, "consolidated consistency audit"), each
 * with the targets it concerns: the "Paper vs this dataset" table attaches them as notes to those
 * rows. A finding about several things (§10.8–§10.13) is split so that each row gets the part
 * that concerns it. The wording is the audit's, shortened.
 */
export interface AuditFinding {
  /** Its number in targets.md §10. */
  n: number;
  /** The ids of the targets it concerns. */
  ids: readonly string[];
  text: string;
}

export const PAPER_AUDIT: readonly AuditFinding[] = [
  {
    n: 1,
    ids: ['H03'],
    text: 'The CI upper limit 4.415 is inconsistent with HR 2.063 and p = 0.042 (its Wald p would be 0.052); an upper limit of 4.145 (digits transposed) makes HR, CI and p agree exactly.',
  },
  {
    n: 2,
    ids: ['H07'],
    text: 'The CI is not centred on 0.914 (its geometric mid-point is 0.910), and the unit (per month of MRD negativity?) is not stated.',
  },
  {
    n: 3,
    ids: ['M08', 'S16'],
    text: 'The count 43 and the 73.2% disagree: 43/56 = 76.8%, 41/56 = 73.2%. “43” may be copied from the persistence ≥ 6 months count; 41 is compared here.',
  },
  { n: 4, ids: ['P05'], text: '“40%” corresponds to 22/55, not 22/56 (39.3%).' },
  {
    n: 5,
    ids: ['C11'],
    text: 'ISS III at 7.4% equals no k/56 (4/56 = 7.1%); it is 4/54, so ISS was probably missing for 2 patients.',
  },
  { n: 6, ids: ['M05'], text: '7.2% is printed for 4/56 (7.1%).' },
  {
    n: 7,
    ids: ['S12', 'S03'],
    text: 'Both high-risk cytogenetics OS medians (19.7 and 36.5 months) are reached, yet the overall OS median is not reached: possible only with very unequal censoring between the groups.',
  },
  {
    n: 8,
    ids: ['M10', 'M11', 'M12', 'M13'],
    text: '“2-year CI” is a Kaplan–Meier probability of remaining MRD-negative, not a cumulative incidence or a confidence interval.',
  },
  {
    n: 8,
    ids: ['M12', 'M13'],
    text: 'The order of the printed values contradicts the stated direction; compared here in the stated direction.',
  },
  {
    n: 9,
    ids: ['S13', 'S14'],
    text: '“Figure S3 E–F” is cited for the persistence medians, while Fig. S3 A–F is lymphocyte counts (ALC).',
  },
  {
    n: 9,
    ids: ['P11', 'P12', 'P13'],
    text: 'The legends of Fig. 6D–F say “univariate analysis”, while the text reports Spearman r.',
  },
  {
    n: 10,
    ids: ['C23', 'H01', 'H02', 'S09', 'S10', 'M11'],
    text: '“Triple exposure” is defined as refractoriness (triple-refractory is used here).',
  },
  {
    n: 10,
    ids: ['H07', 'H08'],
    text: '“Sustained MRD negativity” is a duration, not the IMWG definition (two negative assessments at least a year apart).',
  },
  { n: 10, ids: ['S01'], text: 'DOR is not defined (IMWG used here).' },
  { n: 10, ids: ['A01'], text: 'The CRS grading scale is not stated.' },
  {
    n: 10,
    ids: ['R01'],
    text: '“IMWG” is expanded as “International Myasthenia Working Group” (it is the International Myeloma Working Group).',
  },
  {
    n: 11,
    ids: ['F01'],
    text: 'The enrolment window differs between Methods (Mar 2017–Dec 2023) and Results (7 Sep 2018–29 May 2023).',
  },
  {
    n: 11,
    ids: ['F07', 'C22'],
    text: 'A maximum follow-up of 69.3 months before the 1 June 2024 cut-off needs 30-day months, or an infusion before the first enrolment.',
  },
  {
    n: 12,
    ids: ['C04', 'C05', 'C10', 'C13', 'M06', 'P04', 'R09'],
    text: 'Percentages are mostly truncated (17.8, 28.5, 30.3, 51.7, 76.7) but sometimes rounded (17.9, 51.8); n/N is computed from the data here.',
  },
  {
    n: 13,
    ids: ['C01'],
    text: 'The Methods do not list medians and IQRs (nor their quantile definition).',
  },
  { n: 13, ids: ['R04'], text: 'The Methods do not list the log-rank test.' },
  { n: 13, ids: ['H01'], text: 'The Methods do not list Cox regression.' },
  { n: 13, ids: ['P11'], text: 'The Methods do not list Spearman correlation.' },
];

/** The findings that concern one target, as notes ("§10.1: …"). */
export function auditNotes(id: string): string[] {
  return PAPER_AUDIT.filter((f) => f.ids.includes(id)).map((f) => `§10.${f.n}: ${f.text}`);
}
