import { maxOf } from '../../stats/min-max';
import type { AnalysisFrame } from '../../frame/analysis-frame';
import { kineticsInputs, type KineticsInputs } from '../../frame/kinetics-inputs';
import { kinetics, type AucMethod } from '../../stats/kinetics';
import { quartiles } from '../../stats/quantile';
import { visitMedians, visitSchedule } from '../../stats/visit-medians';
import type {
  KineticsComparison,
  KineticsMetric,
  KineticsMetricId,
  KineticsPatient,
  KineticsRequest,
  KineticsTest,
} from '../kinetics-types';
import { groupComparison } from './group-comparison';
import { KINETICS_METRICS } from './kinetics-metrics';

/** Cmax and Tmax come from days 0–28, as the data contract's cmax_copies. */
const CMAX_WINDOW_DAYS = 28;

const AUC_WORDS: Record<AucMethod, string> = {
  linear: 'AUC by the linear trapezoid rule',
  'lin-up-log-down': 'AUC by the linear-up/log-down trapezoid rule',
};
const TEST_WORDS: Record<KineticsTest, string> = {
  rank: 'two groups: Mann–Whitney U test (R wilcox.test, exact = FALSE, correct = TRUE); more: Kruskal–Wallis test (R kruskal.test)',
  welch: "two groups: Welch's t test (R t.test); more: Welch's one-way ANOVA (R oneway.test)",
};

const orNull = (v: number | null | undefined) =>
  v === null || v === undefined || Number.isNaN(v) ? null : v;

/**
 * CAR-T kinetics compared across the groups of a column (the paper's Fig. 6A–C, S5–S7): each
 * patient's Cmax and Tmax (days 0–28), AUC0–28d and AUC0–last (linear or linear-up/log-down
 * trapezoid, below the limit counted as 0) and persistence; per group n, median and quartiles
 * (R's type 7); per measurement the chosen test; and the transgene curves with the median per
 * group at each scheduled visit.
 * @example kineticsAnalysis(frame, { kind: 'kinetics', groupBy: 'crs_high' }).metrics[0].test?.p
 */
export function kineticsAnalysis(
  frame: AnalysisFrame,
  request: KineticsRequest,
): KineticsComparison {
  const test = request.test ?? 'rank';
  const auc = request.auc ?? 'linear';
  const inputs = kineticsInputs(frame, request);
  const patients = patientValues(inputs, auc);
  const group = Int32Array.from(patients, (p) => p.group);
  const metrics = KINETICS_METRICS.map((m): KineticsMetric => {
    const values = Float64Array.from(patients, (p) => p[m.id] ?? NaN);
    const compared =
      inputs.levels.length > 1
        ? groupComparison(values, group, test)
        : { test: null, note: 'One group: choose groups to compare.' };
    return {
      ...m,
      nUsed: values.filter((v) => !Number.isNaN(v)).length,
      groups: inputs.levels.map((_, k) => quartiles(values.filter((_, i) => group[i] === k))),
      test: compared.test,
      note: compared.note,
      caveat: caveatOf(m.id, inputs, patients),
    };
  });
  const lastDay = Math.max(0, ...patients.flatMap((p) => p.samples.map((s) => s.day)));
  const schedule = inputs.source === 'samples' ? visitSchedule(lastDay) : [];
  const curves = visitMedians(
    patients.map((p) => ({
      group: p.group,
      day: p.samples.map((s) => s.day),
      value: p.samples.map((s) => s.copies),
    })),
    inputs.levels.length,
    schedule,
  );
  const groupLabel = request.groupBy ? frame.label(request.groupBy) : null;
  return {
    request,
    title: titleOf(frame, request, groupLabel),
    groupLabel,
    groups: inputs.levels,
    source: inputs.source,
    test,
    auc,
    patients,
    metrics,
    schedule,
    curves,
    nUsed: patients.length,
    nTotal: frame.n,
    methods: methodsOf(inputs, auc, test),
  };
}

function patientValues(inputs: KineticsInputs, auc: AucMethod): KineticsPatient[] {
  return inputs.patients.map((p, j): KineticsPatient => {
    const persistence = orNull(inputs.persistence[j]);
    const event = inputs.persistenceEvent[j];
    const base = {
      id: p.id,
      group: p.group,
      persistence,
      persistenceCensored: persistence === null || Number.isNaN(event) ? null : event === 0,
      samples: Array.from(p.day, (day, i) => ({ day, copies: p.copies[i], blq: p.blq[i] === 1 })),
    };
    if (inputs.summary) {
      const s = inputs.summary;
      return {
        ...base,
        cmax: orNull(s.cmax[j]),
        tmax: orNull(s.tmax[j]),
        auc28: orNull(s.auc28[j]),
        aucLast: orNull(s.aucLast[j]),
        lastSampleDay: orNull(s.lastSampleDay[j]),
      };
    }
    const k = kinetics(p.day, p.copies, p.blq, { auc, cmaxWindowDays: CMAX_WINDOW_DAYS });
    return {
      ...base,
      cmax: k.cmax,
      tmax: k.tmax,
      auc28: k.auc0to28,
      aucLast: k.auc0toLast,
      lastSampleDay: p.day.length ? maxOf(p.day) : null,
    };
  });
}

function caveatOf(
  id: KineticsMetricId,
  inputs: KineticsInputs,
  patients: KineticsPatient[],
): string | null {
  if (id === 'persistence') {
    const open = patients.filter((p) => p.persistenceCensored).length;
    return `${open} of ${patients.length} patients were still detectable at their last sample (open dots): their persistence is at least the value shown, and the test counts it as exact. Sampling stops at progression, so persistence also measures follow-up.`;
  }
  if (id === 'aucLast') {
    const medians = inputs.levels.map((l, k) => {
      const days = patients.filter((p) => p.group === k).map((p) => p.lastSampleDay ?? NaN);
      const m = quartiles(Float64Array.from(days)).median;
      return `${l.label}: day ${m === null ? '—' : Math.round(m)}`;
    });
    return `AUC0–last grows with how long a patient was sampled. Median last sample — ${medians.join('; ')}.`;
  }
  if (id === 'tmax')
    return 'Tmax is the sampling day of the peak, so it falls on the sampling schedule.';
  return null;
}

function titleOf(frame: AnalysisFrame, r: KineticsRequest, groupLabel: string | null): string {
  if (!r.groupBy || groupLabel === null) return 'CAR-T kinetics, all patients';
  let title = `CAR-T kinetics by ${groupLabel}${r.cut !== undefined ? ` (split at ${r.cut})` : ''}`;
  if (r.asPublished && frame.hasAsPublished(r.groupBy)) title += ', as published';
  return title;
}

function methodsOf(inputs: KineticsInputs, auc: AucMethod, test: KineticsTest): string[] {
  const methods =
    inputs.source === 'samples'
      ? [
          'Cmax: highest transgene level in days 0–28, Tmax its day',
          `${AUC_WORDS[auc]} from 0 copies on day 0, samples below the limit of quantification counted as 0; AUC0–28d interpolated at day 28, AUC0–last to the last sample`,
        ]
      : ["Cmax, Tmax and AUCs as given in the file's summary columns (no serial samples)"];
  methods.push(
    'persistence: months to the last detectable sample (car_persist_months)',
    'box: quartiles (R quantile type 7) and median; every patient a dot',
    TEST_WORDS[test],
  );
  return methods;
}
