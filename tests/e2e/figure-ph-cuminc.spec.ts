import { readFileSync } from 'node:fs';
import { test, expect, type Locator, type Page } from '@playwright/test';

// The Figure options reach the last charts of the forest and MRD views: the proportional-hazards
// residual plot under the forest takes greys and large text (its export too), and the competing-
// risk chart's numbers table names its times in years when years are chosen; a reload keeps both.
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

async function expectGreyLarge(page: Page): Promise<Locator> {
  const panel = page.getByTestId('ph-panel').first();
  await panel.getByTestId('ph-plot-button').first().click();
  const svg = panel.getByTestId('zph-plot').locator('svg');
  await expect(svg).toHaveAttribute('font-size', '14');
  await expect(svg.getByTestId('zph-smooth')).toHaveAttribute('stroke', '#000000');
  await expect(svg.getByTestId('zph-band-edge')).toHaveCount(2);
  await expect(svg.getByTestId('zph-band-edge').first()).toHaveAttribute('stroke-dasharray', '4 3');
  await expect(svg.locator('[stroke="#1f4e8c"], [fill="#1f4e8c"]')).toHaveCount(0);
  return panel;
}

test('greys and large text reach the proportional-hazards residual plot under the forest, its SVG export, and survive a reload', async ({
  page,
}) => {
  await page.goto('/?tab=forest');
  await expect(page.getByTestId('ph-panel').first()).toBeVisible();
  await openControls(page);
  await controls(page).getByTestId('fig-palette').selectOption('grey');
  await controls(page).getByTestId('fig-font').selectOption('large');
  await controls(page).getByTestId('fig-title').fill('Figure 2');
  await controls(page).getByTestId('fig-title').press('Tab');
  await expect(page.getByTestId('forest-plot').first()).toContainText('Figure 2');
  await expect(page).toHaveURL(/palette=grey/);
  await expect(page).toHaveURL(/font=large/);
  const panel = await expectGreyLarge(page);
  // The typed title names the forest plot, not the residual plot.
  await expect(panel.getByTestId('zph-plot')).not.toContainText('Figure 2');
  const svg = await exported(panel, page);
  expect(svg).toContain('font-size="14"');
  expect(svg).toContain('stroke-dasharray="4 3"');
  expect(svg).not.toContain('#1f4e8c');

  await page.reload();
  await expectGreyLarge(page);
});

test('years chosen on the MRD view put the competing-risk table’s times in years, also after a reload', async ({
  page,
}) => {
  await page.goto('/?tab=mrd');
  const panel = page.getByTestId('cuminc-panel');
  const table = panel.getByTestId('cuminc-table');
  await expect(table.locator('caption')).toContainText('at 12 and 24 months');
  await openControls(page);
  await controls(page).getByTestId('fig-tunit').selectOption('years');
  await expect(page).toHaveURL(/tunit=years/);
  const inYears = async () => {
    await expect(panel.locator('svg').first()).toContainText('Years since');
    await expect(table.locator('caption')).toContainText('at 1 and 2 years');
    await expect(table.locator('thead th')).toContainText([
      'Group',
      'Outcome',
      'Events',
      '1 year',
      '2 years',
    ]);
    await expect(table).not.toContainText('month');
    await expect(panel.locator('[data-export="csv"]')).toHaveAttribute('title', /at 1 and 2 years/);
  };
  await inYears();
  await page.reload();
  await inYears();
});

test('in years, the survival chart’s curve-steps CSV keeps its columns and times in months, and its button says so', async ({
  page,
}) => {
  await page.goto('/?tunit=years');
  const button = page
    .getByTestId('survival-panel')
    .first()
    .getByTestId('export-buttons')
    .first()
    .locator('[data-export="csv-steps"]');
  await expect(button).toHaveAttribute('title', /time in months \(the chart shows years/);
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const text = readFileSync((await file.path())!, 'utf8');
  expect(text.split('\r\n')[0]).toBe(
    'dataset,view,group,time,n_risk,n_event,n_censor,surv,std_err,lower,upper',
  );
});
