import { test, expect, type Page } from '@playwright/test';
import { formatP, pPhrase } from '../../src/lib/layout/format';
import { formatRmst, formatRmstDifference } from '../../src/lib/layout/format-rmst';
import { forestPlan } from '../../src/lib/state/forest-plan';
import { DEFAULT_VIEW } from '../../src/lib/state/view-params';
import { pAdjust } from '../../src/lib/stats/p-adjust';
import { demoEngine } from './engine-in-node';

async function choose(page: Page, column: string, endpoint = 'pfs') {
  await page.locator(`[data-testid="stratifier-picker"] button[data-column="${column}"]`).click();
  await expect(page.getByTestId('survival-panel')).toHaveAttribute(
    'data-view',
    `${endpoint}|${column}|`,
  );
}

test('toggling three stratifiers counts three tests, once each, with session-adjusted p', async ({
  page,
}) => {
  const engine = demoEngine();
  await page.goto('/');
  await expect(page.getByTestId('survival-panel')).toBeVisible();
  await expect(page.getByTestId('test-count')).toHaveText('0');
  const columns = ['triple_refractory', 'high_risk_ca', 'prior_asct'];
  for (const c of columns) await choose(page, c);
  await expect(page.getByTestId('test-count')).toHaveText('3');
  // Looking at a test again does not count it again.
  await choose(page, 'triple_refractory');
  await expect(page.getByTestId('test-count')).toHaveText('3');
  const p = columns.map(
    (s) => engine.run({ kind: 'survival', endpoint: 'pfs', stratifier: s }).logRank!.p,
  );
  const holm = pAdjust(p, 'holm');
  const bh = pAdjust(p, 'BH');
  const adjusted = page.getByTestId('session-adjusted');
  await expect(adjusted).toContainText('Adjusted for the 3 tests run this session');
  await expect(adjusted).toContainText(`Holm ${pPhrase(holm[0])}`);
  await expect(adjusted).toContainText(`BH q = ${formatP(bh[0])}`);
  // The counter is on the forest view too.
  await page.getByTestId('forest-tab').click();
  await expect(page.getByTestId('test-count')).toHaveText('3');
});

test('the forest shows the Holm and BH adjusted p the engine computes', async ({ page }) => {
  const engine = demoEngine();
  // The univariable request the app makes for the default view (its family of tests).
  const plan = forestPlan(DEFAULT_VIEW, engine.run({ kind: 'columns' }));
  const rows = engine.run(plan.univariable).rows;
  await page.goto('/?tab=forest');
  const plot = page.getByTestId('forest-plot').first();
  const pCells = plot.locator('g.forest-row text[text-anchor="end"]');
  // The p column's heading: the bold end-anchored text of the header row.
  const heading = plot.locator('svg > g > text[font-weight="600"][text-anchor="end"]');
  await expect(pCells).toHaveText(rows.map((r) => formatP(r.p)));
  await page.getByTestId('forest-p-scale').selectOption('holm');
  await expect(page).toHaveURL(/padj=holm/);
  await expect(heading).toHaveText('Holm p');
  await expect(pCells).toHaveText(rows.map((r) => formatP(r.pAdjusted!.holm)));
  await page.getByTestId('forest-p-scale').selectOption('BH');
  await expect(heading).toHaveText('BH q');
  await expect(pCells).toHaveText(rows.map((r) => formatP(r.pAdjusted!.BH)));
});

test('where a median is not reached, the RMST on screen equals the engine’s, τ editable', async ({
  page,
}) => {
  const engine = demoEngine();
  await page.goto('/?endpoint=os&by=triple_refractory');
  const panel = page.getByTestId('survival-panel');
  const expected = engine.run({
    kind: 'survival',
    endpoint: 'os',
    stratifier: 'triple_refractory',
  }).rmst!;
  await expect(panel.locator('td.rmst')).toHaveText(expected.groups.map(formatRmst));
  await expect(panel.locator('td.rmst-diff').nth(1)).toHaveText(
    formatRmstDifference(expected.comparisons[1]!.difference),
  );
  await expect(page.getByTestId('rmst-tau-rule')).toContainText(
    'the largest time every group reaches',
  );
  await page.getByTestId('rmst-tau-input').fill('36');
  await page.getByTestId('rmst-tau-input').press('Enter');
  await expect(page).toHaveURL(/tau=36/);
  const at36 = engine.run({
    kind: 'survival',
    endpoint: 'os',
    stratifier: 'triple_refractory',
    tau: 36,
  }).rmst!;
  await expect(panel.locator('td.rmst')).toHaveText(at36.groups.map(formatRmst));
  await expect(page.getByTestId('rmst-tau-rule')).toContainText('τ = 36 months, chosen');
});
