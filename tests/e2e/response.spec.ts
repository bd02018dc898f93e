import { mkdirSync, readFileSync } from 'node:fs';
import { test, expect, type Frame, type Locator, type Page } from '@playwright/test';
import type { ResponseResult } from '../../src/lib/engine/types';
import { formatP } from '../../src/lib/layout/format';
import { formatOddsRatio, formatRate } from '../../src/lib/layout/format-rate';
import { demoEngine } from './engine-in-node';

// The Response tab against the same engine run in Node on the demo cohort: the numbers on screen,
// their following the stratifier, the URL, the exports, and the three screen sizes.
const SCREENS = 'test-results/screens';
mkdirSync(SCREENS, { recursive: true });
const engine = demoEngine();
const expected = (stratifier: string | null) => engine.run({ kind: 'response', stratifier });

const view = (root: Page | Frame) => root.getByTestId('response-view');

/** Every rate cell of the rates table shows the engine's x/N (p%, 95% CI a–b). */
async function ratesAre(root: Page | Frame, result: ResponseResult): Promise<void> {
  const table = root.getByTestId('response-rates');
  const groups = [result.overall, ...result.groups];
  await expect(table.locator('tbody tr[data-group]')).toHaveCount(groups.length);
  for (const g of groups) {
    const row = table.locator(`tr[data-group="${g.label}"]`);
    for (const r of ['orr', 'cr', 'mrd'] as const) {
      await expect(row.locator(`td[data-rate="${r}"]`)).toHaveText(formatRate(g.rates[r]));
    }
  }
}

async function stratify(page: Page, column: string): Promise<void> {
  await page.locator(`[data-testid="stratifier-picker"] button[data-column="${column}"]`).click();
  await expect(view(page)).toHaveAttribute('data-view', `${column}|`);
}

test('the Response tab is one click away and shows the engine’s rates over all patients', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByTestId('response-tab').click();
  await expect(page.getByTestId('response-tab')).toHaveAttribute('aria-selected', 'true');
  await expect(view(page)).toHaveAttribute('data-view', '|');
  const result = expected(null);
  await ratesAre(page, result);
  await expect(page.getByTestId('rates-caption')).toContainText('n used 56 of 56');
  await expect(page.getByTestId('rates-caption')).toContainText('Clopper–Pearson');
  await expect(page.getByTestId('response-chart').getByTestId('response-panel')).toHaveCount(1);
  const times = page.getByTestId('response-times').locator('tr[data-group="All patients"]');
  await expect(times.locator('td[data-first="cr"]')).toContainText(
    `n = ${result.overall.times.cr.n}`,
  );
});

test('the rates, tests, 2×2 tables and chart panels follow the stratifier', async ({ page }) => {
  await page.goto('/?tab=response');
  await expect(view(page)).toBeVisible();
  for (const column of ['triple_refractory', 'mrd_group', 'prior_asct']) {
    await stratify(page, column);
    const result = expected(column);
    await ratesAre(page, result);
    const tests = page.getByTestId('rate-tests');
    for (const t of result.tests) {
      const cell = tests.locator(`td[data-rate="${t.rate}"]`);
      await expect(cell).toContainText(`p = ${formatP(t.p)}`);
      if (result.groups.length === 2)
        await expect(cell).toContainText(formatOddsRatio(t.oddsRatio));
    }
    await expect(page.getByTestId('response-chart').getByTestId('response-panel')).toHaveCount(
      result.groups.length,
    );
  }
  // The paper's Fig. S4 tables do not depend on the stratifier: the engine's counts and tests.
  const { factors } = expected(null);
  for (const f of factors) {
    for (const t of f.tests) {
      const fig = page.locator(
        `[data-testid="factor-table"][data-factor="${f.column}"][data-rate="${t.rate}"]`,
      );
      for (const [k, g] of f.groups.entries()) {
        const row = fig.locator(`tr[data-group="${g.label}"]`);
        await expect(row.locator('td.yes')).toHaveText(String(t.table[k][0]));
        await expect(row.locator('td.no')).toHaveText(String(t.table[k][1]));
      }
      await expect(fig.getByTestId('factor-test')).toContainText(`p = ${formatP(t.p)}`);
      await expect(fig.getByTestId('factor-test')).toContainText(formatOddsRatio(t.oddsRatio));
    }
  }
});

test('the response view reopens from its URL, and back returns to the previous stratifier', async ({
  page,
}) => {
  await page.goto('/?tab=response&by=mrd_group');
  await expect(view(page)).toHaveAttribute('data-view', 'mrd_group|');
  await expect(page.getByTestId('response-tab')).toHaveAttribute('aria-selected', 'true');
  await ratesAre(page, expected('mrd_group'));
  await expect(page.getByTestId('response-post-baseline')).toContainText('MRD group');
  await stratify(page, 'triple_refractory');
  expect(page.url()).toContain('by=triple_refractory');
  expect(page.url()).toContain('tab=response');
  await page.goBack();
  await expect(view(page)).toHaveAttribute('data-view', 'mrd_group|');
});

