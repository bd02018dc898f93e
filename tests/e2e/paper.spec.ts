import { mkdirSync, readFileSync } from 'node:fs';
import { test, expect, type Frame, type Page } from '@playwright/test';
import { formatMedian } from '../../src/lib/layout/format';
import { demoEngine } from './engine-in-node';

// The "Paper vs this dataset" tab against the built app with the real worker; the expected
// numbers come from the same engine in Node.
const SCREENS = 'test-results/screens';
mkdirSync(SCREENS, { recursive: true });

test('the paper tab is one click away and shows the engine’s value for every target', async ({
  page,
}) => {
  const rows = demoEngine().run({ kind: 'paper' });
  await page.goto('/');
  await expect(page.getByTestId('survival-panel')).toBeVisible();
  await page.getByTestId('paper-tab').click();
  await expect(page).toHaveURL(/\?tab=paper$/);
  await expect(page.getByTestId('paper-lead')).toContainText('Simulated data.');
  const shown = rows.filter((r) => r.status !== 'no-patient-data');
  await expect(page.getByTestId('paper-row')).toHaveCount(shown.length);
  for (const r of shown) {
    const row = page.locator(`[data-testid="paper-row"][data-id="${r.id}"]`);
    await expect(row.getByTestId('paper-value'), r.id).toHaveText(r.value ?? '—');
    await expect(row, r.id).toHaveAttribute('data-status', r.status);
  }
  const close = rows.filter((r) => r.status === 'close').length;
  await expect(page.getByTestId('paper-summary')).toContainText(`${close} close`);
  await expect(page.getByTestId('paper-rules')).toContainText('within 10 %');
  // The findings of targets.md §10 sit on their rows; the rest is one collapsed list.
  await expect(page.locator('[data-id="H03"] [data-testid="paper-audit"]')).toContainText('4.145');
  const unavailable = page.getByTestId('paper-not-computable');
  await expect(unavailable).not.toHaveAttribute('open');
  await unavailable.locator('summary').click();
  await expect(unavailable.locator('li')).toHaveCount(rows.length - shown.length);
  await expect(unavailable.locator('li[data-id="F05"]')).toContainText('excluded');
});

test('a row’s link opens its view in place, with the same number', async ({ page }) => {
  const engine = demoEngine();
  const main = engine.run({ kind: 'survival', endpoint: 'pfs', stratifier: 'triple_refractory' });
  await page.goto('/?tab=paper');
  const s09 = page.locator('[data-testid="paper-row"][data-id="S09"]');
  await expect(s09.getByTestId('paper-value')).toContainText(
    `${main.groups[1].median!.toFixed(1)} mo`,
  );
  // A page load would lose this marker: the link must change the view without one.
  await page.evaluate('window.__sameDocument = true');
  await s09.getByTestId('paper-link').click();
  await expect(page).toHaveURL(/\?by=triple_refractory$/);
  await expect(page.getByTestId('survival-panel')).toHaveAttribute(
    'data-view',
    'pfs|triple_refractory|',
  );
  await expect(page.getByTestId('survival-panel').locator('td.median')).toHaveText(
    main.groups.map((g) => formatMedian(g.median, g.medianLower, g.medianUpper)),
  );
  expect(await page.evaluate('window.__sameDocument')).toBe(true);
  // Back returns to the table.
  await page.goBack();
  await expect(page.getByTestId('paper-view')).toBeVisible();
});

test('the paper table exports as a CSV that names the simulated dataset', async ({ page }) => {
  const rows = demoEngine().run({ kind: 'paper' });
  await page.goto('/?tab=paper');
  await expect(page.getByTestId('paper-summary')).toBeVisible();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('paper-view').locator('[data-export="csv-paper"]').click(),
  ]);
  expect(file.suggestedFilename()).toBe('paper-vs-this-dataset-simulated-data.csv');
  const lines = readFileSync((await file.path())!, 'utf8')
    .trim()
    .split('\r\n');
  expect(lines[0]).toBe(
    'dataset,id,group,quantity,paper,this_dataset,method,n_used,n_total,status,compared,missing_columns,reason,notes,paper_inconsistencies,view',
  );
  expect(lines).toHaveLength(rows.length + 1);
  expect(lines[1]).toContain('(SIMULATED)');
  expect(lines.find((l) => l.includes(',H12,'))).toContain('alc_baseline');
});

/** Nothing on the page scrolls sideways, and the H01 row fits the width. */
async function fits(root: Page | Frame, width: number): Promise<void> {
  await expect(root.getByTestId('paper-summary')).toBeVisible();
  const { scrollWidth, clientWidth } = (await root.evaluate(
    '({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth })',
  )) as { scrollWidth: number; clientWidth: number };
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  const row = await root.locator('[data-testid="paper-row"][data-id="H01"]').boundingBox();
  expect(row!.x).toBeGreaterThanOrEqual(0);
  expect(row!.x + row!.width).toBeLessThanOrEqual(width + 0.5);
}

test('on a 390 px phone the paper table becomes cards and nothing scrolls sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?tab=paper');
  await fits(page, 390);
  await expect(page.getByTestId('paper-view').locator('thead').first()).toBeHidden();
  await page.screenshot({ path: `${SCREENS}/paper-390.png` });
});

test('in an 800 × 600 iframe the paper table is cards that fit; at 1440 px it is a table', async ({
  page,
  baseURL,
}) => {
  await page.setViewportSize({ width: 900, height: 700 });
  await page.setContent(
    `<iframe src="${baseURL}/?tab=paper" width="800" height="600" style="border:0" title="explorer"></iframe>`,
  );
  const frame = page.frames().find((f) => f !== page.mainFrame())!;
  await fits(frame, 800);
  await expect(frame.getByTestId('paper-view').locator('thead').first()).toBeHidden();
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/?tab=paper');
  await fits(page, 1440);
  await expect(page.getByTestId('paper-view').locator('thead').first()).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/paper-1440.png` });
});
