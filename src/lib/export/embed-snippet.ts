/** Size of the embedded view: what a journal's supplementary page usually gives an iframe. */
export const EMBED_WIDTH = 800;
export const EMBED_HEIGHT = 600;

/** The address of the current view in embed mode (`embed=1` added, everything else kept). */
export function embedUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.set('embed', '1');
  url.hash = '';
  return url.href;
}

/** The address of the full explorer for an embedded view (`embed` removed). */
export function fullUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('embed');
  return url.href;
}

/**
 * The `<iframe>` a journal page pastes to show the current view: 800 × 600, no border, titled
 * for screen readers. The embedded page reports its height with postMessage
 * ({ type: 'cart-explorer:height', height }) for pages that resize their iframes.
 * @example embedSnippet('https://x.org/explorer/?by=triple_refractory', 'PFS by …')
 */
export function embedSnippet(href: string, title: string): string {
  const src = embedUrl(href).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const t = `CAR-T Outcomes Explorer: ${title}`.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<iframe src="${src}" width="${EMBED_WIDTH}" height="${EMBED_HEIGHT}" style="border:0;max-width:100%" title="${t}" loading="lazy"></iframe>`;
}
