import { ENDPOINTS, type EndpointId } from '../data/endpoints';
import type { RiskTableMode } from '../layout/risk-table-layout';
import {
  DEFAULT_FIGURE,
  FIGURE_PARAMS,
  parseFigureParams,
  serialiseFigureParams,
  type FigureOptions,
} from '../layout/figure-options';
import { DEFAULT_MIN_CELL, MAX_MIN_CELL } from '../layout/small-cells';
import { SWIMMER_SORTS } from '../engine/analyses/swimmer-order';
import type { AucMethod, KineticsTest, SwimmerSort, Ties } from '../engine/types';
import { TABS, type Tab } from './tabs';

export type { Tab };

/** A group's value, as the engine reports it (GroupCurve.value). */
export type GroupValue = string | number;

/**
 * Everything a user can set, as one plain, serialisable object: what the URL carries. Views still
 * to come add their fields here (and a parameter in PARAMS), so one link keeps reopening the screen.
 */
export interface ViewParams {
  tab: Tab;
  endpoint: EndpointId;
  stratifier: string | null;
  cut: number | null;
  reference: GroupValue | null;
  exclude: GroupValue[];
  facet: string | null;
  asPublished: boolean;
  showBands: boolean;
  showEvents: boolean;
  ties: Ties;
  chosenFactors: string[];
  /** MRD view: the order of the swimmer plot's rows within each MRD group. */
  swimmerSort: SwimmerSort;
  /** CAR-T kinetics and safety tabs: rank tests or Welch's tests of means. */
  kineticsTest: KineticsTest;
  /** CAR-T kinetics and safety tabs: how the AUC is computed between samples. */
  aucMethod: AucMethod;
  /** The correlation matrix's selected cell: two measures (columns), shown as a scatter plot. */
  correlationPair: [string, string] | null;
  /** Survival view: the RMST horizon τ in months; null = the largest time every group reaches. */
  tau: number | null;
  /** Forest p-values as computed, or adjusted over the univariable screen (Holm, BH). */
  forestP: ForestPScale;
  /** Survival tab, a post-baseline stratifier with a fair analysis: also show the naive curves. */
  showNaive: boolean;
  /** Survival tab, fair analysis: the landmark (months) compared side by side; null = default. */
  fairLandmark: number | null;
  /** The table under Kaplan–Meier charts: KMunicate's at risk / events / censored, or at risk only. */
  riskTable: RiskTableMode;
  /** Groups under this size are flagged as small (and their counts suppressible). */
  minCell: number;
  /** Show counts 1 … minCell − 1 as "<minCell" (for public embeds). */
  suppressSmall: boolean;
  /** The "Figure" panel: axes, time unit, palette, font, texts, legend (own parameters: FIGURE_PARAMS). */
  figure: FigureOptions;
}

/** How the forest shows p-values: raw, Holm-adjusted or Benjamini–Hochberg-adjusted. */
export type ForestPScale = 'raw' | 'holm' | 'BH';

export const DEFAULT_VIEW: Readonly<ViewParams> = Object.freeze({
  tab: 'curves',
  endpoint: 'pfs',
  stratifier: null,
  cut: null,
  reference: null,
  exclude: [],
  facet: null,
  asPublished: false,
  showBands: true,
  showEvents: false,
  ties: 'efron',
  chosenFactors: ['triple_refractory', 'high_risk_ca', 'car_persist_ge6'],
  swimmerSort: 'progression',
  kineticsTest: 'rank',
  aucMethod: 'linear',
  correlationPair: null,
  tau: null,
  forestP: 'raw',
  showNaive: false,
  fairLandmark: null,
  riskTable: 'kmunicate',
  minCell: DEFAULT_MIN_CELL,
  suppressSmall: false,
  figure: DEFAULT_FIGURE,
});

/** A parameter that was in the URL but could not be used, and why. */
export interface IgnoredParam {
  name: string;
  value: string;
  reason: string;
}

type Field = keyof ViewParams;
type Parsed<T> = { value: T } | { reason: string };

/** One URL parameter: the view field it sets, how its text is read and written. */
interface Param {
  field: Field;
  parse: (text: string) => Parsed<unknown>;
  format: (value: unknown) => string;
}

/** A parameter of one field, typed at its definition and erased for the table. */
function param<F extends Field>(
  field: F,
  parse: (text: string) => Parsed<ViewParams[F]>,
  format: (value: ViewParams[F]) => string = String,
): Param {
  return { field, parse, format: format as (value: unknown) => string };
}

const TAB_IDS: readonly Tab[] = TABS.map((t) => t.id);
const ENDPOINT_IDS = ENDPOINTS.map((e) => e.id);
const COLUMN = /^[A-Za-z_][A-Za-z0-9_.]*$/;

const oneOf =
  <T extends string>(allowed: readonly T[]) =>
  (text: string): Parsed<T> =>
    (allowed as readonly string[]).includes(text)
      ? { value: text as T }
      : { reason: `not one of ${allowed.join(', ')}` };
const column = (text: string): Parsed<string> =>
  COLUMN.test(text) ? { value: text } : { reason: 'not a column name' };
const flag = (text: string): Parsed<boolean> =>
  text === '1' || text === '0' ? { value: text === '1' } : { reason: 'must be 1 or 0' };
const bit = (v: boolean) => (v ? '1' : '0');
const list = (text: string) => text.split(',').filter((s) => s !== '');
/** A group value: a number when it reads as one, else text (the engine compares them as text). */
const groupValue = (text: string): GroupValue =>
  /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;

