import type { ColumnMeaning, NeedingView, ViewNeed } from './column-spec';
import { PATIENT_COLUMNS } from './columns';
import { derivedInputs } from './derived-inputs';
import { DERIVED_COLUMNS } from './derived-columns';
import { endpointById, type EndpointId } from './endpoints';
import { derivedSpec, FOREST_COLUMNS, TABLE1_COLUMNS } from './registry';

/**
 * What the views and endpoints need, read from the column registry (roles and derivation rules),
 * so that a column added to the registry updates both the availability shown on screen
 * (view-needs.ts) and the data dictionary's "needed by" (data-dictionary.ts).
 */

/** The views that need columns, in the order of the tabs. */
export const NEEDING_VIEWS: readonly NeedingView[] = [
  'forest',
  'mrd',
  'kinetics',
  'correlations',
  'cohort',
  'response',
  'safety',
];

/** A view's or endpoint's needs: every column of `all`, and one of `any` when it is not empty. */
export interface Inputs {
  all: readonly string[];
  any: readonly string[];
}

const DECLARED: readonly ColumnMeaning[] = [...PATIENT_COLUMNS, ...DERIVED_COLUMNS];

function needOf(c: ColumnMeaning, view: NeedingView): ViewNeed | undefined {
  if (c.views?.[view]) return c.views[view];
  if (view === 'forest' && c.forest) return 'one-of';
  if (view === 'cohort' && c.table1) return 'one-of';
  return undefined;
}

/**
 * The registry's columns (input or computed, as the loaded dataset names them) a view needs:
 * the forest plots one of their factors, Table 1 one of its rows, the others what their columns
 * declare. Lists keep the view's own order (the forest's, Table 1's), then the registry's.
 * @example viewInputs('mrd') // { all: ['mrd_first_neg_months'], any: [] }
 */
export function viewInputs(view: NeedingView): Inputs {
  const own = view === 'forest' ? FOREST_COLUMNS : view === 'cohort' ? TABLE1_COLUMNS : [];
  const order = [...new Set([...own, ...DECLARED])];
  const of = (need: ViewNeed) => order.filter((c) => needOf(c, view) === need).map((c) => c.name);
  return { all: of('needs'), any: of('one-of') };
}

/**
 * How a threshold column's duration ends, which it reads beside the time derivedInputs names
 * (derivedInputs keeps to the time: the engine offers a computed column once one is filled).
 */
const DURATION_ENDS: Readonly<Record<string, readonly string[]>> = {
  'mrd-negativity': ['mrd_neg_end_months', 'mrd_neg_end_status'],
  'car-t-detection': ['car_persist_event'],
};

/**
 * The file columns a registry column is made from: itself for an input column, the inputs of
 * its rule for a computed one (for a threshold on a duration, its time and how it ended).
 * @example fileColumnsOf('car_persist_ge6') // ['car_persist_months', 'car_persist_event']
 */
export function fileColumnsOf(name: string): string[] {
  const inputs = derivedInputs(name);
  if (inputs.length === 0) return [name];
  const threshold = derivedSpec(name)?.threshold;
  return [...new Set([...inputs, ...(threshold ? DURATION_ENDS[threshold.of] : [])])];
}

const fileColumns = (names: readonly string[]) => [...new Set(names.flatMap(fileColumnsOf))];

/**
 * The same needs in the file's own columns, for saying what a file lacks: computed columns are
 * replaced by what they are made from; in `any`, input columns come first (one of them is
 * enough on its own), then the inputs of computed ones.
 * @example fileInputs(viewInputs('forest')).any[0] // 'age_years'
 */
export function fileInputs(inputs: Inputs): Inputs {
  const all = fileColumns(inputs.all);
  const direct = inputs.any.filter((c) => derivedInputs(c).length === 0);
  const any = fileColumns([...direct, ...inputs.any]).filter((c) => !all.includes(c));
  return { all, any };
}

/**
 * An endpoint's time and event columns (computed for DOR and MRD negativity).
 * @example endpointInputs('dor') // { all: ['dor_months', 'dor_event'], any: [] }
 */
export function endpointInputs(id: EndpointId): Inputs {
  const e = endpointById(id);
  return { all: [e.timeColumn, e.eventColumn], any: [] };
}
