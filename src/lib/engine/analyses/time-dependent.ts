import { lowerFirst, tdCovariate } from '../../data/time-dependent-covariates';
import type { AnalysisFrame } from '../../frame/analysis-frame';
import { atLandmark, countingProcess } from '../../frame/counting-process';
import { coxph } from '../../stats/cox';
import { simonMakuch } from '../../stats/simon-makuch';
import type { AnalysisContext } from './analysis-context';
import type {
  TdHazardRatio,
  TimeDependentRequest,
  TimeDependentResult,
} from '../time-dependent-types';

import { TD_CAPTION } from '../association-caption';

export { TD_CAPTION };

/** Cox HR of z (1 vs 0) with the patients it used; null HR when one group is empty or no event. */
function hazardRatio(
  method: string,
  rows: { time: Float64Array; event: Uint8Array; z: Float64Array; entry?: Float64Array },
  nUsed: number,
  nTotal: number,
  held: { n: number; events: number },
): TdHazardRatio {
  let events = 0;
  for (let i = 0; i < rows.event.length; i++) events += rows.event[i];
  const base = { method, nUsed, nTotal, events, nHeld: held.n, eventsHeld: held.events };
  const none = { hr: null, lower: null, upper: null, p: null, infinite: false };
  if (!rows.z.includes(0) || !rows.z.includes(1)) {
    return { ...base, ...none, note: `every patient is in one group: no hazard ratio` };
  }
  if (events === 0) return { ...base, ...none, note: 'no event: no hazard ratio' };
  const fit = coxph({
    time: rows.time,
    event: rows.event,
    x: [rows.z],
    names: ['z'],
    ...(rows.entry ? { entry: rows.entry } : {}),
  });
  const t = fit.terms[0];
  const infinite = fit.warnings.some((w) => w.includes('infinite'));
  return {
    ...base,
    hr: t.hr,
    lower: t.lower,
    upper: t.upper,
    p: t.p,
    infinite,
    note: infinite
      ? `monotone likelihood: a group has ${held.events === 0 ? 'no' : 'every'} event, so the hazard ratio tends to ${held.events === 0 ? '0' : '∞'}; no CI or p (pitfalls P4)`
      : null,
  };
}

/**
 * The fair analysis of a post-baseline stratifier (pitfalls P1–P3): the time-dependent Cox hazard
 * ratio of the covariate z(t) on counting-process data (Andersen & Gill 1982; R's
 * coxph(Surv(tstart, tstop, event) ~ z), Efron ties), the Simon–Makuch curves (Simon & Makuch
 * 1984; survfit on the split data), landmark hazard ratios at several landmarks (Anderson, Cain &
 * Gelber 1983) and, for comparison, the naive hazard ratio of the baseline-grouped stratifier.
 * @example timeDependentAnalysis(frame, { kind: 'timeDependent', endpoint: 'pfs', covariate: 'mrd_neg' }, context).timeDependent.hr
 */
export function timeDependentAnalysis(
  frame: AnalysisFrame,
  request: TimeDependentRequest,
  context: AnalysisContext,
): TimeDependentResult {
  const spec = tdCovariate(request.covariate);
  const months = spec.needsMonths ? request.months : undefined;
  const cp = countingProcess(
    frame,
    { endpoint: request.endpoint, covariate: request.covariate, months },
    context.dataset.monthDays,
  );
  const label = spec.label(months);
  const nPatients = cp.patients.length;
  const everHeld = new Set<number>();
  const heldEvents = new Set<number>();
  cp.z.forEach((z, i) => {
    if (z !== 1) return;
    everHeld.add(cp.patient[i]);
    if (cp.event[i]) heldEvents.add(cp.patient[i]);
  });
  const td = hazardRatio(
    'time-dependent Cox, counting process (start, stop], Efron ties (R coxph)',
    { time: cp.stop, event: cp.event, z: cp.z, entry: cp.start },
    nPatients,
    frame.n,
    { n: everHeld.size, events: heldEvents.size },
  );
  const curves = simonMakuch(cp.start, cp.stop, cp.event, cp.z).map((c) => ({
    value: c.value,
    label: c.value === 1 ? spec.short(months) : `Not ${lowerFirst(spec.short(months))}`,
    patients: new Set(Array.from(cp.patient).filter((_, i) => cp.z[i] === c.value)).size,
    intervals: c.fit.n,
    events: c.fit.events,
    steps: c.fit.steps,
  }));
  const landmarks = (request.landmarks ?? spec.landmarks(months))
    .filter((L) => Number.isFinite(L) && L > 0)
    .map((L) => {
      const lm = atLandmark(cp, L);
      let n = 0;
      let e = 0;
      lm.z.forEach((z, i) => {
        if (z === 1) {
          n++;
          e += lm.event[i];
        }
      });
      return {
        landmark: L,
        nExcluded: lm.nExcluded,
        ...hazardRatio(
          `landmark Cox at ${L} months: status at ${L} months, time from ${L} months (R coxph)`,
          lm,
          lm.time.length,
          frame.n,
          { n, events: e },
        ),
      };
    });
  const naiveColumn = request.naive ?? spec.naive(months);
  return {
    request,
    title: `${cp.endpoint.short} by ${lowerFirst(spec.short(months))}`,
    endpointLabel: cp.endpoint.label,
    covariateLabel: label,
    covariateRule: spec.rule(months),
    timeAxis: cp.endpoint.timeAxis,
    nTotal: frame.n,
    nPatients,
    nIntervals: cp.start.length,
    events: td.events,
    excluded: cp.excluded,
    timeDependent: td,
    curves,
    landmarks,
    naive: frame.has(naiveColumn) ? naive(frame, cp.endpoint, naiveColumn) : null,
    methods: [
      `z(t): ${spec.rule(months)}`,
      'time-dependent Cox on counting-process data (Andersen & Gill 1982), Efron ties, Wald 95% CI and p',
      'Simon–Makuch (extended Kaplan–Meier) curves: at each time, the patients whose state is then held or not (Simon & Makuch 1984); conditional "had the state held" curves, not groups fixed at infusion',
      'landmark Cox: patients event-free and followed at the landmark, grouped by their state then, time from the landmark (Anderson, Cain & Gelber 1983)',
      'naive Cox: groups formed with what happened during follow-up, time from infusion (immortal-time bias, pitfalls P1)',
    ],
    caption: TD_CAPTION,
  };
}

/** The naive (baseline-grouped, biased) Cox HR of a yes/no stratifier, complete cases. */
function naive(
  frame: AnalysisFrame,
  endpoint: { timeColumn: string; eventColumn: string },
  column: string,
): TdHazardRatio & { column: string; label: string } {
  const time = frame.numeric(endpoint.timeColumn);
  const event = frame.event(endpoint.eventColumn);
  const g = frame.numeric(column);
  const rows: number[] = [];
  for (let i = 0; i < frame.n; i++) {
    if ([time[i], event[i], g[i]].some(Number.isNaN) || (g[i] !== 0 && g[i] !== 1)) continue;
    rows.push(i);
  }
  let n = 0;
  let e = 0;
  for (const i of rows) {
    if (g[i] === 1) {
      n++;
      e += event[i];
    }
  }
  return {
    column,
    label: frame.label(column),
    ...hazardRatio(
      'naive Cox: groups known only after follow-up, time from infusion (biased)',
      {
        time: Float64Array.from(rows, (i) => time[i]),
        event: Uint8Array.from(rows, (i) => event[i]),
        z: Float64Array.from(rows, (i) => g[i]),
      },
      rows.length,
      frame.n,
      { n, events: e },
    ),
  };
}
