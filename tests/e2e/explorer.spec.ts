import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { STRATIFIER_COLUMNS, timeDependentOf } from '../../src/lib/data/registry';
import { formatHR, formatMedian } from '../../src/lib/layout/format';
import { demoEngine } from './engine-in-node';

async function choose(page: Page, column: string | null, endpoint = 'pfs') {
  if (column) {
    await page.locator(`[data-testid="stratifier-picker"] button[data-column="${column}"]`).click();
    // A post-baseline stratifier opens on its fair analysis; the naive curves are one click away.
    if (timeDependentOf(column)) await page.getByTestId('toggle-naive').click();
  }
  await expect(page.getByTestId('survival-panel')).toHaveAttribute(
    'data-view',
    `${endpoint}|${column ?? ''}|`,
  );
}

test('each paper stratifier shows the medians the engine computes', async ({ page }) => {
  const engine = demoEngine();
  await page.goto('/');
  await expect(page.getByTestId('survival-panel')).toBeVisible();
  const present = new Set(engine.run({ kind: 'columns' }).map((c) => c.name));
  for (const s of STRATIFIER_COLUMNS.filter((s) => present.has(s.name))) {
    await choose(page, s.name);
    const expected = engine.run({ kind: 'survival', endpoint: 'pfs', stratifier: s.name });
    const cells = page.getByTestId('survival-panel').locator('td.median');
    await expect(cells).toHaveText(
      expected.groups.map((g) => formatMedian(g.median, g.medianLower, g.medianUpper)),
    );
  }
});

test('post-baseline stratifiers carry the immortal-time note; baseline ones do not', async ({
  page,
}) => {
  await page.goto('/');
  await choose(page, 'triple_refractory');
  await expect(page.getByTestId('post-baseline-note')).toHaveCount(0);
  await choose(page, 'car_persist_ge6');
  await expect(page.getByTestId('post-baseline-note')).toContainText('immortal-time bias');
});

test('hovering the chart shows survival, CI and number at risk per group', async ({ page }) => {
  await page.goto('/');
  await choose(page, 'triple_refractory');
  const svg = page.locator('[data-testid="km-chart"] svg[role="img"]');
  const box = await svg.boundingBox();
  if (!box) throw new Error('no chart');
  await page.mouse.move(box.x + box.width * 0.3, box.y + 100);
  const readout = page.getByTestId('hover-readout');
  await expect(readout).toContainText('months');
  await expect(readout).toContainText('at risk');
  await expect(readout.locator('div')).toHaveCount(2);
});

test('the forest plots show univariable hazard ratios and a multivariable model with EPV', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByTestId('forest-tab').click();
  const plots = page.getByTestId('forest-plot');
  await expect(plots.first()).toContainText('Triple-class refractory');
  await expect(plots.first().locator('.hr-point').first()).toBeVisible();
  await expect(page.getByTestId('epv')).toContainText('Events per variable');
  await expect(page.getByTestId('forest-panel')).toContainText('ties: efron');
  await page.getByTestId('ties-select').selectOption('breslow');
  await expect(page.getByTestId('forest-panel')).toContainText('ties: breslow');
});

test('a numeric split warns that chosen cut-points inflate false positives', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('survival-panel')).toBeVisible();
  await page.getByLabel('Numeric column to split').selectOption('bm_pc_pct');
  await page.getByLabel('Cut-point').fill('50');
  await page.getByRole('button', { name: 'Split' }).click();
  await expect(page.getByTestId('survival-panel')).toHaveAttribute('data-view', 'pfs|bm_pc_pct|50');
  await expect(page.getByTestId('cut-warning')).toContainText('false positives');
});

test('any categorical column of the file can stratify the curves; identifiers cannot', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByTestId('survival-panel')).toBeVisible();
  await page.getByText(/Other columns in your file/).click();
  const other = page.locator('[data-testid="stratifier-picker"] button[data-column="patient_id"]');
  await expect(other).toHaveCount(0);
  await page.locator('[data-testid="stratifier-picker"] button[data-column="trial_id"]').click();
  await expect(page.getByTestId('survival-panel')).toHaveAttribute('data-view', 'pfs|trial_id|');
  await expect(page.getByTestId('survival-panel').locator('tbody tr')).toHaveCount(2);
});

