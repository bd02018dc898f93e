import { endpointById, type EndpointId, type EndpointSpec } from '../data/endpoints';
import type { AnalysisFrame } from './analysis-frame';
import type { Level } from './factor';

/** More groups than this is not a stratifier but a continuous variable: ask for a cut-point. */
export const MAX_GROUPS = 12;

/** What defines the patients and groups of one survival view. */
export interface SurvivalSpec {
  endpoint: EndpointId;
  /** Column defining the groups, or null for the whole cohort. */
  stratifier: string | null;
  /** For a numeric stratifier: groups below and at or above this value. */
  cut?: number;
  /** For threshold stratifiers: the "as published" variant (undecidable counted below). */
  asPublished?: boolean;
  /**
   * Landmark at this many months after infusion: only patients still event-free and followed
   * then, with time counted from it (Anderson, Cain & Gelber 1983). PFS and OS only.
   */
  landmark?: number;
  /** Restrict to the rows where this column has this value (one facet of a second stratifier). */
  subset?: { column: string; value: number | string };
  /** The group the others are compared with; default: "no" of a yes/no column, else the largest. */
  reference?: number | string;
  /** Groups left out of the comparison (by value). */
  exclude?: (number | string)[];
}

/** How the reference group was chosen, for the caption. */
export type ReferenceRule = 'chosen' | 'no-group' | 'largest';

export interface SurvivalInputs {
  endpoint: EndpointSpec;
  /** Complete cases only: time, event (0/1) and group index into `levels`. */
  time: Float64Array;
  event: Uint8Array;
  group: Int32Array;
  /** The frame rows used, in the order of time, event and group. */
  rows: Uint32Array;
  /** The groups with rows, reference first, then R's level order; n = rows used. */
  levels: Level[];
  referenceRule: ReferenceRule;
  /** The landmark of a landmark view: `time` is then the time since it (time − landmark). */
  landmark?: number;
}

/**
 * The model inputs of a survival view (R's na.omit of Surv(time, event) ~ group): the endpoint's
 * time and event by the registry's coding, the stratifier's groups, a facet's rows, a landmark's
 * shifted clock, then complete cases; groups without rows are dropped and the reference is
 * moved first (R's relevel).
 * @example survivalInputs(frame, { endpoint: 'pfs', stratifier: 'triple_refractory' }).levels[0].label
 */
export function survivalInputs(frame: AnalysisFrame, spec: SurvivalSpec): SurvivalInputs {
  const endpoint = endpointById(spec.endpoint);
  let time = frame.numeric(endpoint.timeColumn);
  const event = frame.event(endpoint.eventColumn);
  if (spec.landmark !== undefined) {
    checkLandmark(endpoint, spec.landmark);
    const L = spec.landmark;
    time = time.map((t) => landmarkTime(t, L));
  }
  const { codes, levels } = viewGroups(frame, spec);
  // Typed passes only (this runs on every toggle, 10^5 rows included): a level's exclusion is
  // decided once per level, not once per row.
  const keepLevel = keptLevels(levels, spec);
  const facet = spec.subset ? frame.cells(spec.subset.column) : null;
  const facetValue = spec.subset ? String(spec.subset.value) : '';
  const used = new Uint32Array(frame.n);
  let m = 0;
  for (let i = 0; i < frame.n; i++) {
    const c = codes[i];
    if (c < 0 || keepLevel[c] === 0) continue;
    if (facet && (facet[i] === null || String(facet[i]) !== facetValue)) continue;
    if (Number.isNaN(time[i]) || Number.isNaN(event[i])) continue;
    used[m++] = i;
  }
  const rows = used.slice(0, m);
  const counts = new Array<number>(levels.length).fill(0);
  for (let j = 0; j < m; j++) counts[codes[rows[j]]]++;
  const { ordered, position, rule } = orderLevels(levels, counts, spec);
  const t = new Float64Array(m);
  const e = new Uint8Array(m);
  const g = new Int32Array(m);
  for (let j = 0; j < m; j++) {
    const i = rows[j];
    t[j] = time[i];
    e[j] = event[i];
    g[j] = position[codes[i]];
  }
  return {
    endpoint,
    time: t,
    event: e,
    group: g,
    rows,
    levels: ordered,
    referenceRule: rule,
    ...(spec.landmark !== undefined ? { landmark: spec.landmark } : {}),
  };
}

