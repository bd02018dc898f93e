import { mkdirSync, readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { formatMedian } from '../../src/lib/layout/format';
import { kmFigure } from '../../src/lib/layout/km-figure';
import { mrdPlan } from '../../src/lib/state/mrd-plan';
import { DEFAULT_VIEW } from '../../src/lib/state/view-params';
import { demoEngine } from './engine-in-node';

// The MRD dynamics tab on the simulated cohort: the swimmer plot (Fig. 4), PFS by MRD group linked
// to it (Fig. 5A), and the probability of remaining MRD-negative (Fig. 5E–H).
const SCREENS = 'test-results/screens';
mkdirSync(SCREENS, { recursive: true });

const engine = demoEngine();
const columns = engine.run({ kind: 'columns' });
const negativityOf = (stratifier: string | null) =>
  engine.run(
    mrdPlan({ ...DEFAULT_VIEW, exclude: [], stratifier, swimmerSort: 'progression' }, columns)
      .negativity!,
  );

const rows = (page: Page) => page.locator('[data-testid="swimmer-chart"] [data-patient]');
const selected = (page: Page) =>
  page.locator('[data-testid="swimmer-chart"] [data-patient][aria-selected="true"]');
const linked = (page: Page) => page.getByTestId('mrd-linked-panel');

test('the MRD tab is one click away and shows every patient, grouped by MRD group as the engine counts them', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByTestId('mrd-tab').click();
  await expect(rows(page)).toHaveCount(56);
  const swimmer = engine.run({ kind: 'swimmer' });
  await expect(page.getByTestId('swimmer-group')).toHaveText(
    swimmer.groups.map((g) => `${g.label} (n = ${g.n})`),
  );
  await expect(rows(page).first()).toHaveAttribute('data-patient', swimmer.rows[0].patientId);
  await expect(page.getByTestId('swimmer-method')).toContainText('n shown 56 of 56');
  await expect(page).toHaveURL(/[?&]tab=mrd/);
});

test('pointing at a swimmer row marks that patient on their group’s curve; the keyboard does too', async ({
  page,
}) => {
  await page.goto('/?tab=mrd');
  const swimmer = engine.run({ kind: 'swimmer' });
  const progressed = swimmer.rows.findIndex((r) => r.progression !== null);
  const patient = swimmer.rows[progressed];
  await rows(page).nth(progressed).hover();
  const mark = linked(page).getByTestId('km-highlight');
  await expect(mark).toHaveCount(1);
  await expect(mark).toHaveAttribute('data-event', '1');
  await expect(mark).toContainText(patient.patientId);
  await expect(selected(page)).toHaveAttribute('data-patient', patient.patientId);
  await expect(page.getByTestId('swimmer-readout')).toContainText(
    `Progression at month ${patient.progression!.toFixed(1)}`,
  );
  await page.mouse.move(0, 0);
  await expect(mark).toHaveCount(0);

  // Keyboard: one tab stop for the rows, arrow keys move, each row says its course in words.
  const first = rows(page).first();
  await first.focus();
  await expect(first).toHaveAttribute('aria-label', new RegExp(`^${swimmer.rows[0].patientId}, `));
  await page.keyboard.press('ArrowDown');
  await expect(rows(page).nth(1)).toBeFocused();
  await expect(mark).toContainText(swimmer.rows[1].patientId);
  await expect(mark).toHaveAttribute('data-event', swimmer.rows[1].pfs.event ? '1' : '0');
  await expect(
    page.locator('[data-testid="swimmer-chart"] [data-patient][tabindex="0"]'),
  ).toHaveCount(1);
});

test('pointing at a step of the PFS curve highlights the patients whose event is at that time', async ({
  page,
}) => {
  await page.goto('/?tab=mrd');
  await expect(rows(page)).toHaveCount(56);
  const swimmer = engine.run({ kind: 'swimmer' });
  const km = engine.run({ kind: 'survival', endpoint: 'pfs', stratifier: 'mrd_group' });
  // A progression time no other patient's PFS shares, away from its neighbours.
  const times = swimmer.rows.map((r) => r.pfs.time).sort((a, b) => a - b);
  const patient = swimmer.rows.find((r) => {
    const t = r.pfs.time;
    return r.pfs.event && times.every((u) => u === t || Math.abs(u - t) > 1);
  })!;
  const svg = linked(page).locator('[data-testid="km-chart"] svg[role="img"]');
  await svg.scrollIntoViewIfNeeded();
  const box = (await svg.boundingBox())!;
  const width = Number(await svg.getAttribute('width'));
  const figure = kmFigure({
    width,
    title: km.title,
    curves: km.groups,
    xLabel: km.timeAxis,
    showEvents: false,
    simulated: true,
    testLabel: null,
  });
  const { x, plot } = figure.scales;
  await page.mouse.move(box.x + x(patient.pfs.time) + 1, box.y + plot.y + plot.height / 2);
  await expect(selected(page)).toHaveCount(1);
  await expect(selected(page)).toHaveAttribute('data-patient', patient.patientId);
  await expect(page.getByTestId('swimmer-readout')).toContainText(patient.patientId);
});

