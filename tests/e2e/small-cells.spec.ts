import { test, expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { forestPlan } from '../../src/lib/state/forest-plan';
import { DEFAULT_VIEW } from '../../src/lib/state/view-params';
import { demoEngine } from './engine-in-node';

// The demo cohort by isotype: IgD has 3 patients, a small group under the default k = 5.
const SMALL = '/?by=isotype';

const panel = (page: Page) => page.getByTestId('survival-panel');
const table = (page: Page) => panel(page).getByTestId('at-risk-table');

async function open(page: Page, url: string) {
  await page.goto(url);
  await expect(panel(page)).toHaveAttribute('data-view', 'pfs|isotype|');
  await expect(table(page).locator('text[data-row]').first()).toBeVisible();
}

/** The risk table's count cells as drawn. */
async function counts(page: Page): Promise<string[]> {
  return table(page).locator('text[data-row][text-anchor="middle"]').allTextContents();
}

/** Clicks an export button and returns the downloaded file's text. */
async function download(page: Page, id: string): Promise<string> {
  const buttons = panel(page).getByTestId('export-buttons');
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    buttons.locator(`[data-export="${id}"]`).click(),
  ]);
  return readFileSync((await file.path())!, 'utf8');
}

/** A CSV's rows as cells (fields quoted by toCsv when they hold a comma or a quote). */
function csvRows(text: string): string[][] {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) =>
      [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)]
        .filter((m) => m.index! < line.length || m[1] !== '')
        .map((m) => m[1].replace(/^"|"$/g, '').replace(/""/g, '"')),
    );
}

function countColumns(text: string, names: string[]): string[] {
  const [header, ...rows] = csvRows(text);
  const at = names.map((n) => header.indexOf(n));
  expect(at.every((i) => i >= 0)).toBe(true);
  return rows.flatMap((r) => at.map((i) => r[i]));
}

const smallCount = (s: string) => /^[1-4]$/.test(s.trim());

test('the KMunicate table is the default, and the classic table is one click away and kept on reload', async ({
  page,
}) => {
  await open(page, SMALL);
  await expect(table(page)).toHaveAttribute('data-mode', 'kmunicate');
  const engine = demoEngine();
  const result = engine.run({ kind: 'survival', endpoint: 'pfs', stratifier: 'isotype' });
  // Per group, at risk + events + censored = n at every tick.
  const rows = await Promise.all(
    ['At risk', 'Events', 'Censored'].map((r) =>
      table(page).locator(`text[data-row="${r}"][text-anchor="middle"]`).allTextContents(),
    ),
  );
  const ticks = rows[0].length / result.groups.length;
  result.groups.forEach((g, i) => {
    for (let k = 0; k < ticks; k++) {
      const at = i * ticks + k;
      expect(Number(rows[0][at]) + Number(rows[1][at]) + Number(rows[2][at])).toBe(g.n);
    }
  });
  await panel(page).getByTestId('toggle-kmunicate').uncheck();
  await expect(table(page)).toHaveAttribute('data-mode', 'classic');
  await expect(page).toHaveURL(/risktable=classic/);
  await page.reload();
  await expect(table(page)).toHaveAttribute('data-mode', 'classic');
  await expect(panel(page).getByTestId('toggle-kmunicate')).not.toBeChecked();
});

test('a small group is flagged in the legend, the numbers table and the group choices', async ({
  page,
}) => {
  await open(page, SMALL);
  const legend = panel(page).locator('[data-testid="km-legend"] text[data-small="1"]');
  await expect(legend).toHaveCount(1);
  await expect(legend).toContainText('IgD (n = 3 — small group (< 5): estimates unstable');
  await expect(panel(page).getByTestId('small-group-flag')).toHaveCount(1);
  await expect(page.getByTestId('small-group-choice')).toHaveCount(1);
  // k = 3: a group of 3 is no longer small.
  await page.getByTestId('min-cell').fill('3');
  await page.getByTestId('min-cell').press('Enter');
  await expect(page).toHaveURL(/mincell=3/);
  await expect(legend).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('min-cell')).toHaveValue('3');
  await expect(panel(page).getByTestId('small-group-flag')).toHaveCount(0);
});