test('hovering the chart shows each band’s count at that month, as the engine counts them', async ({
  page,
}) => {
  await page.goto('/?tab=response');
  const chart = page.getByTestId('response-chart');
  const svg = chart.locator('svg[role="img"]');
  const panel = chart.getByTestId('response-panel').locator('.bars rect').first();
  const box = (await svg.boundingBox())!;
  const bar = (await panel.boundingBox())!;
  // The first bar is month 1.
  await page.mouse.move(bar.x + bar.width / 2, box.y + box.height / 2);
  const readout = page.getByTestId('response-readout');
  await expect(readout).toContainText('Month 1');
  const o = expected(null).overTime!;
  const sCR = o.panels[0].counts[0][0];
  await expect(readout).toContainText(`sCR: ${sCR} of 56`);
});

async function save(exports: Locator, page: Page, id: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    exports.locator(`[data-export="${id}"]`).click(),
  ]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

test('the chart and every table export a file that says it is simulated data', async ({ page }) => {
  await page.goto('/?tab=response&by=triple_refractory');
  await expect(view(page)).toHaveAttribute('data-view', 'triple_refractory|');
  const chartExports = page.getByTestId('response-over-time').getByTestId('export-buttons');
  const svg = await save(chartExports, page, 'svg');
  expect(svg.name).toBe('response-by-triple-class-refractory-over-time-simulated-data.svg');
  expect(svg.text).toContain("Simulated data — not the study's patients");
  expect(svg.text).toContain('Ever reached CR or better');
  expect(svg.text).toMatch(/n used 56 of 56\./);
  const months = await save(chartExports, page, 'csv-months');
  expect(months.text.split('\r\n')[0]).toContain('group,month,n,sCR,CR,VGPR,PR');
  const rates = await save(
    page.getByTestId('response-rates').getByTestId('export-buttons'),
    page,
    'csv-rates',
  );
  expect(rates.name).toMatch(/-simulated-data\.csv$/);
  expect(rates.text).toContain('Simulated BCMA CAR-T cohort');
  const factors = await save(
    page.getByTestId('response-factors').getByTestId('export-buttons'),
    page,
    'csv-factors',
  );
  expect(factors.text.split('\r\n')).toHaveLength(1 + 8 + 1);
  const times = await save(
    page.getByTestId('response-times').getByTestId('export-buttons'),
    page,
    'csv-times',
  );
  expect(times.text).toContain('Time to first CR or better');
});

test('an embedded response view (embed=1) shows the same rates', async ({ page }) => {
  await page.goto('/?tab=response&by=triple_refractory&embed=1');
  await expect(page.getByTestId('embedded-view')).toBeVisible();
  await expect(view(page)).toHaveAttribute('data-view', 'triple_refractory|');
  await ratesAre(page, expected('triple_refractory'));
});

/** Nothing scrolls sideways, and the chart and every table fit the width. */
async function fitsWidth(root: Page | Frame, width: number): Promise<void> {
  const { scrollWidth, clientWidth } = (await root.evaluate(
    '({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth })',
  )) as { scrollWidth: number; clientWidth: number };
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  for (const selector of [
    '[data-testid="response-chart"] svg',
    '[data-testid="response-rates"] table',
    '[data-testid="factor-table"] table',
    '[data-testid="response-times"] table',
  ]) {
    const box = await root.locator(selector).first().boundingBox();
    expect(box, selector).not.toBeNull();
    expect(box!.x, selector).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width, selector).toBeLessThanOrEqual(width + 0.5);
  }
}

test('on a 390 px phone the response view fits the width', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?tab=response&by=triple_refractory');
  await expect(view(page)).toBeVisible();
  await fitsWidth(page, 390);
  await page.screenshot({ path: `${SCREENS}/response-phone-390.png`, fullPage: true });
});

test('in an 800 × 600 iframe the response view fits', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 900, height: 700 });
  await page.setContent(
    `<iframe src="${baseURL}/?tab=response&by=mrd_group" width="800" height="600" style="border:0" title="explorer"></iframe>`,
  );
  const frame = page.frames().find((f) => f !== page.mainFrame())!;
  await expect(view(frame)).toBeVisible();
  await fitsWidth(frame, 800);
  await page.screenshot({ path: `${SCREENS}/response-iframe-800x600.png` });
});

test('on a 1440 px desktop the response chart uses the width beside the controls', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/?tab=response&by=triple_refractory');
  await expect(view(page)).toBeVisible();
  await fitsWidth(page, 1440);
  const chart = (await page.getByTestId('response-chart').locator('svg').boundingBox())!;
  expect(chart.width).toBeGreaterThan(1000);
  await page.screenshot({ path: `${SCREENS}/response-desktop-1440.png`, fullPage: true });
});
