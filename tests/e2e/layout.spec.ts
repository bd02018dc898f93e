import { mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { test, expect, type Frame, type Page } from '@playwright/test';
import { timeDependentOf } from '../../src/lib/data/registry';

// The explorer at the three sizes its users open it in: a 390 px phone, an 800 × 600 iframe in a
// journal's page, a 1440 px desktop. Screenshots are kept in test-results/screens/ to be looked at.
const SCREENS = 'test-results/screens';
mkdirSync(SCREENS, { recursive: true });

/** Chooses a stratifier, opening the controls drawer first on narrow screens. */
async function stratify(root: Page | Frame, column: string): Promise<void> {
  const drawer = root.getByTestId('controls-drawer');
  if (await drawer.count()) await drawer.locator(':scope > summary').click();
  await root.locator(`[data-testid="stratifier-picker"] button[data-column="${column}"]`).click();
  if (await drawer.count()) await drawer.locator(':scope > summary').click();
  // A post-baseline stratifier opens on its fair analysis; the naive curves are one click away.
  if (timeDependentOf(column)) await root.getByTestId('toggle-naive').click();
  await expect(root.getByTestId('survival-panel')).toHaveAttribute('data-view', `pfs|${column}|`);
  await expect(root.locator('td.hr').nth(1)).not.toHaveText('computing…');
}

/** Nothing scrolls sideways, and the chart, the HR column and the p column fit the width. */
async function fitsWidth(root: Page | Frame, width: number): Promise<void> {
  // Page source text: the test files are compiled without the DOM library.
  const { scrollWidth, clientWidth } = (await root.evaluate(
    '({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth })',
  )) as { scrollWidth: number; clientWidth: number };
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  for (const selector of [
    '[data-testid="survival-panel"] [data-testid="km-chart"] svg',
    '[data-testid="survival-panel"] td.hr',
  ]) {
    const box = await root.locator(selector).first().boundingBox();
    expect(box, selector).not.toBeNull();
    expect(box!.x, selector).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width, selector).toBeLessThanOrEqual(width + 0.5);
  }
}

/** The banner is compact but there, and the paper is named with its DOI above the chart. */
async function firstScreen(root: Page | Frame, height: number): Promise<void> {
  const banner = await root.getByTestId('simulated-banner').boundingBox();
  expect(banner!.height).toBeLessThanOrEqual(32);
  await expect(root.getByTestId('simulated-banner')).toContainText('Simulated data');
  const paper = root.getByTestId('paper');
  await expect(paper).toContainText('doi:10.1186/s12967-025-06543-x');
  expect((await paper.boundingBox())!.y).toBeLessThan(height);
  const caveats = await root.getByTestId('load-report').boundingBox();
  expect(caveats!.height).toBeLessThanOrEqual(30);
}

test('on a 390 px phone the chart and its numbers fit the width, controls in a drawer', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await expect(page.getByTestId('survival-panel')).toBeVisible();
  await firstScreen(page, 844);
  // The chart comes before the long list of stratifiers, which waits in a closed drawer.
  await expect(page.getByTestId('stratifier-picker')).toBeHidden();
  const chartTop = (await page.getByTestId('km-chart').first().boundingBox())!.y;
  expect(chartTop).toBeLessThan(844);
  await stratify(page, 'mrd_group');
  await fitsWidth(page, 390);
  await page.screenshot({ path: `${SCREENS}/phone-390.png`, fullPage: true });
});

test('in an 800 × 600 iframe the explorer fits and the chart starts on the first screen', async ({
  page,
  baseURL,
}) => {
  await page.setViewportSize({ width: 900, height: 700 });
  await page.setContent(
    `<iframe src="${baseURL}/" width="800" height="600" style="border:0" title="explorer"></iframe>`,
  );
  const frame = page.frames().find((f) => f !== page.mainFrame())!;
  await expect(frame.getByTestId('survival-panel')).toBeVisible();
  await firstScreen(frame, 600);
  const chartTop = (await frame.getByTestId('km-chart').first().boundingBox())!.y;
  expect(chartTop).toBeLessThan(600);
  await stratify(frame, 'car_persist_ge6');
  await fitsWidth(frame, 800);
  await page.screenshot({ path: `${SCREENS}/iframe-800x600.png` });
});

test('on a 1440 px desktop the chart uses the width beside the controls', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await expect(page.getByTestId('survival-panel')).toBeVisible();
  await firstScreen(page, 900);
  await expect(page.getByTestId('stratifier-picker')).toBeVisible();
  await stratify(page, 'triple_refractory');
  await fitsWidth(page, 1440);
  const chart = (await page.locator('[data-testid="survival-panel"] svg').first().boundingBox())!;
  expect(chart.width).toBeGreaterThan(1000);
  await page.screenshot({ path: `${SCREENS}/desktop-1440.png`, fullPage: true });
});

test('opened from a folder (file://), the page says how to start it instead of staying blank', async ({
  page,
}) => {
  await page.goto(pathToFileURL(resolve('dist/index.html')).href);
  await expect(page.getByTestId('not-started')).toContainText('npm start');
});
