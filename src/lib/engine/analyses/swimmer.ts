import type { AnalysisFrame } from '../../frame/analysis-frame';
import { swimmerInputs, type SwimmerPatient } from '../../frame/swimmer-inputs';
import type { SwimmerRequest, SwimmerResult, SwimmerRow } from '../swimmer-types';
import type { AnalysisContext } from './analysis-context';
import { swimmerOrder, SWIMMER_SORTS } from './swimmer-order';
import { swimmerSegments } from './swimmer-segments';

/**
 * The swimmer plot of MRD dynamics (the paper's Fig. 4): one row per patient with the MRD status
 * over time as segments (see swimmerSegments), every MRD test, progression and death, best
 * response and cytogenetic risk, grouped by MRD group and sorted within groups.
 * @example swimmerAnalysis(frame, { kind: 'swimmer', sort: 'negativity' }, context).groups[0].label
 *   // 'Sustained MRD-negative'
 */
export function swimmerAnalysis(
  frame: AnalysisFrame,
  request: SwimmerRequest,
  context: AnalysisContext,
): SwimmerResult {
  const sort = request.sort ?? 'progression';
  const sortLabel = SWIMMER_SORTS.find((s) => s.id === sort)?.label;
  if (!sortLabel) throw new Error(`Unknown order "${String(sort)}" for the swimmer plot.`);
  const inputs = swimmerInputs(frame, context.dataset.monthDays);
  const present = inputs.levels.map((l, k) => ({ ...l, k })).filter((l) => l.n > 0);
  const position = new Map(present.map((l, j) => [l.k, j]));
  const rows = swimmerOrder(
    inputs.patients.map((p) => swimmerRow(p, position.get(p.group)!)),
    sort,
  );
  const leftOut: string[] = [];
  if (inputs.noTime > 0) {
    leftOut.push(`${patients(inputs.noTime)} without a follow-up or progression-free time`);
  }
  return {
    request,
    title: 'MRD status over time by MRD group',
    sort,
    sortLabel: `${sortLabel}, longest first`,
    groups: present.map((l) => ({ value: String(l.value), label: l.label, n: l.n })),
    rows,
    nUsed: rows.length,
    nTotal: inputs.nTotal,
    leftOut,
    maxTime: Math.max(0, ...rows.map((r) => r.followUp)),
    timeAxis: 'Months since CAR-T infusion',
    methods: [
      'bone-marrow MRD tests as dated; between two tests the earlier result holds',
      'not assessed before the first test, after a test without a result, and from the last test to the end of follow-up',
      'follow-up ends at death or last contact',
    ],
  };
}

function swimmerRow(p: SwimmerPatient, group: number): SwimmerRow {
  return {
    patientId: p.id,
    group,
    followUp: p.followUp,
    segments: swimmerSegments(p.tests, p.followUp),
    tests: p.tests.filter((t) => t.time <= p.followUp),
    testsAfterFollowUp: p.tests.filter((t) => t.time > p.followUp).length,
    progression: p.progressed ? p.pfsTime : null,
    death: p.died ? p.followUp : null,
    pfs: { time: p.pfsTime, event: p.pfsEvent },
    os: { time: p.followUp, event: p.died },
    negativeMonths: p.negativeMonths,
    bestResponse: p.bestResponse,
    highRisk: p.highRisk,
  };
}

const patients = (n: number) => `${n} ${n === 1 ? 'patient' : 'patients'}`;
