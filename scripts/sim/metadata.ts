import { createHash } from 'node:crypto';
import { FORMAT_VERSION, META_KEYS } from '../../src/lib/data/columns';
import { BASELINE_ASSUMPTIONS } from './baseline';
import { OUTCOME_HARD_TARGETS } from './hard-targets';
import { CUTOFF_ISO, MONTH_DAYS, TRUE_PARAMS, type TrueParams } from './params';
import { REPORT_TARGETS } from './report-targets';
import { LOOP_SOFT_TARGETS } from './soft-targets';

export const GENERATOR_VERSION = '1.0.0';
export const DATASET_LABEL = "Simulated BCMA CAR-T cohort (n = 56) — not the study's patients";

/** Settings the explorer needs to reproduce the stored summary columns from the serial ones. */
export const CONVENTIONS = {
  month_days: MONTH_DAYS,
  visit_window_days: 14,
  response_criteria: 'IMWG 2016',
  mrd_method: 'ngf_euroflow',
  mrd_lod: 1e-5,
  mrd_loss_rule: 'first_pos_or_pd',
  mrd_censor_rule: 'last_followup',
  mrd_threshold_origin: 'first_neg',
  pk_units: 'copies/ug gDNA',
  pk_lloq: TRUE_PARAMS.pkLloq,
  pk_blq_rule: 'zero',
  persistence_loss_rule: 1,
  crs_grading: 'ASTCT 2019',
  cutoff_label: CUTOFF_ISO,
  quantile_type: 6,
};

/** Unreported quantities (calibration.md §3), as set in this generator. */
export const ASSUMPTIONS: readonly string[] = [
  'Response: sCR/CR 36/9 (all 11 patients MRD-negative ≥ 36 months are sCR); VGPR/PR 5/4; 2 non-responders (SD), the 2 persistent MRD-positive patients, progressing at 1.2–4.2 months; one of them has no detectable CAR-T expansion (persistence 0).',
  `CR by month 3: ${BASELINE_ASSUMPTIONS.crByMonth3} of 45 planned (first CR at D14/D28/M2/M3 = 20/25/30/25%); the other CR patients reach CR at M6/M9/M12.`,
  'First MRD negativity at D14 (60%), D28 (30%) or M2 (10%).',
  `Triple-refractory ${BASELINE_ASSUMPTIONS.tripleRefractory} of the 10 antibody-exposed; ISS I/II ${BASELINE_ASSUMPTIONS.issI}/${BASELINE_ASSUMPTIONS.issII}; Durie–Salmon I/II ${BASELINE_ASSUMPTIONS.dsI}/${BASELINE_ASSUMPTIONS.dsII}; LDH high ${BASELINE_ASSUMPTIONS.ldhHigh}; EMD ${BASELINE_ASSUMPTIONS.emd} and PCL ${BASELINE_ASSUMPTIONS.pcl}; prior CAR-T ${BASELINE_ASSUMPTIONS.priorCart}; ECOG 0 for the 3 non-ECOG-1 patients; other isotype = IgD.`,
  `Age, prior lines and BM plasma cells: order statistics through the published type-6 quartiles with assumed extremes ${JSON.stringify(BASELINE_ASSUMPTIONS.ageFiveNumbers)}, ${JSON.stringify(BASELINE_ASSUMPTIONS.priorLinesFiveNumbers)}, ${JSON.stringify(BASELINE_ASSUMPTIONS.bmPcFiveNumbers)}; Tmax ${JSON.stringify(BASELINE_ASSUMPTIONS.tmaxFiveNumbers)} days.`,
  'Potential follow-up uniform on 11.5–69.3 months (maximum pinned at 69.3); infusions before 1 July 2020 belong to ChiCTR1800018137, which holds all 8 patients at 3 or 6 × 10⁶/kg.',
  'CRS grades 0/1/2/3 = 4/34/14/4, ranked on a score with a modest (0.3 SD) link to log AUC0–28d; tocilizumab 22 and steroids 11, ranked on CRS grade; no effect on outcomes.',
  'ADA: 9 positive, first positive at D28–M6; ADA lowers the propensity to be a long CAR-T persister; no effect on Cmax or AUC0–28d.',
  'PK: ddPCR-like transgene copies, LLOQ 10 copies/µg, BLQ stored as 0 with below_lloq = 1; sampling stops at progression or death; D4–D28 then M2, M3, every 3 months to M24, every 6 months after.',
  'MRD and response assessed at D14, D28, M2, M3, M6, M9, M12, then every 6 months, not after progression; about 4% of later MRD samples not evaluable.',
  'PFS and OS of patients alive without progression are censored at the cut-off (potential follow-up).',
  'All simulated response assessments are confirmed.',
];

/** Conflicts in the publication and how this cohort resolves them (calibration.md §2). */
export const CONFLICT_RESOLUTIONS: readonly string[] = [
  'M08: MRD-negative ≥ 12 months is 41 (73.2% of 56), not the printed 43.',
  'P05: persistence ≥ 12 months is 22 of 56 (the printed 40% is ignored).',
  'H03: target HR 2.063 with upper limit 4.145 (digit transposition of 4.415).',
  'H07/H08: target HR 0.914 per month with low weight (the naive HR under the generator averages about 0.7).',
  'S12 vs S03: overall OS stays not reached; the high-risk CA OS medians 19.7/36.5 have low weight.',
  'C11: ISS III 4 of 54 with 2 missing. M05: 4 patients.',
  'M12/M13: the favourable group has the higher 2-year probability (CR by M3 76.2%, persistence ≥ 6 months 66.9%).',
  'C22: month_days 30.4375 with potential follow-up drawn in months (maximum 69.3); calendar dates are not reproduced.',
  'MRD duration: origin first negativity; still-negative patients censored at last follow-up (mrd_censor_rule = last_followup).',
  'Triple exposure: 9 triple-refractory among the 10 antibody-exposed.',
];

/** SHA-256 of the target list (ids, published values, tolerances): changes when targets change. */
export function targetsHash(): string {
  const spec = {
    hard: OUTCOME_HARD_TARGETS.map((t) => [t.key, t.published]),
    soft: [...LOOP_SOFT_TARGETS, ...REPORT_TARGETS].map((t) => [
      t.id,
      t.published,
      t.tolerance,
      t.weight,
    ]),
  };
  return createHash('sha256').update(JSON.stringify(spec)).digest('hex');
}

export interface RunInfo {
  seed: number;
  iterations: { feasibility: number; calibration: number; pk: number };
}

/** The Arrow schema metadata (columns.ts META_KEYS). */
export function cohortMetadata(
  run: RunInfo,
  params: TrueParams = TRUE_PARAMS,
): Map<string, string> {
  const generator = {
    name: 'scripts/simulate.ts',
    version: GENERATOR_VERSION,
    seed: run.seed,
    iterations: run.iterations,
    targets_hash: targetsHash(),
    true_params: params,
    conventions: CONVENTIONS,
    assumptions: ASSUMPTIONS,
    conflict_resolutions: CONFLICT_RESOLUTIONS,
  };
  return new Map([
    [META_KEYS.formatVersion, FORMAT_VERSION],
    [META_KEYS.simulated, 'true'],
    [META_KEYS.label, DATASET_LABEL],
    [META_KEYS.monthDays, String(MONTH_DAYS)],
    [META_KEYS.generator, JSON.stringify(generator)],
    [META_KEYS.mrdCensorRule, 'last_followup'],
  ]);
}
