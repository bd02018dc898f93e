import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

// Print and dark mode (issue 13): the printed page holds the figure, its tables and the method
// caption and no controls; dark mode follows the system and changes the page, but exports stay
// light (they are the chart's own markup, drawn with explicit light colours).

/** A computed style of the first element matching `selector` (page source as text: the test
 * files are compiled without the DOM library). */
async function styleOf(page: Page, selector: string, property: string): Promise<string> {
  return (await page.evaluate(
    `getComputedStyle(document.querySelector(${JSON.stringify(selector)}))[${JSON.stringify(property)}]`,
  )) as string;
}

async function openCurves(page: Page): Promise<void> {
  await page.goto('/?by=triple_refractory');
  await expect(page.locator('[data-testid="km-chart"] path.km-step').first()).toBeVisible();
  await expect(page.locator('td.hr').nth(1)).not.toHaveText('computing…');
}

test('printing shows the figure, its tables and the caption, and no controls', async ({ page }) => {
  await openCurves(page);
  await expect(page.getByRole('tablist')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('tablist')).toBeHidden();
  for (const id of ['share-bar', 'stratifier-picker', 'export-buttons', 'group-choices']) {
    await expect(page.getByTestId(id).first(), id).toBeHidden();
  }
  const visibleControls = await page
    .locator('button, select, input, textarea, [role="tab"]')
    .evaluateAll(
      (els) => els.filter((el) => (el as { offsetParent: unknown }).offsetParent !== null).length,
    );
  expect(visibleControls).toBe(0);
  await expect(page.getByTestId('km-chart').first()).toBeVisible();
  await expect(page.getByTestId('numbers-table').first()).toBeVisible();
  await expect(page.getByText(/n used 56 of 56\./).first()).toBeVisible();
  // The figure is never split across pages.
  const breakInside = await styleOf(page, '[data-testid="km-chart"] svg', 'breakInside');
  expect(breakInside).toBe('avoid');
});

test('dark mode darkens the page and keeps the chart on a light card', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openCurves(page);
  const light = await styleOf(page, ':root', 'backgroundColor');
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await styleOf(page, ':root', 'backgroundColor');
  expect(light).toBe('rgb(251, 252, 253)');
  expect(dark).toBe('rgb(18, 22, 29)');
  const card = await styleOf(page, '[data-testid="km-chart"] svg', 'backgroundColor');
  expect(card).toBe('rgb(255, 255, 255)');
});

test('exports stay light when the page is dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openCurves(page);
  const exports = page.getByTestId('survival-panel').getByTestId('export-buttons');
  const save = async (id: string) => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      exports.locator(`[data-export="${id}"]`).click(),
    ]);
    return readFileSync((await file.path())!);
  };
  const svg = (await save('svg')).toString('utf8');
  // A white background first, dark text, and nothing that depends on the page's colours.
  expect(svg).toMatch(
    /<svg[^>]*>\s*<rect x="0" y="0" width="[\d.]+" height="[\d.]+" fill="#ffffff"\/>/,
  );
  expect(svg).toContain('fill="#1d2330"');
  expect(svg).not.toMatch(/currentColor|var\(--|prefers-color-scheme/);

  // The PNG, decoded in the page: its corner and its average are light.
  const png = (await save('png-2x')).toString('base64');
  const { corner, mean } = (await page.evaluate(`(async () => {
    const img = new Image();
    img.src = 'data:image/png;base64,${png}';
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, img.width, img.height).data;
    let sum = 0;
    for (let i = 0; i < data.length; i += 4) sum += (data[i] + data[i + 1] + data[i + 2]) / 3;
    return { corner: [...data.slice(0, 3)], mean: sum / (data.length / 4) };
  })()`)) as { corner: number[]; mean: number };
  expect(corner).toEqual([255, 255, 255]);
  expect(mean).toBeGreaterThan(200);
});
