import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

// The Figure panel: every choice changes the chart, lands in the URL, survives a reload and is
// in the exported SVG.
const URL = '/?by=triple_refractory';
const chart = (page: Page) =>
  page.getByTestId('survival-panel').getByTestId('km-chart').locator('svg');
const controls = (page: Page) => page.getByTestId('figure-controls');

async function open(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByTestId('survival-panel')).toHaveAttribute(
    'data-view',
    'pfs|triple_refractory|',
  );
  await expect(chart(page).locator('.km-step').first()).toBeVisible();
  if (!(await controls(page).locator('summary').isVisible()))
    await page.getByTestId('controls-drawer').locator('summary').click();
  await controls(page).locator('summary').click();
}

test('the Figure panel changes the chart, the URL keeps the choices over a reload, and the SVG export carries them', async ({
  page,
}) => {
  await open(page, URL);
  await expect(chart(page)).toContainText('Months since');
  await expect(chart(page).locator('.censor-mark').first()).toBeAttached();
  await expect(chart(page).locator('[stroke="#0072B2"]').first()).toBeAttached();

  await controls(page).getByTestId('fig-tunit').selectOption('years');
  await controls(page).getByTestId('fig-yscale').selectOption('prob');
  await controls(page).getByTestId('fig-palette').selectOption('grey');
  await controls(page).getByTestId('fig-censor').uncheck();
  await controls(page).getByTestId('fig-legend').selectOption('below');
  const title = controls(page).getByTestId('fig-title');
  await title.fill('Figure 2: PFS by refractoriness');
  await title.press('Enter');

  await expect(chart(page)).toContainText('Years since');
  await expect(chart(page)).toContainText('Figure 2: PFS by refractoriness');
  await expect(chart(page).locator('.axes')).toContainText('0.75');
  await expect(chart(page).locator('.censor-mark')).toHaveCount(0);
  await expect(chart(page).locator('[stroke="#0072B2"]')).toHaveCount(0);
  await expect(page).toHaveURL(/tunit=years/);
  for (const p of ['yscale=prob', 'palette=grey', 'censor=0', 'legend=below', 'title=Figure'])
    expect(page.url()).toContain(p);

  await page.reload();
  await expect(chart(page).locator('.km-step').first()).toBeVisible();
  await expect(chart(page)).toContainText('Years since');
  await expect(chart(page)).toContainText('Figure 2: PFS by refractoriness');
  await expect(chart(page).locator('.censor-mark')).toHaveCount(0);
  if (!(await controls(page).getByTestId('fig-tunit').isVisible())) {
    if (!(await controls(page).locator('summary').isVisible()))
      await page.getByTestId('controls-drawer').locator('summary').click();
    await controls(page).locator('summary').click();
  }
  await expect(controls(page).getByTestId('fig-tunit')).toHaveValue('years');
  await expect(controls(page).getByTestId('fig-palette')).toHaveValue('grey');

  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByTestId('survival-panel')
      .getByTestId('export-buttons')
      .locator('[data-export="svg"]')
      .click(),
  ]);
  const svg = readFileSync((await file.path())!, 'utf8');
  expect(svg).toContain('Years since');
  expect(svg).toContain('Figure 2: PFS by refractoriness');
  expect(svg).not.toContain('#0072B2');
  expect(svg).not.toContain('censor-mark');
});

test('a bad figure parameter is reported and the default kept', async ({ page }) => {
  await page.goto(`${URL}&ymin=7`);
  await expect(page.getByTestId('url-notice')).toContainText('ymin');
  await expect(chart(page).locator('.axes')).toContainText('0%');
});
