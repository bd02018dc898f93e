import { mrdEntries, type MrdEntry } from '../data/serial-entries';
import type { AnalysisFrame } from './analysis-frame';
import type { Level } from './factor';

/** One patient's swimmer inputs; times in months since infusion. */
export interface SwimmerPatient {
  id: string;
  /** Index into SwimmerInputs.levels. */
  group: number;
  /** End of follow-up: death or last contact (os_months). */
  followUp: number;
  died: boolean;
  pfsTime: number;
  pfsEvent: boolean;
  /** The PFS event was a progression (not a death without progression). */
  progressed: boolean;
  negativeMonths: number | null;
  bestResponse: string | null;
  highRisk: boolean | null;
  /** MRD tests from day 0 on, by time ('ne' kept). */
  tests: { time: number; result: MrdEntry['result'] }[];
}

export interface SwimmerInputs {
  patients: SwimmerPatient[];
  /**
   * MRD groups in the registry's order, then NO_MRD_GROUP for patients without one (never
   * tested, or no test with a result); n = patients with a known follow-up.
   */
  levels: Level[];
  nTotal: number;
  /** Patients left out because a follow-up or PFS time is missing. */
  noTime: number;
}

/** The group of patients without an MRD group: they are shown too, last. */
export const NO_MRD_GROUP: Readonly<Level> = Object.freeze({
  value: '(no MRD result)',
  label: 'No MRD result',
  n: 0,
});

const GROUP = 'mrd_group';
const TESTS = 'mrd_assessments';

/**
 * The swimmer plot's inputs: per patient the MRD tests (days converted to months with the
 * dataset's days per month), follow-up end and death (os_months, os_event), PFS time and whether
 * its event was a progression (pfs_event_type), duration of MRD negativity, best response and
 * cytogenetic risk, grouped by MRD group in the registry's order; patients without an MRD group
 * (no test with a result) form a last group. Patients without a follow-up or PFS time are left
 * out and counted.
 * @example swimmerInputs(frame, 30.4375).patients[0].tests[0] // { time: 0.46, result: 'neg' }
 */
export function swimmerInputs(frame: AnalysisFrame, monthDays: number): SwimmerInputs {
  if (!frame.has(TESTS)) {
    throw new Error(
      'The swimmer plot needs the serial MRD tests (the mrd_assessments column, or mrd.csv chosen with a CSV file); this dataset has none.',
    );
  }
  const order = frame.spec(GROUP)?.levels;
  const factor = frame.factor(GROUP, order ? { order } : {});
  const ids = frame.cells('patient_id');
  const followUp = frame.numeric('os_months');
  const died = frame.event('os_event');
  const pfsTime = frame.numeric('pfs_months');
  const pfsEvent = frame.event('pfs_event');
  const pfsType = frame.cells('pfs_event_type');
  const negative = optional(frame, 'mrd_neg_duration_months', (n) => frame.numeric(n));
  const best = optional(frame, 'best_response', (n) => frame.cells(n));
  const risk = optional(frame, 'high_risk_ca', (n) => frame.numeric(n));
  const lists = frame.raw(TESTS);

  const patients: SwimmerPatient[] = [];
  let noTime = 0;
  for (let i = 0; i < frame.n; i++) {
    const group = factor.codes[i] < 0 ? factor.levels.length : factor.codes[i];
    if ([followUp[i], died[i], pfsTime[i], pfsEvent[i]].some(Number.isNaN)) {
      noTime++;
      continue;
    }
    const neg = negative?.[i] ?? NaN;
    const r = risk?.[i] ?? NaN;
    const b = best?.[i] ?? null;
    patients.push({
      id: String(ids[i] ?? `row ${i + 1}`),
      group,
      followUp: followUp[i],
      died: died[i] === 1,
      pfsTime: pfsTime[i],
      pfsEvent: pfsEvent[i] === 1,
      progressed: pfsEvent[i] === 1 && pfsType[i] === 'progression',
      negativeMonths: Number.isNaN(neg) ? null : neg,
      bestResponse: b === null ? null : String(b),
      highRisk: Number.isNaN(r) ? null : r === 1,
      tests: mrdEntries(lists[i]).map((e) => ({ time: e.day / monthDays, result: e.result })),
    });
  }
  const all = [...factor.levels, NO_MRD_GROUP];
  const counts = all.map(() => 0);
  for (const p of patients) counts[p.group]++;
  const levels = all.map((l, k) => ({ ...l, n: counts[k] }));
  return { patients, levels, nTotal: frame.n, noTime };
}

function optional<T>(frame: AnalysisFrame, name: string, read: (name: string) => T): T | null {
  return frame.has(name) ? read(name) : null;
}
