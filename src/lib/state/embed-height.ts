/** The message an embedded view posts to its parent page when its height changes. */
export interface EmbedHeightMessage {
  type: 'cart-explorer:height';
  height: number;
}

/**
 * In an iframe, tells the parent page the document's height whenever it changes, so a journal
 * page can size the iframe to the view. Only the height is sent (no data), to any parent origin:
 * the embedding page is not known in advance. Returns the cleanup.
 * @example const stop = reportHeight(window); // later: stop()
 */
export function reportHeight(win: Window): () => void {
  if (win.parent === win) return () => undefined;
  const root = win.document.documentElement;
  let last = -1;
  const post = () => {
    const height = Math.ceil(root.scrollHeight);
    if (height === last) return;
    last = height;
    const message: EmbedHeightMessage = { type: 'cart-explorer:height', height };
    win.parent.postMessage(message, '*');
  };
  const observer = new ResizeObserver(post);
  observer.observe(win.document.body);
  post();
  return () => observer.disconnect();
}
