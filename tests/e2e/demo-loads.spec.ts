import { test, expect } from '@playwright/test';

test('the demo cohort loads with the simulated banner and a PFS Kaplan–Meier curve', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByTestId('simulated-banner')).toBeVisible();
  await expect(page.getByTestId('simulated-banner')).toContainText('Simulated data');
  await expect(page.getByTestId('dataset-label')).toContainText('56 patients');
  const curve = page.locator('[data-testid="km-chart"] path.km-step');
  await expect(curve.first()).toBeVisible();
  const d = await curve.first().getAttribute('d');
  expect(d?.split(/[MHVL]/).length ?? 0).toBeGreaterThan(20);
  await expect(page.locator('[data-testid="km-chart"] .censor-mark').first()).toBeVisible();
  await expect(page.getByTestId('km-chart')).toContainText('Progression-free survival');
});
