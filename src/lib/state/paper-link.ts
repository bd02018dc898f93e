import { APP_PARAMS, parseViewParams } from './view-params';
import type { ViewState } from './view-state.svelte';

/**
 * The address of a view a row of the paper table links to, keeping the app's own parameters
 * (`data`, `embed`) of the current address, so the link opens the same dataset.
 * @example paperHref('?endpoint=os', '?data=x.arrow', '/app/') // '/app/?data=x.arrow&endpoint=os'
 */
export function paperHref(query: string, currentSearch: string, pathname: string): string {
  const out = new URLSearchParams();
  const kept = new URLSearchParams(currentSearch);
  for (const name of APP_PARAMS) {
    const v = kept.get(name);
    if (v !== null) out.set(name, v);
  }
  for (const [k, v] of new URLSearchParams(query)) out.set(k, v);
  const text = out.toString();
  return `${pathname}${text ? `?${text}` : ''}`;
}

/**
 * Opens a linked view in place (no page load): sets the view state from the link's query, as
 * back/forward do. A link to a view this build does not have (a tab still being built) is not
 * applied; the reason is returned instead (null when the view opened).
 */
export function openPaperLink(view: ViewState, query: string): string | null {
  const { params, ignored } = parseViewParams(query);
  if (ignored.length > 0) {
    const why = ignored.map((p) => `${p.name}=${p.value}: ${p.reason}`).join('; ');
    return `This version of the explorer cannot open that view yet (${why}).`;
  }
  view.apply(params);
  return null;
}
