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

/** Width and height of a PNG (its IHDR chunk) and its pHYs resolution in dpi. */
function pngInfo(bytes: Buffer): { width: number; height: number; dpi: number | null } {
  const at = bytes.indexOf('pHYs');
  return {
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
    dpi: at < 0 ? null : Math.round(bytes.readUInt32BE(at + 4) * 0.0254),
  };
}

test('figure size in mm, PNG dpi and the HR annotation are in the URL, survive a reload, show in the preview and in the exports', async ({
  page,
}) => {
  await open(page, `${URL}&tunit=years&labels=Not+refractory%7CRefractory`);
  await controls(page).getByTestId('fig-width-preset').selectOption('85');
  const height = controls(page).getByTestId('fig-hmm');
  await height.fill('140');
  await height.press('Enter');
  const dpi = controls(page).getByTestId('fig-dpi');
  await dpi.fill('600');
  await dpi.press('Enter');
  await controls(page).getByTestId('fig-hr').check();
  await expect(chart(page).getByTestId('km-hr').first()).toContainText('HR 2.42');
  for (const p of ['wmm=85', 'hmm=140', 'dpi=600', 'hr=1'])
    await expect(page).toHaveURL(new RegExp(p));

  await page.reload();
  await expect(chart(page).locator('.km-step').first()).toBeVisible();
  await expect(chart(page).getByTestId('km-hr').first()).toContainText('HR 2.42');
  // The numbers table follows the figure: years and the typed group labels.
  const table = page.getByTestId('survival-panel').getByTestId('numbers-table');
  await expect(table).toContainText('Median, years (95% CI)');
  await expect(table).toContainText('Not refractory');

  if (!(await controls(page).getByTestId('fig-dpi').isVisible())) {
    if (!(await controls(page).locator('summary').isVisible()))
      await page.getByTestId('controls-drawer').locator('summary').click();
    await controls(page).locator('summary').click();
  }
  await expect(controls(page).getByTestId('fig-wmm')).toHaveValue('85');
  await controls(page).getByTestId('fig-preview').check();
  await expect(page).toHaveURL(/preview=1/);
  const preview = page.getByTestId('size-preview');
  await expect(preview.locator('img')).toBeVisible();
  await expect(preview.getByTestId('size-preview-caption')).toContainText('85 × 140 mm');
  await expect(preview.getByTestId('size-preview-caption')).toContainText('2008 × 3307 pixels');
  const box = (await preview.locator('img').boundingBox())!;
  expect(box.width).toBeGreaterThan(100);

  // Any change of view re-runs the Cox fit after a short settle: wait for its hazard ratio.
  await expect(table.locator('td.hr').last()).toContainText('2.42 (1.08–5.44)');
  const exports = page.getByTestId('survival-panel').getByTestId('export-buttons');
  const [svgFile] = await Promise.all([
    page.waitForEvent('download'),
    exports.locator('[data-export="svg"]').click(),
  ]);
  const svg = readFileSync((await svgFile.path())!, 'utf8');
  expect(svg).toMatch(/<svg[^>]*\swidth="85mm" height="140mm" viewBox="0 0 361 /);
  expect(svg).toContain('HR 2.42 (95% CI 1.08–5.44)');
  expect(svg).toContain('vs Not refractory, Cox');
  expect(svg).toContain('Years since');

  const [pngFile] = await Promise.all([
    page.waitForEvent('download'),
    exports.locator('[data-export="png-print"]').click(),
  ]);
  expect(pngFile.suggestedFilename()).toMatch(/-85mm-600dpi\.png$/);
  const png = pngInfo(readFileSync((await pngFile.path())!));
  // 85 mm / 25.4 × 600 dpi = 2008 pixels; 140 mm → 3307.
  expect(png).toEqual({ width: 2008, height: 3307, dpi: 600 });
});
