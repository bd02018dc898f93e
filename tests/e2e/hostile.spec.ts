import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { TABS } from '../../src/lib/state/tabs';

// Hostile content in a user's file is shown as text, never run; and a full run through every view
// sends no request anywhere but the page's own site (patient data never leave the machine).
const PAYLOAD = '<img src=x onerror="window.__xss=1">';
const SCRIPT = '<script>window.__xss=2</script>';

function hostileCsv(): Buffer {
  const [header, ...rows] = readFileSync('tests/fixtures/good/cohort.csv', 'utf8')
    .trim()
    .split('\n');
  const lines = [
    `${header},"${PAYLOAD.replace(/"/g, '""')}",site`,
    ...rows.map(
      (r, i) => `${r},${i % 2 ? 'a' : 'b'},"${i % 2 ? SCRIPT : PAYLOAD.replace(/"/g, '""')}"`,
    ),
  ];
  return Buffer.from(lines.join('\n'));
}

test('markup in column names and values is shown as text and never runs, on every view', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto('/');
  // The file input is disabled while the demo loads: wait for it.
  await expect(page.locator('[data-testid="km-chart"] path.km-step').first()).toBeVisible();
  await expect(page.getByTestId('file-input')).toBeEnabled();
  await page.getByTestId('file-input').setInputFiles({
    name: 'hostile.csv',
    mimeType: 'text/csv',
    buffer: hostileCsv(),
  });
  await expect(page.getByTestId('dataset-label')).toContainText('hostile.csv', { timeout: 20_000 });
  // The hostile column is offered, by its name as text, and chosen.
  const picker = page.getByTestId('stratifier-picker');
  await picker.getByTestId('stratifier-search').fill('site');
  await picker.locator('button[data-column="site"]').click();
  await expect(page.getByTestId('survival-panel').first()).toContainText(SCRIPT);
  for (const tab of TABS) {
    await page.getByTestId(`${tab.id}-tab`).click();
    await page.waitForTimeout(300);
  }
  expect(await page.evaluate('window.__xss')).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('a full run through every view, an export and a file load requests nothing off the site', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/');
  await expect(page.locator('[data-testid="km-chart"] path.km-step').first()).toBeVisible();
  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-buttons').first().locator('[data-export="svg"]').click(),
  ]);
  await svg.path();
  for (const tab of TABS) {
    await page.getByTestId(`${tab.id}-tab`).click();
    await page.waitForTimeout(300);
  }
  await page.getByTestId('file-input').setInputFiles('tests/fixtures/good/cohort.csv');
  await expect(page.getByTestId('dataset-label')).toContainText('cohort.csv');
  expect(requests.length).toBeGreaterThan(3);
  const elsewhere = requests.filter(
    (u) => !u.startsWith(`${origin}/`) && !u.startsWith('blob:') && !u.startsWith('data:'),
  );
  expect(elsewhere).toEqual([]);
});
