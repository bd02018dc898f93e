import { mkdirSync, readFileSync } from 'node:fs';
import { test, expect, type Frame, type Locator, type Page } from '@playwright/test';
import { formatP } from '../../src/lib/layout/format';
import { table1CellText } from '../../src/lib/layout/table1-text';
import { demoEngine } from './engine-in-node';

// The correlations and cohort (Table 1) tabs against the same engine run in Node.
const SCREENS = 'test-results/screens';
mkdirSync(SCREENS, { recursive: true });

const table1 = (page: Page | Frame) => page.getByTestId('table1-panel');

async function stratify(page: Page, column: string): Promise<void> {
  await page.locator(`[data-testid="stratifier-picker"] button[data-column="${column}"]`).click();
  await expect(table1(page)).toHaveAttribute('data-view', `${column}|`);
}

async function noSidewaysScroll(page: Page | Frame): Promise<void> {
  const { scrollWidth, clientWidth } = (await page.evaluate(
    '({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth })',
  )) as { scrollWidth: number; clientWidth: number };
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

test('each new tab is one click away', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('survival-panel')).toBeVisible();
  await page.getByTestId('correlations-tab').click();
  await expect(page.getByTestId('correlation-matrix')).toBeVisible();
  await expect(page).toHaveURL(/tab=correlations/);
  await page.getByTestId('cohort-tab').click();
  await expect(table1(page)).toBeVisible();
  await expect(page).toHaveURL(/tab=cohort/);
});

test('Table 1 shows the engine’s numbers and follows the stratifier', async ({ page }) => {
  const engine = demoEngine();
  await page.goto('/?tab=cohort');
  await expect(table1(page)).toHaveAttribute('data-view', '|');
  await expect(table1(page).locator('h2')).toHaveText('Baseline characteristics, all patients');
  for (const stratifier of ['triple_refractory', 'mrd_group']) {
    await stratify(page, stratifier);
    const expected = engine.run({ kind: 'table1', stratifier });
    await expect(table1(page).locator('thead th[data-group]')).toHaveCount(expected.groups.length);
    await expect(table1(page).locator('thead th[data-group]').first()).toContainText(
      expected.groups[0].label,
    );
    for (const column of ['age_years', 'del17p', 'iss_stage', 'prior_lines', 'bridging']) {
      const row = expected.rows.find((r) => r.column === column)!;
      const body = table1(page).locator(`tbody[data-column="${column}"]`);
      const levels =
        row.kind === 'numeric' ? [null] : row.kind === 'binary' ? [1] : row.levels.map((_, l) => l);
      const cells = body.locator('td[data-cell="overall"]');
      await expect(cells).toHaveText(levels.map((l) => table1CellText(row.overall, l)));
      for (const [k, g] of expected.groups.entries()) {
        await expect(body.locator(`td[data-cell="${String(g.value)}"]`)).toHaveText(
          levels.map((l) => table1CellText(row.groups[k], l)),
        );
      }
      await expect(body.locator('td.p')).toHaveText(formatP(row.test!.p));
      await expect(body.locator('td.missing')).toHaveText(String(row.overall.missing));
    }
  }
  // A post-baseline stratifier: the table describes the groups' baseline, and says so.
  await expect(page.getByTestId('table1-post-baseline')).toContainText('known only after');
  await stratify(page, 'triple_refractory');
  await expect(page.getByTestId('table1-post-baseline')).toHaveCount(0);
  await expect(page.getByTestId('table1-method')).toContainText('quantile type 7');
  await expect(page.getByTestId('table1-method')).toContainText('not corrected for multiple');
});

test('clicking a matrix cell shows its scatter plot, and the URL reopens it', async ({
  page,
  context,
}) => {
  const engine = demoEngine();
  const expected = engine.run({ kind: 'correlations' });
  await page.goto('/?tab=correlations');
  const matrix = page.getByTestId('correlation-matrix');
  for (const p of expected.pairs) {
    await expect(matrix.locator(`g[data-x="${p.x}"][data-y="${p.y}"] text`).first()).toHaveText(
      p.rho!.toFixed(2),
    );
  }
  await expect(page.getByTestId('scatter-hint')).toBeVisible();
  await expect(page.getByTestId('censoring-caveat')).toContainText('descriptive at best');
  const pair = expected.pairs.find((p) => p.x === 'car_persist_months' && p.y === 'pfs_months')!;
  await matrix.locator('g[data-x="car_persist_months"][data-y="pfs_months"]').click();
  const stat = page.getByTestId('scatter-stat');
  await expect(stat).toContainText(`Spearman ρ = ${pair.rho!.toFixed(2)}`);
  await expect(stat).toContainText(`n = ${pair.n} of 56`);
  await expect(page.getByTestId('scatter-plot').locator('circle.point')).toHaveCount(pair.n);
  await expect(page).toHaveURL(
    /pair=car_persist_months%2Cpfs_months|pair=car_persist_months,pfs_months/,
  );

  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByTestId('scatter-stat')).toContainText(
    `Spearman ρ = ${pair.rho!.toFixed(2)}`,
  );
  await expect(
    other.locator('g[data-x="car_persist_months"][data-y="pfs_months"]'),
  ).toHaveAttribute('aria-pressed', 'true');
});

