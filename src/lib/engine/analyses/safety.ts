import { adaInputs } from '../../frame/ada-inputs';
import type { AnalysisFrame } from '../../frame/analysis-frame';
import { clopperPearson } from '../../stats/clopper-pearson';
import { kaplanMeier } from '../../stats/kaplan-meier';
import { survivalAt } from '../../stats/survival-at';
import type { AdaCumulative, CrsTable, ProportionRow, SafetyResult } from '../safety-types';

/** Months at which the cumulative ADA positivity is reported. */
const ADA_TIMES = [3, 6, 12];

/**
 * The safety and immunogenicity summary (the paper's Results and Fig. S6–S7): the CRS grade
 * distribution as n/N with exact (Clopper–Pearson) 95 % CIs, and the cumulative proportion of
 * patients ADA-positive over time, 1 − Kaplan–Meier of the time to first ADA positivity censored
 * at the last follow-up.
 * @example safetyAnalysis(frame).crs?.groups[0].label // 'Any CRS (grade ≥ 1)'
 */
export function safetyAnalysis(frame: AnalysisFrame): SafetyResult {
  return { crs: crsTable(frame), ada: adaCumulative(frame), nTotal: frame.n };
}

function row(label: string, grades: number[], n: number, total: number): ProportionRow {
  const ci = total > 0 ? clopperPearson(n, total) : { lower: null, upper: null };
  return {
    label,
    grades,
    n,
    total,
    proportion: total > 0 ? n / total : null,
    lower: ci.lower,
    upper: ci.upper,
  };
}

function crsTable(frame: AnalysisFrame): CrsTable | null {
  if (!frame.has('crs_grade')) return null;
  const grade = frame.numeric('crs_grade').filter((g) => !Number.isNaN(g));
  const total = grade.length;
  const count = (test: (g: number) => boolean) => grade.filter(test).length;
  const top = Math.max(3, ...grade);
  const grades = Array.from({ length: top + 1 }, (_, g) =>
    row(
      `Grade ${g}${g === 0 ? ' (no CRS)' : ''}`,
      [g],
      count((x) => x === g),
      total,
    ),
  );
  const range = (lo: number, hi: number) => Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
  return {
    grades,
    groups: [
      row(
        'Any CRS (grade ≥ 1)',
        range(1, top),
        count((x) => x >= 1),
        total,
      ),
      row(
        'Grade 1–2',
        [1, 2],
        count((x) => x === 1 || x === 2),
        total,
      ),
      row(
        'Grade ≥ 3',
        range(3, top),
        count((x) => x >= 3),
        total,
      ),
    ],
    nUsed: total,
    nTotal: frame.n,
    method: 'n/N with exact (Clopper–Pearson) 95% CI, as R binom.test',
  };
}

function adaCumulative(frame: AnalysisFrame): AdaCumulative | null {
  const inputs = adaInputs(frame);
  if (!inputs || inputs.time.length === 0) return null;
  const fit = kaplanMeier(inputs.time, inputs.event);
  const at = survivalAt(fit, ADA_TIMES).map((a) => ({
    time: a.time,
    cumulative: 1 - a.surv,
    lower: a.upper === null ? null : 1 - a.upper,
    upper: a.lower === null ? null : 1 - a.lower,
    nRisk: a.nRisk,
  }));
  return {
    positive: inputs.positive,
    tested: inputs.tested,
    nTotal: frame.n,
    crude: row('ADA-positive after infusion', [], inputs.positive, inputs.tested),
    steps: fit.steps,
    n: fit.n,
    events: fit.events,
    at,
    leftOut: inputs.leftOut,
    method:
      'cumulative proportion ADA-positive = 1 − Kaplan–Meier of the time to first ADA-positive sample, censored at the last follow-up (os_months); 95% CI from the log-transformed Kaplan–Meier interval (R survfit)',
    caveats: [
      'ADA is tested throughout follow-up: the longer and more often a patient is tested, the more chances to test positive. The curve accounts for different follow-up lengths; the crude proportion (n/N) does not.',
      'Patients are counted as still tested until their last follow-up. If testing stopped earlier (for example at progression), the curve understates positivity.',
      'Deaths are censored, so 1 − Kaplan–Meier overstates the proportion who ever become ADA-positive when death comes first (a competing event).',
      'The date of first positivity is the day of the first positive sample: the change happened at some time since the previous negative one.',
    ],
  };
}
