import { responseEntries } from '../data/serial-entries';
import type { ResponseSeries } from '../stats/response-occupancy';
import type { AnalysisFrame } from './analysis-frame';
import type { Level } from './factor';
import { MAX_GROUPS } from './survival-inputs';

/**
 * Depth of each IMWG response in the over-time chart, 0 = deepest. Minimal response and stable
 * disease share a depth (neither is a response); PD and NE have none: progression is read from
 * PFS, and a not-evaluable assessment adds nothing to what is known.
 */
export const RESPONSE_DEPTH: Readonly<Record<string, number>> = {
  sCR: 0,
  CR: 1,
  VGPR: 2,
  PR: 3,
  MR: 4,
  SD: 4,
};
/** Number of depths above; the depth of CR, for "reached CR or better". */
export const RESPONSE_DEPTHS = 5;
export const CR_DEPTH = 1;
const NO_DEPTH = 255;

/** What defines the patients and groups of one response view. */
export interface ResponseSpec {
  /** Column defining the groups, or null for the whole cohort. */
  stratifier: string | null;
  /** For a numeric stratifier: groups below and at or above this value. */
  cut?: number;
  /** For threshold stratifiers: the "as published" variant (undecidable counted below). */
  asPublished?: boolean;
}

export interface ResponseInputs {
  n: number;
  /** Group index per patient into `levels` (−1 = group unknown); all 0 without a stratifier. */
  group: Int32Array;
  levels: Level[];
  /** 1 / 0 / NaN (unknown) per patient, by the registry's derived columns. */
  responder: Float64Array;
  crOrBetter: Float64Array;
  mrdNegative: Float64Array;
  /** Months to the first response ≥ PR, first CR or better, first MRD negativity; NaN = never. */
  firstResponse: Float64Array;
  firstCr: Float64Array;
  firstMrdNegative: Float64Array;
}

/**
 * The model inputs of the response rates: the stratifier's groups (as for survival curves), the
 * response and MRD indicators of the derived columns `responder`, `cr_or_better` and
 * `mrd_ever_neg`, and the times to first response, CR and MRD negativity.
 * @example responseInputs(frame, { stratifier: 'triple_refractory' }).levels[1].label // 'Triple-refractory'
 */
export function responseInputs(frame: AnalysisFrame, spec: ResponseSpec): ResponseInputs {
  let group: Int32Array = new Int32Array(frame.n);
  let levels: Level[] = [{ value: 'all', label: 'All patients', n: frame.n }];
  if (spec.stratifier) {
    const f = frame.factor(spec.stratifier, { cut: spec.cut, asPublished: spec.asPublished });
    if (f.levels.length > MAX_GROUPS) {
      throw new Error(
        `"${frame.label(spec.stratifier)}" has ${f.levels.length} different values — too many groups to compare; split it at a cut-point instead.`,
      );
    }
    group = f.codes;
    levels = f.levels;
  }
  return {
    n: frame.n,
    group,
    levels,
    responder: frame.numeric('responder'),
    crOrBetter: frame.numeric('cr_or_better'),
    mrdNegative: frame.numeric('mrd_ever_neg'),
    firstResponse: frame.numeric('t_first_response_months'),
    firstCr: frame.numeric('t_first_cr_months'),
    firstMrdNegative: frame.numeric('mrd_first_neg_months'),
  };
}

/**
 * The inputs of the response-over-time chart, null when the dataset has no
 * `response_assessments`: every confirmed assessment (days turned into months of `monthDays`
 * days; an assessment with confirmed = 0 is left out) with its depth, and how PFS follow-up
 * ended (pfs_months, pfs_event: progression or death, or last follow-up).
 * @example responseSeries(frame, 30.4375)?.depth[0] // 3 (PR at day 14)
 */
export function responseSeries(frame: AnalysisFrame, monthDays: number): ResponseSeries | null {
  if (!frame.has('response_assessments')) return null;
  const cells = frame.raw('response_assessments');
  const offsets = new Uint32Array(frame.n + 1);
  const time: number[] = [];
  const depth: number[] = [];
  for (let i = 0; i < frame.n; i++) {
    for (const e of responseEntries(cells[i])) {
      if (e.confirmed === 0) continue;
      time.push(e.day / monthDays);
      depth.push(RESPONSE_DEPTH[e.response] ?? NO_DEPTH);
    }
    offsets[i + 1] = time.length;
  }
  const endTime = frame.numeric('pfs_months');
  const event = frame.event('pfs_event');
  return {
    offsets,
    time: Float64Array.from(time),
    depth: Uint8Array.from(depth),
    endTime: endTime.map((t, i) => (Number.isNaN(event[i]) ? NaN : t)),
    endEvent: Uint8Array.from(event, (e) => (e === 1 ? 1 : 0)),
  };
}