/** The URL parameters, in the order they are written. */
export const PARAMS: Readonly<Record<string, Param>> = {
  tab: param('tab', oneOf(TAB_IDS)),
  endpoint: param('endpoint', oneOf(ENDPOINT_IDS)),
  by: param('stratifier', column),
  cut: param('cut', (t) => {
    const x = Number(t);
    return t.trim() !== '' && Number.isFinite(x) ? { value: x } : { reason: 'not a number' };
  }),
  ref: param('reference', (t) => ({ value: groupValue(t) })),
  drop: param(
    'exclude',
    (t) => ({ value: list(t).map(groupValue) }),
    (v) => v.join(','),
  ),
  facet: param('facet', column),
  published: param('asPublished', flag, bit),
  bands: param('showBands', flag, bit),
  events: param('showEvents', flag, bit),
  ties: param('ties', oneOf(['efron', 'breslow'] as const)),
  factors: param(
    'chosenFactors',
    (t) => {
      const names = list(t);
      return names.every((n) => COLUMN.test(n))
        ? { value: names }
        : { reason: 'not a list of column names' };
    },
    (v) => v.join(','),
  ),
  swimmer: param('swimmerSort', oneOf(SWIMMER_SORTS.map((s) => s.id))),
  pktest: param('kineticsTest', oneOf(['rank', 'welch'] as const)),
  auc: param('aucMethod', oneOf(['linear', 'lin-up-log-down'] as const)),
  pair: param(
    'correlationPair',
    (t) => {
      const names = t.split(',');
      return names.length === 2 && names.every((n) => COLUMN.test(n)) && names[0] !== names[1]
        ? { value: [names[0], names[1]] }
        : { reason: 'not two different column names' };
    },
    (v) => (v ? v.join(',') : ''),
  ),
  tau: param('tau', (t) => {
    const x = Number(t);
    return t.trim() !== '' && Number.isFinite(x) && x > 0
      ? { value: x }
      : { reason: 'not a positive number of months' };
  }),
  padj: param('forestP', oneOf(['raw', 'holm', 'BH'] as const)),
  naive: param('showNaive', flag, bit),
  lm: param('fairLandmark', (t) => {
    const x = Number(t);
    return t.trim() !== '' && Number.isFinite(x) && x > 0
      ? { value: x }
      : { reason: 'not a number of months greater than 0' };
  }),
  risktable: param('riskTable', oneOf(['kmunicate', 'classic'] as const)),
  mincell: param('minCell', (t) => {
    const k = Number(t);
    return /^\d+$/.test(t) && k >= 1 && k <= MAX_MIN_CELL
      ? { value: k }
      : { reason: `not a whole number from 1 to ${MAX_MIN_CELL}` };
  }),
  suppress: param('suppressSmall', flag, bit),
};

/** Parameters the URL may carry that are not the view's (the app reads them itself; prefetch=0
 * is a benchmark switch, see src/lib/debug-flags.ts). */
export const APP_PARAMS = ['data', 'embed', 'prefetch'] as const;

/**
 * The view a URL query describes: every parameter it can use, defaults for the rest, and the
 * parameters it had to ignore (unknown, or a value that cannot be used) with the reason.
 * @example parseViewParams('?endpoint=os&by=triple_refractory').params.endpoint // 'os'
 */
export function parseViewParams(search: string): { params: ViewParams; ignored: IgnoredParam[] } {
  const params: ViewParams = {
    ...DEFAULT_VIEW,
    exclude: [],
    chosenFactors: [...DEFAULT_VIEW.chosenFactors],
  };
  const figure = parseFigureParams(search);
  params.figure = figure.options;
  const ignored: IgnoredParam[] = [...figure.ignored];
  for (const [name, value] of new URLSearchParams(search)) {
    if ((APP_PARAMS as readonly string[]).includes(name)) continue;
    if (Object.hasOwn(FIGURE_PARAMS, name)) continue;
    const param = Object.hasOwn(PARAMS, name) ? PARAMS[name] : undefined;
    if (!param) {
      ignored.push({ name, value, reason: 'not a parameter of the explorer' });
      continue;
    }
    const parsed = param.parse(value);
    if ('reason' in parsed) ignored.push({ name, value, reason: parsed.reason });
    else (params as unknown as Record<Field, unknown>)[param.field] = parsed.value;
  }
  return { params, ignored };
}

/**
 * The URL query of a view: only what differs from the defaults, in PARAMS order, after the app's
 * own parameters (`data`, `embed`) carried over from `keep`.
 * @example serialiseViewParams({ ...DEFAULT_VIEW, endpoint: 'os' }) // '?endpoint=os'
 */
export function serialiseViewParams(params: ViewParams, keep = ''): string {
  const out = new URLSearchParams();
  const kept = new URLSearchParams(keep);
  for (const name of APP_PARAMS) {
    const v = kept.get(name);
    if (v !== null) out.set(name, v);
  }
  for (const [name, param] of Object.entries(PARAMS)) {
    if (param.field === 'figure') continue;
    const value = params[param.field];
    const text = value === null ? '' : param.format(value);
    const fallback =
      DEFAULT_VIEW[param.field] === null ? '' : param.format(DEFAULT_VIEW[param.field]);
    if (value === null || text === fallback) continue;
    out.set(name, text);
  }
  for (const [name, text] of serialiseFigureParams(params.figure)) out.set(name, text);
  const query = out.toString();
  return query ? `?${query}` : '';
}
