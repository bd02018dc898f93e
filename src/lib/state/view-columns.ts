import { ENDPOINTS } from '../data/endpoints';
import type { ColumnInfo } from '../engine/types';
import { stratifierOptions } from './stratifier-options';
import { DEFAULT_VIEW, type IgnoredParam, type ViewParams } from './view-params';

/**
 * The view with every column it names checked against the loaded dataset: a stratifier, facet or
 * forest factor the dataset does not have is dropped (back to all patients, no facet, the other
 * factors) and reported, so a link made on one file opens on another without an error page.
 * @example viewColumns({ ...view, stratifier: 'no_such' }, columns).ignored[0].name // 'by'
 */
export function viewColumns(
  view: ViewParams,
  columns: readonly ColumnInfo[],
): { params: ViewParams; ignored: IgnoredParam[] } {
  const groups = new Set(stratifierOptions(columns).map((o) => o.column));
  const numeric = new Set(
    columns.filter((c) => c.kind === 'numeric' || c.kind === 'time').map((c) => c.name),
  );
  const factors = new Set(columns.filter((c) => c.forest).map((c) => c.name));
  const ignored: IgnoredParam[] = [];
  const params = { ...view };
  const usable = view.cut === null ? groups : numeric;
  if (view.stratifier !== null && !usable.has(view.stratifier)) {
    ignored.push({
      name: 'by',
      value: view.stratifier,
      reason:
        view.cut === null
          ? 'this dataset has no such yes/no or categorical column'
          : 'this dataset has no such numeric column',
    });
    Object.assign(params, { stratifier: null, cut: null, reference: null, exclude: [] });
  }
  if (view.facet !== null && !groups.has(view.facet)) {
    ignored.push({ name: 'facet', value: view.facet, reason: 'this dataset has no such column' });
    params.facet = null;
  }
  const unknown = view.chosenFactors.filter((f) => !factors.has(f));
  const defaults = view.chosenFactors.join(',') === DEFAULT_VIEW.chosenFactors.join(',');
  if (unknown.length > 0 && defaults) {
    // The default factors, not the user's: keep those the dataset has, without a word.
    params.chosenFactors = view.chosenFactors.filter((f) => factors.has(f));
  } else if (unknown.length > 0) {
    ignored.push({
      name: 'factors',
      value: unknown.join(','),
      reason: 'not forest factors of this dataset',
    });
    params.chosenFactors = view.chosenFactors.filter((f) => factors.has(f));
  }
  const pair = view.correlationPair;
  const measures = new Set(columns.map((c) => c.name));
  if (pair !== null && !pair.every((c) => measures.has(c))) {
    ignored.push({
      name: 'pair',
      value: pair.join(','),
      reason: 'this dataset has no such column',
    });
    params.correlationPair = null;
  }
  const has = (e: (typeof ENDPOINTS)[number]) =>
    measures.has(e.timeColumn) && measures.has(e.eventColumn);
  const current = ENDPOINTS.find((e) => e.id === view.endpoint);
  const usableEndpoint = ENDPOINTS.find(has);
  if (current && !has(current) && usableEndpoint) {
    // The default endpoint moves to one the file has without a word; a chosen one is reported.
    if (view.endpoint !== DEFAULT_VIEW.endpoint) {
      ignored.push({
        name: 'endpoint',
        value: view.endpoint,
        reason: `this dataset has no ${current.timeColumn} and ${current.eventColumn}`,
      });
    }
    params.endpoint = usableEndpoint.id;
  }
  return { params, ignored };
}
