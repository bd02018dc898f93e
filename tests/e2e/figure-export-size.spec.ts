import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

// The Figure panel's width (mm) and dpi size every chart's "PNG … mm" export, not only the
// survival chart's: set on the forest view, the forest plot's PNG is that wide at that
// resolution (its shape kept), and the choice is in the URL.
const controls = (page: Page) => page.getByTestId('figure-controls');

/** Width and height of a PNG, read from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the width and dpi set in the Figure panel size the forest plot’s publication PNG', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto('/?tab=forest');
  const forest = page.getByTestId('forest-panel');
  await expect(
    forest.getByTestId('forest-plot').first().locator('.hr-point').first(),
  ).toBeAttached();
  if (!(await controls(page).locator('summary').isVisible()))
    await page.getByTestId('controls-drawer').locator('summary').click();
  await controls(page).locator('summary').click();
  await expect(controls(page).getByTestId('fig-size-shape')).toBeVisible();
  await expect(controls(page).getByTestId('fig-hmm')).toHaveCount(0);
  await expect(controls(page).getByTestId('fig-preview')).toHaveCount(0);
  await controls(page).getByTestId('fig-width-preset').selectOption('85');
  const dpi = controls(page).getByTestId('fig-dpi');
  await dpi.fill('600');
  await dpi.press('Enter');
  await expect(page).toHaveURL(/wmm=85/);
  await expect(page).toHaveURL(/dpi=600/);

  const button = forest.getByTestId('export-buttons').first().locator('[data-export="png-print"]');
  await expect(button).toContainText('PNG 85 mm');
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(file.suggestedFilename()).toMatch(/-85mm-600dpi\.png$/);
  const { width, height } = pngSize(readFileSync((await file.path())!));
  expect(width).toBe(Math.round((85 / 25.4) * 600)); // 2008 px
  expect(height).toBeGreaterThan(0);

  // The same size after a reload, on another view's chart too.
  await page.goto('/?tab=response&wmm=85&dpi=600');
  const response = page.locator('[data-export="png-print"]').first();
  await expect(response).toContainText('PNG 85 mm');
});
