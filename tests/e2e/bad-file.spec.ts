import { test, expect } from '@playwright/test';

test('a bad file shows the error report while the demo cohort stays loaded', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('simulated-banner')).toBeVisible();
  await expect(page.locator('[data-testid="km-chart"] path.km-step').first()).toBeVisible();

  const csv = 'patient_id,pfs_months,pfs_event\nA,-3,1\nB,5,2\nA,7,0\n';
  await page.getByTestId('file-input').setInputFiles({
    name: 'broken.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });

  const report = page.getByTestId('load-report');
  await expect(report).toContainText('“broken.csv” could not be analysed');
  await expect(page.getByTestId('load-errors')).toContainText('pfs_months');
  await expect(page.getByTestId('load-errors')).toContainText('patient_id');
  // Nothing lost: the demo cohort and its curve are still there.
  await expect(page.getByTestId('dataset-label')).toContainText('56 patients');
  await expect(page.getByTestId('simulated-banner')).toBeVisible();
  await expect(page.locator('[data-testid="km-chart"] path.km-step').first()).toBeVisible();
});

test('a file with times in days is refused while the demo cohort stays loaded', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByTestId('simulated-banner')).toBeVisible();
  await expect(page.locator('[data-testid="km-chart"] path.km-step').first()).toBeVisible();

  await page.getByTestId('file-input').setInputFiles('tests/fixtures/bad/times-in-days.csv');

  const report = page.getByTestId('load-report');
  await expect(report).toContainText('“times-in-days.csv” could not be analysed');
  const errors = page.getByTestId('load-errors');
  await expect(errors).toContainText('os_months: median 837 and maximum 1522');
  await expect(errors).toContainText('times must be months since CAR-T infusion');
  await expect(errors).toContainText('these look like days');
  // Nothing lost: the demo cohort and its curve are still there.
  await expect(page.getByTestId('dataset-label')).toContainText('56 patients');
  await expect(page.getByTestId('simulated-banner')).toBeVisible();
  await expect(page.locator('[data-testid="km-chart"] path.km-step').first()).toBeVisible();
});

test('garbage bytes never break the page or the worker', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-testid="km-chart"] path.km-step').first()).toBeVisible();
  await page.getByTestId('file-input').setInputFiles({
    name: 'random.arrow',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
  });
  await expect(page.getByTestId('load-report')).toContainText('could not be analysed');
  // The worker still answers: switching back to the demo works.
  await page.getByRole('button', { name: 'Simulated demo cohort' }).click();
  await expect(page.getByTestId('dataset-label')).toContainText('56 patients');
});

test('a ?data= address on another site is refused with a message', async ({ page }) => {
  await page.goto('/?data=https://example.test/cohort.arrow');
  await expect(page.getByTestId('simulated-banner')).toBeVisible();
  await expect(page.getByTestId('survival-panel')).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('must be on this site');
});
