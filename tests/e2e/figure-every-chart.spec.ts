import { readFileSync } from 'node:fs';
import { test, expect, type Locator, type Page } from '@playwright/test';

// One set of Figure options (the URL's) reaches every chart it makes sense for: set greys and
// large text on the survival view, then the landmark panel, the forest plot and the MRD view's
// charts are drawn with them, their SVG exports too, and a reload keeps them.
const controls = (page: Page) => page.getByTestId('figure-controls');

async function openControls(page: Page): Promise<void> {
  if (!(await controls(page).locator('summary').isVisible()))
    await page.getByTestId('controls-drawer').locator('summary').click();
  if (!(await controls(page).getByTestId('fig-palette').isVisible()))
    await controls(page).locator('summary').click();
}

async function exported(scope: Locator, page: Page): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    scope.getByTestId('export-buttons').first().locator('[data-export="svg"]').click(),
  ]);
  return readFileSync((await file.path())!, 'utf8');
}

test('greys and large text set on the survival view reach the landmark, forest and MRD charts, their exports, and survive a reload', async ({
  page,
}) => {
  test.setTimeout(90_000);
  // A post-baseline stratifier: the survival view opens on the fair analysis and its landmark panel.
  await page.goto('/?by=car_persist_ge6');
  const landmark = page.getByTestId('landmark-panel').getByTestId('km-chart').locator('svg');
  await expect(landmark.locator('.km-step').first()).toBeVisible();
  await expect(landmark.locator('[stroke="#0072B2"]').first()).toBeAttached();
  await openControls(page);
  await controls(page).getByTestId('fig-palette').selectOption('grey');
  await controls(page).getByTestId('fig-font').selectOption('large');
  await expect(page).toHaveURL(/palette=grey/);
  await expect(page).toHaveURL(/font=large/);
  await expect(landmark).toHaveAttribute('font-size', '14');
  await expect(landmark.locator('[stroke="#0072B2"]')).toHaveCount(0);
  await expect(landmark.locator('[stroke="#000000"]').first()).toBeAttached();
  const simonMakuch = page.getByTestId('fair-panel').getByTestId('km-chart').locator('svg');
  await expect(simonMakuch).toHaveAttribute('font-size', '14');
  await expect(simonMakuch.locator('[stroke="#0072B2"]')).toHaveCount(0);

  await page.getByTestId('forest-tab').click();
  const forest = page.getByTestId('forest-plot').first().locator('svg');
  await expect(forest.locator('.hr-point').first()).toBeAttached();
  await expect(forest).toHaveAttribute('font-size', '14');
  await expect(forest.locator('.hr-point').first()).toHaveAttribute('fill', '#000000');
  await expect(forest.locator('[fill="#1f4e8c"]')).toHaveCount(0);
  await openControls(page);
  await expect(controls(page).getByTestId('fig-palette')).toHaveValue('grey');
  await expect(controls(page).getByTestId('fig-font')).toHaveValue('large');
  await expect(controls(page).getByTestId('fig-tunit')).toHaveCount(0);
  await expect(controls(page).getByTestId('fig-legend')).toHaveCount(0);
  await expect(controls(page).getByTestId('fig-not-here')).toContainText('forest plot');
  const forestSvg = await exported(page.getByTestId('forest-panel'), page);
  expect(forestSvg).toContain('font-size="14"');
  expect(forestSvg).not.toContain('#1f4e8c');

  await page.getByTestId('mrd-tab').click();
  const cuminc = page.getByTestId('cuminc-panel').locator('svg').first();
  await expect(cuminc.locator('path').first()).toBeAttached();
  await expect(cuminc).toHaveAttribute('font-size', '14');
  await expect(cuminc.locator('path[stroke="#0072B2"]')).toHaveCount(0);
  const linked = page.getByTestId('mrd-linked-panel').getByTestId('km-chart').locator('svg');
  await expect(linked.locator('.km-step').first()).toBeVisible();
  await expect(linked).toHaveAttribute('font-size', '14');
  await expect(linked.locator('[stroke="#0072B2"]')).toHaveCount(0);
  await openControls(page);
  await controls(page).getByTestId('fig-tunit').selectOption('years');
  await expect(cuminc).toContainText('Years since');
  const swimmer = page.getByTestId('swimmer-chart').locator('svg');
  await expect(swimmer).toContainText('Years since');
  await expect(swimmer).toHaveAttribute('font-size', '14');
  const cumincSvg = await exported(page.getByTestId('cuminc-panel'), page);
  expect(cumincSvg).toContain('Years since');
  expect(cumincSvg).not.toContain('stroke="#0072B2"');

  await page.reload();
  await expect(page.getByTestId('mrd-view')).toBeVisible();
  await expect(cuminc).toContainText('Years since');
  await expect(cuminc).toHaveAttribute('font-size', '14');
  await expect(cuminc.locator('path[stroke="#0072B2"]')).toHaveCount(0);
  await page.getByTestId('forest-tab').click();
  await expect(forest.locator('.hr-point').first()).toHaveAttribute('fill', '#000000');
  await expect(forest).toHaveAttribute('font-size', '14');
});