test('with small counts suppressed no count from 1 to 4 is drawn, hovered or exported, and a reload keeps it', async ({
  page,
}) => {
  await open(page, SMALL);
  expect((await counts(page)).some(smallCount)).toBe(true);
  await page.getByTestId('suppress-small').check();
  await expect(page).toHaveURL(/suppress=1/);
  await page.reload();
  await expect(page.getByTestId('suppress-small')).toBeChecked();
  await expect(table(page).locator('text[data-row]').first()).toBeVisible();
  const drawn = await counts(page);
  expect(drawn.filter(smallCount)).toEqual([]);
  expect(drawn).toContain('<5');
  const legend = panel(page).getByTestId('km-legend');
  await expect(legend).toContainText('n < 5 — small group');
  await expect(legend).not.toContainText(/n = [1-4]\b/);
  const numbers = panel(page).getByTestId('numbers-table');
  for (const cell of await numbers.locator('td[data-label="n"], td[data-label="Events"]').all()) {
    expect(smallCount(await cell.innerText())).toBe(false);
  }
  await expect(page.getByTestId('group-choices')).not.toContainText('(3');

  // The hover readout: late in follow-up, every group has fewer than 5 at risk.
  const svg = panel(page).locator('[data-testid="km-chart"] svg[role="img"]');
  const box = (await svg.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.4);
  const readout = panel(page).getByTestId('hover-readout');
  await expect(readout).toBeVisible();
  await expect(readout).not.toContainText(/\b[1-4] at risk/);

  const exported = await download(page, 'svg');
  const svgCounts = [...exported.matchAll(/<text[^>]*data-row="[^"]*"[^>]*>([^<]*)<\/text>/g)]
    .map((m) => m[1])
    .filter((t) => !/^[A-Z]/.test(t));
  expect(svgCounts.length).toBeGreaterThan(0);
  expect(svgCounts.filter(smallCount)).toEqual([]);
  expect(svgCounts).toContain('&lt;5');
  expect(exported).not.toMatch(/n = [1-4]\b/);
  expect(exported).toContain('Counts from 1 to 4 are shown as &lt;5 (small cells).');

  const steps = await download(page, 'csv-steps');
  expect(countColumns(steps, ['n_risk', 'n_event', 'n_censor']).filter(smallCount)).toEqual([]);
  const numbersCsv = await download(page, 'csv-table');
  expect(countColumns(numbersCsv, ['n', 'events']).filter(smallCount)).toEqual([]);
  // The R script carries the patients' rows: not offered while counts are suppressed.
  await expect(panel(page).locator('[data-export="r-script"]')).toHaveCount(0);
});

test('an embed with &suppress=1 shows no count from 1 to 4', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await page.goto(`${SMALL}&embed=1&suppress=1`);
  await expect(page.getByTestId('embedded-view')).toBeVisible();
  await expect(table(page).locator('text[data-row]').first()).toBeVisible();
  expect((await counts(page)).filter(smallCount)).toEqual([]);
  await expect(panel(page).getByTestId('km-legend')).not.toContainText(/n = [1-4]\b/);
});

test('the forest plot marks § the rows that rest on a small group', async ({ page }) => {
  const engine = demoEngine();
  const columns = engine.run({ kind: 'columns' });
  const k = 8;
  const plan = forestPlan({ ...DEFAULT_VIEW, endpoint: 'pfs' }, columns);
  const uni = engine.run(plan.univariable);
  const flagged = uni.rows.filter((r) => r.smallestGroup != null && r.smallestGroup < k);
  expect(flagged.length).toBeGreaterThan(0);
  await page.goto(`/?tab=forest&mincell=${k}`);
  const forest: Locator = page.getByTestId('forest-plot').first();
  await expect(forest.locator('.forest-row').first()).toBeVisible();
  await expect(forest.locator('.forest-row[data-label$=" §"]')).toHaveCount(flagged.length);
  await expect(forest.getByTestId('forest-small-note')).toContainText(`fewer than ${k} patients`);
});
