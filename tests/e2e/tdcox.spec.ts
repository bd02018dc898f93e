import { test, expect } from '@playwright/test';
import type { TimeDependentRequest } from '../../src/lib/engine/types';
import { fairLandmark, fairRows } from '../../src/lib/layout/fair-rows';
import { demoEngine } from './engine-in-node';

const engine = demoEngine();
/** The request the survival tab sends for "MRD-negative ≥ 12 months" on PFS (survivalPlan). */
const request = (landmarks = [13, 18, 24, 36]): TimeDependentRequest => ({
  kind: 'timeDependent',
  endpoint: 'pfs',
  covariate: 'mrd_neg_sustained',
  months: 12,
  landmarks,
  naive: 'mrd_neg_ge12',
});
const CAPTION =
  'Association, not cause: the grouping is measured during follow-up and may be a consequence of the disease course.';

test('"MRD-negative ≥ 12 months" opens on the time-dependent and landmark analysis, the naive HR beside it, numbers as the engine’s', async ({
  page,
}) => {
  await page.goto('/');
  await page
    .locator('[data-testid="stratifier-picker"] button[data-column="mrd_neg_ge12"]')
    .click();
  const panel = page.getByTestId('fair-panel');
  await expect(panel).toBeVisible();
  await expect(page.getByTestId('survival-panel')).toHaveCount(0);
  const expected = engine.run(request());
  const rows = fairRows(expected, fairLandmark(expected, null));
  expect(rows.map((r) => r.key)).toEqual(['naive', 'landmark', 'time-dependent']);
  for (const r of rows) {
    const tr = panel.getByTestId(`fair-row-${r.key}`);
    await expect(tr.locator('td.hr')).toHaveText(r.hr);
    await expect(tr.locator('td.used')).toHaveText(r.used);
    await expect(tr).toContainText(r.method);
  }
  await expect(panel.getByTestId('fair-caption')).toHaveText(CAPTION);
  await expect(panel.getByTestId('km-chart')).toContainText('(conditional)');
  await expect(panel.getByTestId('fair-counts')).toContainText(
    `${expected.nPatients} of ${expected.nTotal} patients, split into ${expected.nIntervals} intervals, ${expected.events} events`,
  );

  // The naive curves are one click away, with the guaranteed time shaded.
  await page.getByTestId('toggle-naive').click();
  await expect(page).toHaveURL(/naive=1/);
  const naive = page.getByTestId('survival-panel');
  await expect(naive).toHaveAttribute('data-view', 'pfs|mrd_neg_ge12|');
  await expect(naive.getByTestId('km-shade')).toContainText('guaranteed time');
});

test('the landmark of the side-by-side table can be edited, goes into the URL and reopens from it', async ({
  page,
}) => {
  await page.goto('/?by=mrd_neg_ge12');
  const panel = page.getByTestId('fair-panel');
  await expect(panel).toBeVisible();
  await panel.getByTestId('fair-landmark-input').fill('15');
  await panel.getByRole('button', { name: 'Compare at this landmark' }).click();
  await expect(page).toHaveURL(/lm=15/);
  const expected = engine.run(request([13, 15, 18, 24, 36]));
  const lm = fairRows(expected, 15).find((r) => r.key === 'landmark')!;
  await expect(panel.getByTestId('fair-row-landmark')).toContainText('Landmark at month 15');
  await expect(panel.getByTestId('fair-row-landmark').locator('td.hr')).toHaveText(lm.hr);
  await expect(panel.getByTestId('fair-row-landmark').locator('td.used')).toHaveText(lm.used);
  await page.reload();
  await expect(page.getByTestId('fair-row-landmark')).toContainText('Landmark at month 15');
});

test('"As published" keeps the paper’s view: the naive curves first, the fair analysis below', async ({
  page,
}) => {
  await page.goto('/?by=car_persist_ge6&published=1');
  await expect(page.getByTestId('survival-panel')).toHaveAttribute(
    'data-view',
    'pfs|car_persist_ge6|',
  );
  await expect(page.getByTestId('toggle-naive')).toHaveCount(0);
  await expect(page.getByTestId('km-shade')).toHaveCount(0);
  const expected = engine.run({
    kind: 'timeDependent',
    endpoint: 'pfs',
    covariate: 'car_detectable',
    landmarks: [3, 6, 12, 24],
    naive: 'car_persist_ge6',
  });
  const td = fairRows(expected, null).find((r) => r.key === 'time-dependent')!;
  await expect(page.getByTestId('fair-row-time-dependent').locator('td.hr')).toHaveText(td.hr);
});