test('the Figure panel is not offered on a view its options do not reach', async ({ page }) => {
  await page.goto('/?tab=paper&palette=grey');
  await expect(page.getByTestId('paper-view')).toBeVisible();
  await expect(controls(page)).toHaveCount(0);
});

test('the safety view draws its CRS bars and ADA chart with the options of the link, and offers the Figure panel', async ({
  page,
}) => {
  await page.goto('/?tab=safety&palette=grey&font=large&tunit=years');
  const bars = page.getByTestId('bar-chart').locator('svg');
  await expect(bars.locator('rect[fill="#000000"]').first()).toBeAttached();
  await expect(bars).toHaveAttribute('font-size', '14');
  const ada = page.getByTestId('cumulative-chart').locator('svg');
  await expect(ada).toContainText('Years since CAR-T infusion');
  await expect(ada.locator('path[stroke="#000000"]')).toHaveCount(1);
  await openControls(page);
  await expect(controls(page).getByTestId('fig-palette')).toHaveValue('grey');
  await expect(controls(page).getByTestId('fig-labels')).toHaveCount(0);
  await expect(controls(page).getByTestId('fig-not-here')).toContainText('kinetics plots');
});

test('greys and large text set on the survival view reach the response and correlations charts, an SVG export, and survive a reload', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await expect(page.getByTestId('km-chart').locator('.km-step').first()).toBeVisible();
  await openControls(page);
  await controls(page).getByTestId('fig-palette').selectOption('grey');
  await controls(page).getByTestId('fig-font').selectOption('large');
  await expect(page).toHaveURL(/palette=grey/);
  await expect(page).toHaveURL(/font=large/);

  await page.getByTestId('response-tab').click();
  const response = page.getByTestId('response-chart').locator('svg[role="img"]');
  await expect(response.locator('.bars rect').first()).toBeAttached();
  await expect(response).toHaveAttribute('font-size', '14');
  await expect(response.locator('rect[fill="#2171B5"]')).toHaveCount(0);
  await expect(response.locator('rect[fill="#000000"]').first()).toBeAttached();
  await openControls(page);
  await expect(controls(page).getByTestId('fig-palette')).toHaveValue('grey');
  await expect(controls(page).getByTestId('fig-tunit')).toHaveCount(0);
  await expect(controls(page).getByTestId('fig-not-here')).toContainText('response over time');
  const responseSvg = await exported(page.getByTestId('response-over-time'), page);
  expect(responseSvg).toContain('font-size="14"');
  expect(responseSvg).not.toContain('#2171B5');

  await page.getByTestId('correlations-tab').click();
  const matrix = page.getByTestId('correlation-matrix').locator('svg');
  await expect(matrix).toHaveAttribute('font-size', '14');
  await matrix.locator('g[data-x="car_persist_months"][data-y="pfs_months"]').click();
  const scatter = page.getByTestId('scatter-plot').locator('svg');
  await expect(scatter).toHaveAttribute('font-size', '14');
  await expect(scatter.locator('circle.point').first()).toHaveAttribute('stroke', '#000000');
  await expect(scatter.locator('circle.point[stroke="#0072B2"]')).toHaveCount(0);

  await page.reload();
  await expect(scatter).toHaveAttribute('font-size', '14');
  await expect(scatter.locator('circle.point[stroke="#D55E00"]')).toHaveCount(0);
  await expect(matrix).toHaveAttribute('font-size', '14');
  await page.getByTestId('response-tab').click();
  await expect(response).toHaveAttribute('font-size', '14');
  await expect(response.locator('rect[fill="#2171B5"]')).toHaveCount(0);
});