test('a matrix cell reached with the keyboard shows its scatter plot', async ({ page }) => {
  const engine = demoEngine();
  const expected = engine.run({ kind: 'correlations' });
  await page.goto('/?tab=correlations');
  const first = page.locator('g[data-x="cmax_copies"][data-y="auc_0_28d"]');
  await first.focus();
  await expect(page.getByTestId('scatter-plot')).toBeVisible();
  await page.keyboard.press('ArrowDown');
  const below = expected.pairs.find((p) => p.x === 'cmax_copies' && p.y === 'auc_0_last')!;
  await expect(page.locator('g[data-x="cmax_copies"][data-y="auc_0_last"]')).toBeFocused();
  await expect(page.getByTestId('scatter-stat')).toContainText(
    `Spearman ρ = ${below.rho!.toFixed(2)}`,
  );
  await expect(page).toHaveURL(/pair=cmax_copies(%2C|,)auc_0_last/);
});

test('Table 1 and the correlation matrix fit a 390 px phone and a 1440 px desktop', async ({
  page,
}) => {
  for (const [width, height] of [
    [390, 844],
    [1440, 900],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto('/?tab=cohort&by=mrd_group');
    await expect(table1(page)).toHaveAttribute('data-view', 'mrd_group|');
    await noSidewaysScroll(page);
    await page.screenshot({ path: `${SCREENS}/table1-${width}.png`, fullPage: true });
    await page.goto('/?tab=correlations&pair=car_persist_months,os_months');
    await expect(page.getByTestId('scatter-plot')).toBeVisible();
    await noSidewaysScroll(page);
    for (const id of ['correlation-matrix', 'scatter-plot']) {
      const box = (await page.getByTestId(id).locator('svg').boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width + 0.5);
    }
    await page.screenshot({ path: `${SCREENS}/correlations-${width}.png`, fullPage: true });
  }
});

test('in an 800 × 600 iframe Table 1 and the matrix fit without sideways scrolling', async ({
  page,
  baseURL,
}) => {
  await page.setViewportSize({ width: 900, height: 700 });
  for (const query of [
    '?tab=cohort&by=triple_refractory',
    '?tab=correlations&pair=pfs_months,os_months',
  ]) {
    await page.setContent(
      `<iframe src="${baseURL}/${query}" width="800" height="600" style="border:0" title="explorer"></iframe>`,
    );
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    await expect(
      frame.getByTestId(query.includes('cohort') ? 'table1-panel' : 'scatter-plot'),
    ).toBeVisible();
    await noSidewaysScroll(frame);
  }
});

/** Clicks an export button and returns the downloaded file's name and text. */
async function download(page: Page, buttons: Locator, id: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    buttons.locator(`[data-export="${id}"]`).click(),
  ]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

test('Table 1, the matrix and the scatter plot export as files marked simulated', async ({
  page,
}) => {
  await page.goto('/?tab=cohort&by=triple_refractory');
  const table = await download(page, table1(page).getByTestId('export-buttons'), 'csv-table');
  expect(table.name).toBe('baseline-characteristics-by-triple-class-refractory-simulated-data.csv');
  expect(table.text).toContain('not the study');
  expect(table.text).toContain("Fisher's exact test");
  expect(table.text).toContain('quantile type 7');

  await page.goto('/?tab=correlations&pair=car_persist_months,pfs_months');
  const matrix = page.getByTestId('matrix-panel').getByTestId('export-buttons');
  const csv = await download(page, matrix, 'csv-table');
  expect(csv.text.trim().split('\r\n')).toHaveLength(22);
  const svg = await download(page, matrix, 'svg');
  expect(svg.text).toContain('Simulated data');
  expect(svg.text).toContain('descriptive at best');
  const scatter = page.getByTestId('scatter-panel').getByTestId('export-buttons');
  const figure = await download(page, scatter, 'svg');
  expect(figure.name).toContain('simulated-data');
  expect(figure.text).toContain('Spearman ρ');
  const png = await download(page, scatter, 'png-2x');
  expect(png.name).toMatch(/-2x\.png$/);
});
