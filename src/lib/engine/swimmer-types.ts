/**
 * The swimmer plot's request and result (the paper's Fig. 4): one row per patient with the MRD
 * status over time as segments, the MRD tests, progression and death, grouped by MRD group.
 * Plain, structured-clone-safe objects; times in months since CAR-T infusion.
 */

/** How rows are ordered within each MRD group (longest first). */
export type SwimmerSort = 'progression' | 'negativity' | 'followup';

export interface SwimmerRequest {
  kind: 'swimmer';
  /** Default 'progression': time to progression or death (PFS time). */
  sort?: SwimmerSort;
}

/** MRD status between two tests: the earlier test's result, or not assessed. */
export type MrdState = 'neg' | 'pos' | 'none';

export interface SwimmerSegment {
  start: number;
  end: number;
  state: MrdState;
}

export interface SwimmerTest {
  time: number;
  result: 'neg' | 'pos' | 'ne';
}

/** A survival time and whether it ended with the event (false = censored). */
export interface SwimmerTime {
  time: number;
  event: boolean;
}

export interface SwimmerRow {
  patientId: string;
  /** Index into SwimmerResult.groups. */
  group: number;
  /** End of follow-up: death or last contact (os_months). */
  followUp: number;
  /** From 0 to followUp, without gaps; adjacent segments differ in state. */
  segments: SwimmerSegment[];
  /** MRD tests up to the end of follow-up, by time. */
  tests: SwimmerTest[];
  /** MRD tests dated after the end of follow-up (not drawn; a data problem to look at). */
  testsAfterFollowUp: number;
  /** Month of progression, or null (death without progression is `death`). */
  progression: number | null;
  /** Month of death, or null if alive at last follow-up. */
  death: number | null;
  pfs: SwimmerTime;
  os: SwimmerTime;
  /** Duration of MRD negativity (months from first negativity); null if never negative. */
  negativeMonths: number | null;
  /** Best response (sCR, CR, VGPR, …) or null. */
  bestResponse: string | null;
  /** High-risk cytogenetics: true, false, or null when not known. */
  highRisk: boolean | null;
}

export interface SwimmerGroup {
  value: string;
  label: string;
  /** Rows shown in the group. */
  n: number;
}

export interface SwimmerResult {
  request: SwimmerRequest;
  title: string;
  sort: SwimmerSort;
  /** The order in words ("time to progression or death, longest first"). */
  sortLabel: string;
  /** MRD groups with rows, in the registry's order; "No MRD result" last, when it has rows. */
  groups: SwimmerGroup[];
  /** Grouped (groups in order) and sorted within each group. */
  rows: SwimmerRow[];
  nUsed: number;
  nTotal: number;
  /** Patients not shown and why, in plain words (empty when all are shown). */
  leftOut: string[];
  /** The longest follow-up shown (months). */
  maxTime: number;
  timeAxis: string;
  /** How the segments were built, in plain words. */
  methods: string[];
}
