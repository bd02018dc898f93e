import { mkdirSync, readFileSync } from 'node:fs';
import { test, expect, type Frame, type Locator, type Page } from '@playwright/test';

// The Figure options reach the CAR-T kinetics charts: greys and large text set on the survival view
// are found on the transgene chart and the dot-and-box plots, in the transgene chart's SVG export,
// on the safety view's kinetics plots, and after a reload; a typed title names the transgene chart
// only. Screenshots at a phone's, an iframe's and a desktop's size are saved to be looked at.
const SCREENS = 'test-results/screens';
mkdirSync(SCREENS, { recursive: true });
const controls = (page: Page) => page.getByTestId('figure-controls');
const OKABE_BLUE = '#0072B2';

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

/** The kinetics charts are drawn in greys (no Okabe–Ito blue) with 14 px text. */
async function inGreysLarge(root: Page | Frame): Promise<void> {
  const transgene = root.getByTestId('transgene-chart').locator('svg');
  await expect(transgene.locator('.medians path').first()).toBeAttached();
  await expect(transgene).toHaveAttribute('font-size', '14');
  await expect(transgene.locator(`[stroke="${OKABE_BLUE}"]`)).toHaveCount(0);
  await expect(transgene.locator('.medians path[stroke="#000000"]').first()).toBeAttached();
  const dotBox = root.getByTestId('dot-box-chart').first().locator('svg');
  await expect(dotBox).toHaveAttribute('font-size', '14');
  await expect(dotBox.locator(`[stroke="${OKABE_BLUE}"]`)).toHaveCount(0);
  await expect(dotBox.locator('rect[stroke="#000000"]').first()).toBeAttached();
}

/** Nothing scrolls sideways, and every chart of the view lies within the width. */
async function fitsWidth(root: Page | Frame, width: number): Promise<void> {
  const { scrollWidth, clientWidth } = (await root.evaluate(
    '({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth })',
  )) as { scrollWidth: number; clientWidth: number };
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  const boxes = await root
    .locator('[data-testid="kinetics-view"] svg[role="img"]')
    .evaluateAll((svgs) => svgs.map((s) => s.getBoundingClientRect().right));
  expect(boxes.length).toBeGreaterThan(0);
  for (const right of boxes) expect(right).toBeLessThanOrEqual(width + 0.5);
}

test('greys and large text set on the survival view reach the kinetics charts, their SVG export, the safety view’s kinetics plots, and survive a reload', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/?by=mrd_group');
  await expect(page.getByTestId('km-chart').locator('.km-step').first()).toBeVisible();
  await openControls(page);
  await controls(page).getByTestId('fig-palette').selectOption('grey');
  await controls(page).getByTestId('fig-font').selectOption('large');
  await expect(page).toHaveURL(/palette=grey/);
  await expect(page).toHaveURL(/font=large/);

  await page.getByTestId('kinetics-tab').click();
  await expect(page.getByTestId('kinetics-view')).toBeVisible();
  await inGreysLarge(page);
  await openControls(page);
  await expect(controls(page).getByTestId('fig-palette')).toHaveValue('grey');
  await expect(controls(page).getByTestId('fig-font')).toHaveValue('large');
  await expect(controls(page).getByTestId('fig-tunit')).toHaveCount(0);
  await expect(controls(page).getByTestId('fig-labels')).toHaveCount(0);
  await expect(controls(page).getByTestId('fig-not-here')).toContainText('transgene chart');
  await controls(page).getByTestId('fig-title').fill('Figure 3: CAR-T expansion');
  await controls(page).getByTestId('fig-title').press('Enter');
  const transgene = page.getByTestId('transgene-chart').locator('svg');
  await expect(transgene).toContainText('Figure 3: CAR-T expansion');
  await expect(page.getByTestId('dot-box-chart').first().locator('svg')).not.toContainText(
    'Figure 3',
  );
  const svg = await exported(page.getByTestId('transgene-panel'), page);
  expect(svg).toContain('Figure 3: CAR-T expansion');
  expect(svg).toContain('font-size="14"');
  expect(svg).not.toContain(OKABE_BLUE);
  expect(svg).toContain('Simulated data');
  const dotBoxSvg = await exported(page.getByTestId('dot-box-panel').first(), page);
  expect(dotBoxSvg).toContain('font-size="14"');
  expect(dotBoxSvg).not.toContain(OKABE_BLUE);

  await page.reload();
  await expect(page.getByTestId('kinetics-view')).toBeVisible();
  await inGreysLarge(page);
  await expect(transgene).toContainText('Figure 3: CAR-T expansion');

  await page.getByTestId('safety-tab').click();
  const adaPlot = page
    .getByTestId('ada-panels')
    .getByTestId('dot-box-chart')
    .first()
    .locator('svg');
  await expect(adaPlot.locator('circle').first()).toBeAttached();
  await expect(adaPlot).toHaveAttribute('font-size', '14');
  await expect(adaPlot.locator(`[stroke="${OKABE_BLUE}"]`)).toHaveCount(0);
  await expect(adaPlot).not.toContainText('Figure 3');
  await openControls(page);
  await expect(controls(page).getByTestId('fig-not-here')).toContainText('kinetics plots');
});

test.describe('the kinetics view in greys and large text fits', () => {
  const link = '/?tab=kinetics&by=mrd_group&palette=grey&font=large';

  test('a 390 px phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(link);
    await inGreysLarge(page);
    await fitsWidth(page, 390);
    await page.screenshot({ path: `${SCREENS}/kinetics-greys-large-390.png`, fullPage: true });
  });

  test('an 800 × 600 iframe (?embed=1)', async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 900, height: 700 });
    await page.setContent(
      `<iframe src="${baseURL}${link}&embed=1" width="800" height="600" style="border:0" title="explorer"></iframe>`,
    );
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    await inGreysLarge(frame);
    await fitsWidth(frame, 800);
    await page.screenshot({ path: `${SCREENS}/kinetics-greys-large-iframe-800x600.png` });
    await frame.locator('[data-testid="dot-box-panel"]').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENS}/kinetics-greys-large-iframe-800x600-plots.png` });
  });

  test('a 1440 px desktop', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(link);
    await inGreysLarge(page);
    await fitsWidth(page, 1440);
    await page.screenshot({ path: `${SCREENS}/kinetics-greys-large-1440.png`, fullPage: true });
  });
});