test('the "as published" switch reproduces the paper’s persistence groups (13 vs 43)', async ({
  page,
}) => {
  await page.goto('/');
  await choose(page, 'car_persist_ge6');
  const n = page.getByTestId('survival-panel').locator('tbody tr td:nth-of-type(1)');
  await page.getByTestId('as-published').locator('input').check();
  await expect(n).toHaveText(['13', '43']);
  await expect(page.getByTestId('survival-panel')).toContainText('as published');
});

test('a post-baseline stratifier known at a fixed time gets a landmark analysis beside it', async ({
  page,
}) => {
  const engine = demoEngine();
  await page.goto('/');
  await choose(page, 'car_persist_ge6');
  const panel = page.getByTestId('landmark-panel');
  await expect(panel).toContainText('landmark analysis from month 6');
  await expect(panel).toContainText('Months since the landmark (month 6 after infusion)');
  await expect(panel.getByTestId('landmark-caption')).toHaveText(/^Association, not cause/);
  const expected = engine.run({
    kind: 'survival',
    endpoint: 'pfs',
    stratifier: 'car_persist_ge6',
    landmark: 6,
  });
  await expect(panel.locator('td.median')).toHaveText(
    expected.groups.map((g) => formatMedian(g.median, g.medianLower, g.medianUpper)),
  );
  await choose(page, 'triple_refractory');
  await expect(page.getByTestId('landmark-panel')).toHaveCount(0);
});

test('the bias note speaks of the stratifier chosen, not always of CAR-T persistence', async ({
  page,
}) => {
  await page.goto('/');
  await choose(page, 'cr_or_better');
  await expect(page.getByTestId('bias-text')).toContainText('reach CR');
  await expect(page.getByTestId('bias-text')).not.toContainText('CAR-T cells');
  await choose(page, 'ada_post_pos');
  await expect(page.getByTestId('bias-text')).toContainText('Anti-drug antibodies');
});

test('MRD negativity ≥ 12 months gets a landmark view at month 12, titled apart from the naive chart', async ({
  page,
}) => {
  await page.goto('/');
  await choose(page, 'mrd_neg_ge12');
  const landmark = page.getByTestId('landmark-panel');
  await expect(landmark).toContainText('landmark analysis from month 12');
  await expect(landmark.getByTestId('km-chart')).toContainText('— landmark at month 12');
  await expect(page.getByTestId('survival-panel').getByTestId('km-chart')).not.toContainText(
    'landmark',
  );
  await expect(landmark).toContainText('MRD-negative through month 12');
});

test('the chart names the log-rank test and its p, and the MRD groups are named in words', async ({
  page,
}) => {
  await page.goto('/');
  await choose(page, 'mrd_group');
  const chart = page.getByTestId('survival-panel').getByTestId('km-chart');
  await expect(chart.getByTestId('km-test')).toHaveText(/^Log-rank p (<|=) /);
  await expect(chart.getByTestId('km-legend')).toContainText('Died while MRD-negative');
  await expect(chart).not.toContainText('mrd_group=');
});

test('choosing the reference group reorders the hazard ratios against it', async ({ page }) => {
  await page.goto('/');
  await choose(page, 'mrd_group');
  const rows = page.getByTestId('survival-panel').locator('tbody tr th');
  await expect(rows.first()).toHaveText('Lost MRD negativity'); // the largest group by default
  await page.getByTestId('reference-select').selectOption({ label: 'Sustained MRD-negative' });
  await expect(rows.first()).toHaveText('Sustained MRD-negative');
  await expect(page.getByTestId('survival-panel')).toContainText('reference');
});

test('facet panels share one time axis', async ({ page }) => {
  await page.goto('/');
  await choose(page, 'triple_refractory');
  await page.getByTestId('facet-select').selectOption('prior_asct');
  const facets = page.getByTestId('facet-survival');
  await expect(facets).toHaveCount(2);
  // The time ticks and the axis title are the axes' middle-anchored texts.
  const ticks = async (k: number) =>
    facets.nth(k).locator('g.axes text[text-anchor="middle"]').allTextContents();
  const [a, b] = [await ticks(0), await ticks(1)];
  expect(a.length).toBeGreaterThan(3);
  expect(a).toEqual(b);
});

