import { lowerFirst } from '../data/time-dependent-covariates';
import type { TdHazardRatio, TimeDependentResult } from '../engine/types';
import { formatHR, formatP } from './format';

/** One row of the fair analysis's side-by-side table: a hazard ratio, its method and its patients. */
export interface FairRow {
  key: 'naive' | 'landmark' | 'time-dependent';
  /** Plain name of the analysis. */
  name: string;
  /** What was compared, in plain words. */
  comparison: string;
  method: string;
  hr: string;
  p: string;
  /** "n used / N". */
  used: string;
  events: number;
  /** Why there is no (finite) HR, or null. */
  note: string | null;
  biased: boolean;
}

function row(
  key: FairRow['key'],
  name: string,
  comparison: string,
  h: TdHazardRatio,
  biased = false,
): FairRow {
  return {
    key,
    name,
    comparison,
    method: h.method,
    hr: h.infinite ? (h.hr !== null && h.hr < 1 ? '→ 0' : '→ ∞') : formatHR(h.hr, h.lower, h.upper),
    p: formatP(h.p),
    used: `${h.nUsed} / ${h.nTotal}`,
    events: h.events,
    note: h.note,
    biased,
  };
}

/**
 * The side-by-side landmark of a fair analysis: the one chosen when it was computed, else the
 * first with a hazard ratio, else the first.
 * @example fairLandmark(result, null) // 13
 */
export function fairLandmark(result: TimeDependentResult, chosen: number | null): number | null {
  const ls = result.landmarks;
  if (chosen !== null && ls.some((l) => l.landmark === chosen)) return chosen;
  return (ls.find((l) => l.hr !== null) ?? ls[0])?.landmark ?? null;
}

/**
 * The naive, landmark and time-dependent hazard ratios of one fair analysis, each with its method
 * and n used / N, in the order a reader compares them (biased first).
 * @example fairRows(result, 13).map((r) => r.key) // ['naive', 'landmark', 'time-dependent']
 */
export function fairRows(result: TimeDependentResult, landmark: number | null): FairRow[] {
  const rows: FairRow[] = [];
  const held = lowerFirst(result.covariateLabel);
  if (result.naive) {
    rows.push(
      row(
        'naive',
        'Naive (as published)',
        `${result.naive.label}, grouped with what happened during follow-up, from infusion`,
        result.naive,
        true,
      ),
    );
  }
  const lm = result.landmarks.find((l) => l.landmark === landmark);
  if (lm) {
    rows.push(
      row(
        'landmark',
        `Landmark at month ${lm.landmark}`,
        `${held} at month ${lm.landmark} vs not; ${lm.nExcluded} with an event or censored before excluded; time from month ${lm.landmark}`,
        lm,
      ),
    );
  }
  rows.push(
    row(
      'time-dependent',
      'Time-dependent Cox',
      `${held} at each moment vs not; every patient counted from infusion`,
      result.timeDependent,
    ),
  );
  return rows;
}