test('the probability of remaining MRD-negative shows the engine’s medians, with the competing-risk caveat', async ({
  page,
}) => {
  await page.goto('/?tab=mrd');
  const panel = page.getByTestId('mrd-negativity-panel');
  const all = negativityOf(null);
  await expect(panel.locator('td.median')).toHaveText(
    all.groups.map((g) => formatMedian(g.median, g.medianLower, g.medianUpper)),
  );
  await expect(panel).toContainText(`All ${all.nUsed} patients who became MRD-negative`);
  await expect(panel.getByTestId('competing-risk-note')).toContainText(
    '4 patients here) is counted as censored',
  );
  await page
    .locator('[data-testid="stratifier-picker"] button[data-column="car_persist_ge6"]')
    .click();
  const byPersistence = negativityOf('car_persist_ge6');
  await expect(panel.locator('td.median')).toHaveText(
    byPersistence.groups.map((g) => formatMedian(g.median, g.medianLower, g.medianUpper)),
  );
  await expect(panel.locator('th', { hasText: '24 mo' })).toHaveCount(1);
});

test('the MRD view reopens from its URL: order, stratifier and numbers', async ({
  page,
  context,
}) => {
  await page.goto('/?tab=mrd');
  await expect(rows(page)).toHaveCount(56);
  await page.getByTestId('swimmer-sort').selectOption('negativity');
  await page.locator('[data-testid="stratifier-picker"] button[data-column="cr_by_m3"]').click();
  await expect(page).toHaveURL(/swimmer=negativity/);
  await expect(page).toHaveURL(/by=cr_by_m3/);
  const sorted = engine.run({ kind: 'swimmer', sort: 'negativity' });
  await expect(rows(page).first()).toHaveAttribute('data-patient', sorted.rows[0].patientId);
  // The engine's medians for the new groups: waited for (the panel redraws after the click).
  const medians = negativityOf('cr_by_m3').groups.map((g) =>
    formatMedian(g.median, g.medianLower, g.medianUpper),
  );
  await expect(page.getByTestId('mrd-negativity-panel').locator('td.median')).toHaveText(medians);

  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByTestId('swimmer-sort')).toHaveValue('negativity');
  await expect(rows(other).first()).toHaveAttribute('data-patient', sorted.rows[0].patientId);
  await expect(other.getByTestId('mrd-negativity-panel').locator('td.median')).toHaveText(medians);
});

test('the swimmer exports as a captioned SVG marked simulated, a PNG and a CSV of its rows', async ({
  page,
}) => {
  await page.goto('/?tab=mrd');
  await expect(rows(page)).toHaveCount(56);
  const exports = page.getByTestId('swimmer-panel').getByTestId('export-buttons');
  const save = async (id: string) => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      exports.locator(`[data-export="${id}"]`).click(),
    ]);
    return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
  };
  const svg = await save('svg');
  expect(svg.name).toBe('mrd-status-over-time-by-mrd-group-simulated-data.svg');
  const text = svg.bytes.toString('utf8');
  expect(text).toContain("Simulated data — not the study's patients");
  expect(text).toContain('n shown 56 of 56.');
  expect(text).not.toMatch(/\sclass="/);
  const png = await save('png-2x');
  expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
  const csv = (await save('csv-table')).bytes.toString('utf8').trim().split('\r\n');
  expect(csv[0].startsWith('dataset,view,row,patient_id,mrd_group')).toBe(true);
  const swimmer = engine.run({ kind: 'swimmer' });
  expect(csv.length - 1).toBe(swimmer.rows.reduce((n, r) => n + r.segments.length, 0));
  expect(csv[1]).toContain('Simulated');
});

test('the MRD tab fits a 390 px phone and an 800 px frame, and puts the swimmer beside its curves at 1440 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?tab=mrd');
  await expect(rows(page)).toHaveCount(56);
  await expect(linked(page).getByTestId('km-chart')).toBeVisible();
  const { scrollWidth, clientWidth } = (await page.evaluate(
    '({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth })',
  )) as { scrollWidth: number; clientWidth: number };
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  for (const id of ['swimmer-chart', 'mrd-linked-panel', 'mrd-negativity-panel']) {
    const box = (await page.getByTestId(id).first().boundingBox())!;
    expect(box.x + box.width, id).toBeLessThanOrEqual(390.5);
  }
  await page.screenshot({ path: `${SCREENS}/mrd-phone-390.png`, fullPage: true });

  // An 800 × 600 frame (a journal's iframe): nothing scrolls sideways either.
  await page.setViewportSize({ width: 800, height: 600 });
  await expect(rows(page)).toHaveCount(56);
  const frame = (await page.evaluate(
    '({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth })',
  )) as { scrollWidth: number; clientWidth: number };
  expect(frame.scrollWidth).toBeLessThanOrEqual(frame.clientWidth);
  await page.screenshot({ path: `${SCREENS}/mrd-800x600.png` });

  await page.setViewportSize({ width: 1440, height: 900 });
  const swimmer = (await page.getByTestId('swimmer-chart').boundingBox())!;
  const chart = (await linked(page).getByTestId('km-chart').boundingBox())!;
  expect(chart.x).toBeGreaterThan(swimmer.x + swimmer.width - 1);
  expect(Math.abs(chart.y - swimmer.y)).toBeLessThan(200);
  await page.screenshot({ path: `${SCREENS}/mrd-desktop-1440.png`, fullPage: true });
});