test('the forest plot follows "as published" and marks post-baseline rows', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('forest-tab').click();
  const uni = page.getByTestId('forest-plot').first();
  const persistence = uni.locator('g.forest-row', { hasText: 'CAR-T persistence ≥ 6 months †' });
  await expect(persistence).toBeVisible();
  await expect(uni.getByTestId('forest-footnote')).toContainText('immortal-time bias');
  await expect(uni).toContainText('Triple-class exposed');
  // Recommended: the duration of MRD negativity is refused by name, with the reason.
  await expect(uni).not.toContainText('Duration of MRD negativity');
  await expect(page.getByTestId('forest-refused')).toContainText(
    'Duration of MRD negativity is left out of these models',
  );
  await expect(
    page.getByTestId('covariate-choices').locator('[data-column="mrd_neg_duration_months"]'),
  ).toBeDisabled();
  const before = await persistence.textContent();
  await page.getByTestId('forest-as-published').locator('input').check();
  await expect(persistence).not.toHaveText(before ?? '');
  await expect(page.getByTestId('forest-panel')).toContainText('as published');
  // As published: the paper's per-month HR, also per 12 months, with a badge.
  const duration = uni.locator('g.forest-row', {
    hasText: 'Duration of MRD negativity (per month)',
  });
  const row = demoEngine().run({
    kind: 'forest',
    endpoint: 'pfs',
    factors: ['mrd_neg_duration_months'],
    mode: 'univariable',
    asPublished: true,
  }).rows[0];
  await expect(duration).toContainText(
    `= ${formatHR(row.rescaled!.hr, row.rescaled!.lower, row.rescaled!.upper)} per 12 months`,
  );
  await expect(page.getByTestId('forest-refused')).toHaveCount(0);
  await expect(page.getByTestId('covariate-choices')).toContainText('as published: biased');
});

test('the endpoint picker is shown on the views that follow it and hidden on the others', async ({
  page,
}) => {
  await page.goto('/?tab=mrd');
  const picker = page.getByRole('radiogroup', { name: 'Endpoint' });
  await expect(picker).toBeVisible();
  await page.getByRole('radio', { name: /Overall survival/ }).click();
  await page.getByTestId('kinetics-tab').click();
  await expect(picker).toHaveCount(0);
  await page.getByTestId('curves-tab').click();
  await expect(page.getByRole('radio', { name: /Overall survival/ })).toHaveAttribute(
    'aria-checked',
    'true',
  );
});

test('a file with hundreds of extra columns offers a search box, not hundreds of toggles', async ({
  page,
}) => {
  const [header, ...rows] = readFileSync('tests/fixtures/good/cohort.csv', 'utf8')
    .trim()
    .split('\n');
  const extra = Array.from({ length: 300 }, (_, j) => `site_flag_${j}`);
  const csv = [
    `${header},${extra.join(',')}`,
    ...rows.map((r, i) => `${r},${extra.map((_, j) => ((i + j) % 2 ? 'yes' : 'no')).join(',')}`),
  ].join('\n');
  await page.goto('/');
  // The file input is disabled while the demo loads: wait for it.
  await expect(page.locator('[data-testid="km-chart"] path.km-step').first()).toBeVisible();
  await expect(page.getByTestId('file-input')).toBeEnabled();
  await page.getByTestId('file-input').setInputFiles({
    name: 'wide.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  await expect(page.getByTestId('dataset-label')).toContainText('wide.csv', { timeout: 20_000 });
  const picker = page.getByTestId('stratifier-picker');
  await expect(picker.getByTestId('stratifier-more')).toContainText(/and \d{3} more/);
  expect(await picker.locator('button').count()).toBeLessThan(80);
  await picker.getByTestId('stratifier-search').fill('site_flag_299');
  await expect(picker.locator('button[data-column^="site_flag_"]')).toHaveCount(1);
  await picker.locator('button[data-column="site_flag_299"]').click();
  await expect(page.getByTestId('survival-panel').first()).toContainText('site_flag_299');
});
