import { ENDPOINTS, type EndpointId } from '../data/endpoints';
import {
  endpointInputs,
  fileInputs,
  NEEDING_VIEWS,
  viewInputs,
  type Inputs,
} from '../data/view-inputs';
import type { ColumnInfo } from '../engine/types';
import type { Tab } from './tabs';

/** What a dataset lacks for one view: null when it can show it. */
interface Lack {
  /** "needs …", naming the file's columns. */
  message: string;
  /** Every file column named as needed (the message shortens a long "one of" list). */
  columns: string[];
}

/**
 * Whether the dataset's columns meet a need (checked on the columns as the dataset has them,
 * computed ones included) and, when not, the file columns to name: those of `all` it lacks
 * (or the computed columns themselves when their inputs are there but give no value), else
 * the columns of `any`.
 */
function lacking(need: Inputs, has: ReadonlySet<string>): Lack | null {
  const absent = need.all.filter((c) => !has.has(c));
  const anyMet = need.any.length === 0 || need.any.some((c) => has.has(c));
  if (absent.length === 0 && anyMet) return null;
  const file = fileInputs({ all: absent, any: anyMet ? [] : need.any });
  const all = file.all.filter((c) => !has.has(c));
  if (absent.length > 0) {
    const columns = all.length > 0 ? all : absent;
    return { message: `needs ${columns.join(' and ')}`, columns };
  }
  const any = file.any.filter((c) => !has.has(c));
  const columns = any.length > 0 ? any : [...need.any];
  const shown = columns.slice(0, 3).join(', ');
  return {
    message: `needs one of ${shown}${columns.length > 3 ? ', …' : ''}`,
    columns,
  };
}

/** For each endpoint and each view: null when the dataset can show it, else what it needs. */
export interface ViewNeeds {
  endpoints: Record<EndpointId, string | null>;
  tabs: Partial<Record<Tab, string | null>>;
  /** The file columns each unavailable endpoint and view needs, in full (empty when available). */
  columns: {
    endpoints: Record<EndpointId, string[]>;
    tabs: Partial<Record<Tab, string[]>>;
  };
}

/**
 * Which endpoints and views the loaded dataset can show: required means "needed by the analysis
 * shown", so a view whose columns the file lacks (or has with no value at all) is shown
 * unavailable with the columns it needs, never as an error. The needs come from the column
 * registry (view-inputs.ts). Before the columns are known (an empty list) everything is available.
 * @example viewNeeds(columnsOf3ColumnFile).endpoints.os // 'needs os_months and os_event'
 */
export function viewNeeds(columns: readonly ColumnInfo[]): ViewNeeds {
  const has = new Set(columns.map((c) => c.name));
  const known = columns.length > 0;
  const check = (need: Inputs) => (known ? lacking(need, has) : null);
  const endpoints = ENDPOINTS.map((e) => [e.id, check(endpointInputs(e.id))] as const);
  const tabs = NEEDING_VIEWS.map((v) => [v, check(viewInputs(v))] as const);
  const messages = (pairs: readonly (readonly [string, Lack | null])[]) =>
    Object.fromEntries(pairs.map(([k, l]) => [k, l?.message ?? null]));
  const named = (pairs: readonly (readonly [string, Lack | null])[]) =>
    Object.fromEntries(pairs.map(([k, l]) => [k, l?.columns ?? []]));
  return {
    endpoints: messages(endpoints) as Record<EndpointId, string | null>,
    tabs: messages(tabs) as Partial<Record<Tab, string | null>>,
    columns: {
      endpoints: named(endpoints) as Record<EndpointId, string[]>,
      tabs: named(tabs) as Partial<Record<Tab, string[]>>,
    },
  };
}
