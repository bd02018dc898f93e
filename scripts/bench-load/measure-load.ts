import type { Page } from '@playwright/test';

/**
 * Installed before the app starts: records (performance.now()) when the first Kaplan–Meier step
 * path is in the survival panel, i.e. when the first curve is drawn.
 */
export const FIRST_DRAW_WATCH = `(() => {
  const seen = () => document.querySelector('[data-testid="survival-panel"] path.km-step');
  const observer = new MutationObserver(() => {
    if (!seen()) return;
    window.__kmFirstDraw = performance.now();
    observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true });
})()`;

/** ms from the 'load:bytes-to-worker' mark (engine-client) to the first curve drawn. */
export async function loadMs(page: Page, url: string, n: number): Promise<number> {
  await page.goto(url);
  await page.waitForSelector(`[data-testid="dataset-label"]:has-text("${n} patients")`, {
    timeout: 180_000,
  });
  // Polled (waitForFunction compiles a string, which the app's CSP forbids).
  for (let i = 0; i < 1800; i++) {
    if ((await page.evaluate('window.__kmFirstDraw !== undefined')) as boolean) break;
    await page.waitForTimeout(100);
  }
  return (await page.evaluate(`(() => {
    const marks = performance.getEntriesByName('load:bytes-to-worker');
    return window.__kmFirstDraw - marks[marks.length - 1].startTime;
  })()`)) as number;
}
