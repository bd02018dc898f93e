import { test, expect, type FileChooser } from '@playwright/test';

// The first Tab stop used to be the hidden file input: nothing visible had the focus. Now it is
// the visible "Open your data…" button, with a focus ring (:focus-visible), and the file input
// is out of the Tab order.

test('the first Tab stop from a fresh page is a visible, named control with a focus ring', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('[data-testid="km-chart"] path.km-step').first()).toBeVisible();
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toBeVisible();
  await expect(focused).toHaveAccessibleName(/\S/);
  await expect(focused).toHaveAccessibleName('Open your data…');
  const box = await focused.boundingBox();
  expect(box!.width).toBeGreaterThan(20);
  expect(box!.height).toBeGreaterThan(10);
  const ring = (await page.evaluate(
    '((s) => ({ style: s.outlineStyle, width: parseFloat(s.outlineWidth) }))(getComputedStyle(document.activeElement))',
  )) as { style: string; width: number };
  expect(ring.style).not.toBe('none');
  expect(ring.width).toBeGreaterThanOrEqual(2);
});

test('Enter on the first Tab stop opens the file chooser', async ({ page }) => {
  // Listening before the page opens: Playwright intercepts the chooser from the start.
  const chooser = new Promise<FileChooser>((resolve) => page.once('filechooser', resolve));
  await page.goto('/');
  // The button is disabled while the demo loads: wait for the demo.
  await expect(page.locator('[data-testid="km-chart"] path.km-step').first()).toBeVisible();
  await expect(page.getByTestId('open-data')).toBeEnabled();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('open-data')).toBeFocused();
  await page.keyboard.press('Enter');
  const opened = await chooser;
  expect(opened.isMultiple()).toBe(true);
  await opened.setFiles('tests/fixtures/good/cohort.csv');
  await expect(page.getByTestId('dataset-label')).toContainText('cohort.csv');
});

test('no hidden element takes a Tab stop in the header', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-testid="km-chart"] path.km-step').first()).toBeVisible();
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toBeVisible();
  }
});
