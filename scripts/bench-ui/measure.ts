import type { Page } from '@playwright/test';
import { timeDependentOf } from '../../src/lib/data/registry';

export interface ToggleStats {
  clicks: number;
  p50: number;
  p95: number;
  max: number;
  /** p95 of the first pass over the stratifiers (results not yet cached). */
  firstPassP95: number;
}

export function percentile(values: readonly number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/** Runs in the page: click one toggle, resolve with ms until the survival panel shows its view. */
const IN_PAGE_TOGGLE = `(col) => new Promise((resolve, reject) => {
  const want = 'pfs|' + col + '|';
  const panel = () => document.querySelector('[data-testid="survival-panel"]');
  const button = document.querySelector('[data-testid="stratifier-picker"] button[data-column="' + col + '"]');
  if (!button) return reject(new Error('no toggle for ' + col));
  let t0 = 0;
  const check = () => {
    if (!panel() || panel().getAttribute('data-view') !== want) return;
    observer.disconnect();
    resolve(performance.now() - t0);
  };
  const observer = new MutationObserver(check);
  observer.observe(document.body, { subtree: true, childList: true, attributes: true });
  t0 = performance.now();
  button.click();
  check();
})`;

/**
 * The paper stratifiers' toggle columns (every group of the picker but the last) whose toggle
 * draws Kaplan–Meier curves: a post-baseline stratifier with a time-dependent counterpart opens
 * its fair analysis instead (time-dependent Cox, Simon–Makuch), which is not a curve redraw.
 */
export async function paperStratifiers(page: Page): Promise<string[]> {
  // The first curves are drawn before the column list is read (first-plan.ts): wait for it.
  const chip = '[data-testid="stratifier-picker"] details:not(:last-child) button[data-column]';
  await page.waitForSelector(chip, { timeout: 60_000 });
  const columns = await page.$$eval(chip, (buttons) =>
    buttons.map((b) => b.getAttribute('data-column') ?? ''),
  );
  const paper = columns.filter((c) => timeDependentOf(c) === undefined);
  if (paper.length === 0) throw new Error('No paper stratifier is offered in the picker.');
  return paper;
}

/** ms from clicking the toggle of `column` to its curves shown. */
export async function toggleMs(page: Page, column: string): Promise<number> {
  // Passed as source text: tsx's helpers (__name) do not exist inside the page.
  return (await page.evaluate(`(${IN_PAGE_TOGGLE})(${JSON.stringify(column)})`)) as number;
}

/**
 * Clicks each paper stratifier toggle `rounds` times (round-robin) and times, inside the page,
 * from the click to the DOM update that shows the new curves (a MutationObserver sees the
 * survival panel's data-view change; Svelte writes the curves in the same flush).
 */
export async function measureToggles(page: Page, rounds: number): Promise<ToggleStats> {
  const columns = await paperStratifiers(page);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const column of columns) times.push(await toggleMs(page, column));
  }
  return {
    clicks: times.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: Math.max(...times),
    firstPassP95: percentile(times.slice(0, columns.length), 95),
  };
}
