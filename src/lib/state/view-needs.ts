import { ENDPOINTS, type EndpointId } from '../data/endpoints';
import { FOREST_COLUMNS, TABLE1_COLUMNS } from '../data/registry';
import type { ColumnInfo } from '../engine/types';
import type { Tab } from './tabs';

/** What a view needs: every column of `all`, and at least one of `any` (when given). */
interface Need {
  all?: readonly string[];
  any?: readonly string[];
}

/**
 * The columns each view reads first (its frame inputs): without them the view has nothing to
 * show. A view with no entry always has something (the paper view says "not in this dataset").
 */
const TAB_NEEDS: Partial<Record<Tab, Need>> = {
  forest: { any: FOREST_COLUMNS.map((c) => c.name) },
  mrd: { all: ['mrd_first_neg_months'] },
  kinetics: { any: ['car_persist_months', 'cmax_copies'] },
  correlations: { any: ['cmax_copies', 'auc_0_28d', 'car_persist_months'] },
  cohort: { any: TABLE1_COLUMNS.map((c) => c.name) },
  response: { all: ['best_response'] },
  safety: { all: ['crs_grade'] },
};

/** The file's columns an endpoint computed by the explorer is made from (named when absent). */
const ENDPOINT_INPUTS: Partial<Record<EndpointId, readonly string[]>> = {
  dor: ['t_first_response_months', 'pfs_months', 'pfs_event'],
  mrd: ['mrd_first_neg_months', 'mrd_neg_end_months', 'mrd_neg_end_status'],
};

function endpointLacking(id: EndpointId, time: string, event: string, has: ReadonlySet<string>) {
  const why = lacking({ all: [time, event] }, has);
  const inputs = ENDPOINT_INPUTS[id]?.filter((c) => !has.has(c));
  return why && inputs?.length ? `needs ${inputs.join(' and ')}` : why;
}

function lacking(need: Need | undefined, has: ReadonlySet<string>): string | null {
  if (!need) return null;
  const absent = (need.all ?? []).filter((c) => !has.has(c));
  if (absent.length) return `needs ${absent.join(' and ')}`;
  if (need.any && !need.any.some((c) => has.has(c))) {
    const shown = need.any.slice(0, 3).join(', ');
    return `needs one of ${shown}${need.any.length > 3 ? ', …' : ''}`;
  }
  return null;
}

/** For each endpoint and each view: null when the dataset can show it, else what it needs. */
export interface ViewNeeds {
  endpoints: Record<EndpointId, string | null>;
  tabs: Partial<Record<Tab, string | null>>;
}

/**
 * Which endpoints and views the loaded dataset can show: required means "needed by the analysis
 * shown", so a view whose columns the file lacks (or has with no value at all) is shown
 * unavailable with the columns it needs, never as an error. Before the columns are known
 * (an empty list) everything is available.
 * @example viewNeeds(columnsOf3ColumnFile).endpoints.os // 'needs os_months and os_event'
 */
export function viewNeeds(columns: readonly ColumnInfo[]): ViewNeeds {
  const has = new Set(columns.map((c) => c.name));
  const known = columns.length > 0;
  const endpoints = Object.fromEntries(
    ENDPOINTS.map((e) => [
      e.id,
      known ? endpointLacking(e.id, e.timeColumn, e.eventColumn, has) : null,
    ]),
  ) as Record<EndpointId, string | null>;
  const tabs = Object.fromEntries(
    Object.entries(TAB_NEEDS).map(([tab, need]) => [tab, known ? lacking(need, has) : null]),
  ) as Partial<Record<Tab, string | null>>;
  return { endpoints, tabs };
}
