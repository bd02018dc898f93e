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

/**
 * ms from the 'load:bytes-to-worker' mark to the curve redrawn for a file chosen in the page's
 * file picker after the demo cohort has loaded and drawn (the explorer's code has run once).
 */
export async function warmLoadMs(page: Page, base: string, n: number, bytes: Uint8Array) {
  await page.goto(`${base}?prefetch=0`);
  const step = '[data-testid="survival-panel"] path.km-step';
  await page.waitForSelector(step);
  await page.waitForTimeout(1000); // the demo's Cox fits and idle work done
  // Set when the first step path differs from the demo's, once the label names the new file.
  await page.evaluate(`(() => {
    const first = () => document.querySelector('${step}')?.getAttribute('d');
    const demo = first();
    const observer = new MutationObserver(() => {
      const label = document.querySelector('[data-testid="dataset-label"]')?.textContent ?? '';
      if (!label.includes('${n} patients') || first() === demo) return;
      window.__kmRedraw = performance.now();
      observer.disconnect();
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true });
  })()`);
  await page.getByTestId('file-input').setInputFiles({
    name: `bench-${n}.arrow`,
    mimeType: 'application/vnd.apache.arrow.file',
    buffer: Buffer.from(bytes),
  });
  for (let i = 0; i < 1800; i++) {
    if ((await page.evaluate('window.__kmRedraw !== undefined')) as boolean) break;
    await page.waitForTimeout(50);
  }
  return (await page.evaluate(`(() => {
    const marks = performance.getEntriesByName('load:bytes-to-worker');
    return window.__kmRedraw - marks[marks.length - 1].startTime;
  })()`)) as number;
}
