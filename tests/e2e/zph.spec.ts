import { expect, test } from '@playwright/test';
import type { ForestResult } from '../../src/lib/engine/types';
import { pPhrase } from '../../src/lib/layout/format';
import { demoEngine } from './engine-in-node';

// The forest view's proportional-hazards tests (cox.zph) are the engine's: each term's PH p on
// screen equals the one the same engine computes in Node on the demo cohort.
test('the forest view shows each term’s PH p as the engine computes it, and its residual plot on demand', async ({
  page,
}) => {
  await page.goto('/?tab=forest');
  const panel = page.getByTestId('ph-panel').first();
  await expect(panel).toBeVisible();
  const items = panel.getByTestId('ph-term');
  const factors = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-factor')!));
  expect(factors.length).toBeGreaterThan(3);
  const expected = demoEngine().run({
    kind: 'forest',
    endpoint: 'pfs',
    factors,
    mode: 'univariable',
    ties: 'efron',
  }) as unknown as ForestResult;
  for (const [i, factor] of factors.entries()) {
    const ph = expected.rows.find((r) => r.factor === factor)!.ph!;
    const item = items.nth(i);
    await expect(item.getByTestId('ph-p')).toHaveText(pPhrase(ph.p));
    await expect(item.getByTestId('ph-warning')).toHaveCount(ph.p < 0.05 ? 1 : 0);
    await expect(item.locator('abbr').first()).toHaveAttribute('title', /cox\.zph/);
  }
  // Under each hazard ratio in the forest plot too.
  const first = expected.rows[0];
  await expect(page.getByTestId('forest-plot').first().locator('.ph-text').first()).toContainText(
    `PH ${pPhrase(first.ph!.p)}`,
  );
  await items.first().getByTestId('ph-plot-button').click();
  const plot = page.getByTestId('zph-plot');
  await expect(plot).toBeVisible();
  await expect(plot.getByTestId('zph-coef-line')).toHaveCount(1);
  await expect(plot.locator('circle')).toHaveCount(
    first.phPlot!.y.filter((v) => v !== null).length,
  );
});