/** A landmark is a time after infusion: refused for an endpoint on another clock. */
export function checkLandmark(endpoint: EndpointSpec, landmark: number | undefined): void {
  if (landmark !== undefined && endpoint.clock !== 'infusion') {
    throw new Error(
      `A landmark is a time after infusion, so it applies to PFS and OS, not to ${endpoint.label.toLowerCase()}.`,
    );
  }
}

/** The groups of a view: the stratifier's codes and levels, or one group of every row. */
export function viewGroups(
  frame: AnalysisFrame,
  spec: Pick<SurvivalSpec, 'stratifier' | 'cut' | 'asPublished'>,
): { codes: Int32Array; levels: Level[] } {
  if (!spec.stratifier) {
    return {
      codes: new Int32Array(frame.n),
      levels: [{ value: 'all', label: 'All patients', n: frame.n }],
    };
  }
  const f = frame.factor(spec.stratifier, { cut: spec.cut, asPublished: spec.asPublished });
  if (f.levels.length > MAX_GROUPS) {
    throw new Error(
      `"${frame.label(spec.stratifier)}" has ${f.levels.length} different values — too many groups to compare; split it at a cut-point instead.`,
    );
  }
  return { codes: f.codes, levels: f.levels };
}

/** 1 for each level the view keeps, 0 for one left out (`exclude`). */
export function keptLevels(
  levels: readonly Level[],
  spec: Pick<SurvivalSpec, 'exclude'>,
): Uint8Array {
  const excluded = new Set((spec.exclude ?? []).map(String));
  return Uint8Array.from(levels, (l) => (excluded.has(String(l.value)) ? 0 : 1));
}

/**
 * The levels with rows (`counts` by level code), reference first then R's level order, and each
 * level code's position among them (-1: no rows), as R's relevel after dropping empty levels.
 */
export function orderLevels(
  levels: readonly Level[],
  counts: ArrayLike<number>,
  spec: Pick<SurvivalSpec, 'reference' | 'cut'>,
): { ordered: Level[]; position: Int32Array; rule: ReferenceRule } {
  const present = levels.map((l, k) => ({ ...l, n: counts[k], k })).filter((l) => l.n > 0);
  const { index: ref, rule } = referenceOf(present, spec);
  const ordered = ref > 0 ? [present[ref], ...present.filter((_, j) => j !== ref)] : present;
  const position = new Int32Array(levels.length).fill(-1);
  ordered.forEach((l, j) => (position[l.k] = j));
  return { ordered: ordered.map(({ value, label, n }) => ({ value, label, n })), position, rule };
}

/**
 * A time on the clock of a landmark at L months (Anderson, Cain & Gelber 1983): time since L for a
 * patient still followed after L, NaN (left out) for one whose follow-up ended at or before L.
 * @example landmarkTime(14, 12) // 2
 */
export function landmarkTime(t: number, L: number): number {
  return t > L ? t - L : NaN;
}

/**
 * The reference group among the groups with rows: the one chosen, else "no" of a yes/no column
 * (or "below" of a split), else the largest. Shared by every view that orders groups.
 * @example referenceOf([{ value: 0, label: 'No', n: 3, k: 0 }, { value: 1, label: 'Yes', n: 9, k: 1 }], {}).rule // 'no-group'
 */
export function referenceOf(
  present: readonly (Level & { k: number })[],
  spec: Pick<SurvivalSpec, 'reference' | 'cut'>,
): { index: number; rule: ReferenceRule } {
  if (spec.reference !== undefined) {
    const chosen = present.findIndex((l) => String(l.value) === String(spec.reference));
    if (chosen >= 0) return { index: chosen, rule: 'chosen' };
  }
  const values = present.map((l) => l.value);
  if (spec.cut !== undefined || (values.length === 2 && values[0] === 0 && values[1] === 1)) {
    return { index: 0, rule: 'no-group' };
  }
  let largest = 0;
  present.forEach((l, j) => {
    if (l.n > present[largest].n) largest = j;
  });
  return { index: largest, rule: 'largest' };
}
