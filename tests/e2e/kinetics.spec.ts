import { mkdirSync, readFileSync } from 'node:fs';
import { test, expect, type Frame, type Locator, type Page } from '@playwright/test';
import type { KineticsComparison, KineticsRequest } from '../../src/lib/engine/types';
import { formatMedian, formatP, formatPercentCI, pPhrase } from '../../src/lib/layout/format';
import { formatMeasure } from '../../src/lib/layout/format-measure';
import { demoEngine } from './engine-in-node';

// The CAR-T kinetics and Safety tabs against the built app: reached in one click, the numbers
// on screen are the engine's (run here in Node on the same cohort), the test and AUC choices
// change them and the URL, a link reopens the view, every chart and table exports, and the
// layout fits a phone, an iframe and a desktop. Screenshots go to test-results/screens/.
const SCREENS = 'test-results/screens';
mkdirSync(SCREENS, { recursive: true });
const engine = demoEngine();

/** The kinetics request on screen: the panels say which groups, test and AUC rule they show. */
async function shown(panels: Locator, r: Omit<KineticsRequest, 'kind'>): Promise<void> {
  await expect(panels).toHaveAttribute(
    'data-view',
    `${r.groupBy ?? ''}|${r.test ?? 'rank'}|${r.auc ?? 'linear'}`,
  );
}

/** The table's medians (IQR) and each measurement's test and p, as the screen formats them. */
function expectedTable(result: KineticsComparison, ids: string[]) {
  const metrics = result.metrics.filter((m) => ids.includes(m.id));
  return {
    medians: metrics.flatMap((m) =>
      m.groups.map(
        (q) =>
          `${formatMeasure(q.median, m.unit)} (${formatMeasure(q.q1, m.unit)}–${formatMeasure(q.q3, m.unit)})`,
      ),
    ),
    tests: metrics.map((m) => (m.test ? `${m.test.short} ${formatP(m.test.p)}` : (m.note ?? ''))),
    labels: metrics.map((m) => (m.test ? `${m.test.short} ${pPhrase(m.test.p)}` : null)),
  };
}

async function expectNumbers(panels: Locator, result: KineticsComparison, ids: string[]) {
  const e = expectedTable(result, ids);
  await expect(panels.locator('td.median')).toHaveText(e.medians);
  const firstRows = panels.locator('tbody tr:nth-child(2) td.p');
  await expect(firstRows).toHaveText(e.tests.map((t) => new RegExp(t.replace(/[.()]/g, '\\$&'))));
  const labels = e.labels.filter((l): l is string => l !== null);
  await expect(panels.getByTestId('dot-box-test')).toHaveText(labels);
}

const ALL = ['cmax', 'tmax', 'auc28', 'aucLast', 'persistence'];
const SAFETY = ['cmax', 'auc28', 'aucLast', 'persistence'];

test('the CAR-T kinetics and Safety tabs are each reached in one click', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('survival-panel')).toBeVisible();
  await page.getByTestId('kinetics-tab').click();
  await expect(page.getByTestId('kinetics-view')).toBeVisible();
  await expect(page.getByTestId('transgene-chart')).toBeVisible();
  expect(page.url()).toContain('tab=kinetics');
  await page.getByTestId('safety-tab').click();
  await expect(page.getByTestId('safety-view')).toBeVisible();
  await expect(page.getByTestId('crs-table')).toBeVisible();
  expect(page.url()).toContain('tab=safety');
});

test('the kinetics tab shows the numbers the engine computes for the chosen groups', async ({
  page,
}) => {
  await page.goto('/?tab=kinetics');
  const panels = page.getByTestId('kinetics-panels');
  await shown(panels, { groupBy: null });
  await page.locator('[data-testid="stratifier-picker"] button[data-column="crs_high"]').click();
  await shown(panels, { groupBy: 'crs_high' });
  const expected = engine.run({ kind: 'kinetics', groupBy: 'crs_high' });
  await expectNumbers(panels, expected, ALL);
  await expect(page.getByTestId('kinetics-method')).toContainText(
    `n used ${expected.nUsed} of ${expected.nTotal}`,
  );
  await expect(page.getByTestId('kinetics-method')).toContainText('linear trapezoid');
  await expect(page.getByTestId('transgene-chart')).toContainText('CRS grade ≥ 2 (n = 18)');
  await expect(page.getByTestId('kinetics-post-baseline')).toContainText('known only after');
});

test('switching the test or the AUC method changes the numbers and the URL', async ({ page }) => {
  await page.goto('/?tab=kinetics&by=mrd_group');
  const panels = page.getByTestId('kinetics-panels');
  await shown(panels, { groupBy: 'mrd_group' });
  await expectNumbers(panels, engine.run({ kind: 'kinetics', groupBy: 'mrd_group' }), ALL);
  await expect(panels.getByTestId('dot-box-test').first()).toContainText('Kruskal–Wallis');

  await page.getByTestId('kinetics-test').selectOption('welch');
  await shown(panels, { groupBy: 'mrd_group', test: 'welch' });
  await expect(page).toHaveURL(/pktest=welch/);
  const welch = engine.run({ kind: 'kinetics', groupBy: 'mrd_group', test: 'welch' });
  await expectNumbers(panels, welch, ALL);
  await expect(panels.getByTestId('dot-box-test').first()).toContainText("Welch's ANOVA");

  await page.getByTestId('auc-method').selectOption('lin-up-log-down');
  await shown(panels, { groupBy: 'mrd_group', test: 'welch', auc: 'lin-up-log-down' });
  await expect(page).toHaveURL(/auc=lin-up-log-down/);
  const logDown = engine.run({
    kind: 'kinetics',
    groupBy: 'mrd_group',
    test: 'welch',
    auc: 'lin-up-log-down',
  });
  await expectNumbers(panels, logDown, ALL);
  const auc28 = (r: KineticsComparison) => r.metrics.find((m) => m.id === 'auc28')!.groups[0];
  expect(auc28(logDown).median).not.toBe(auc28(welch).median);
  await expect(page.getByTestId('kinetics-method')).toContainText('linear-up/log-down');
});

test('the kinetics view reopens from its URL with the same groups, test, AUC rule and numbers', async ({
  page,
}) => {
  await page.goto(
    '/?tab=kinetics&by=mrd_group&drop=died_mrd_neg,lost_neg&pktest=welch&auc=lin-up-log-down',
  );
  const panels = page.getByTestId('kinetics-panels');
  await shown(panels, { groupBy: 'mrd_group', test: 'welch', auc: 'lin-up-log-down' });
  await expect(page.getByTestId('kinetics-test')).toHaveValue('welch');
  await expect(page.getByTestId('auc-method')).toHaveValue('lin-up-log-down');
  await expect(
    page.getByTestId('groups-compared').locator('input[data-value="lost_neg"]'),
  ).not.toBeChecked();
  const expected = engine.run({
    kind: 'kinetics',
    groupBy: 'mrd_group',
    exclude: ['died_mrd_neg', 'lost_neg'],
    test: 'welch',
    auc: 'lin-up-log-down',
  });
  expect(expected.groups).toHaveLength(2);
  await expectNumbers(panels, expected, ALL);
  await expect(panels.getByTestId('dot-box-test').first()).toContainText("Welch's t");
});

test('the safety tab shows the CRS table, ADA positivity and survival by ADA status as the engine computes them', async ({
  page,
}) => {
  await page.goto('/?tab=safety');
  const safety = engine.run({ kind: 'safety' });
  const crs = safety.crs!;
  await expect(page.getByTestId('crs-table').locator('td.count')).toHaveText(
    [...crs.grades, ...crs.groups].map((r) => `${r.n}/${r.total}`),
  );
  await expect(page.getByTestId('crs-table').locator('td.percent')).toHaveText(
    [...crs.grades, ...crs.groups].map((r) => formatPercentCI(r.proportion, r.lower, r.upper)),
  );
  const ada = safety.ada!;
  await expect(page.getByTestId('ada-crude')).toContainText(`${ada.crude.n}/${ada.crude.total}`);
  await expect(page.getByTestId('ada-table').locator('td.cumulative')).toHaveText(
    ada.at.map((a) => formatPercentCI(a.cumulative, a.lower, a.upper)),
  );
  await expect(page.getByTestId('ada-caveats')).toContainText('tested throughout follow-up');

  const survival = engine.run({ kind: 'survival', endpoint: 'pfs', stratifier: 'ada_post_pos' });
  const panel = page.getByTestId('facet-survival');
  await expect(panel.locator('td.median')).toHaveText(
    survival.groups.map((g) => formatMedian(g.median, g.medianLower, g.medianUpper)),
  );
  await expect(page.getByTestId('post-baseline-note')).toContainText('Anti-drug antibodies');

  for (const [name, groupBy] of [
    ['crs', 'crs_high'],
    ['ada', 'ada_post_pos'],
  ] as const) {
    const panels = page.getByTestId(`${name}-panels`);
    await shown(panels, { groupBy });
    await expectNumbers(panels, engine.run({ kind: 'kinetics', groupBy }), SAFETY);
  }
  await page.getByTestId('kinetics-test').selectOption('welch');
  await expect(page).toHaveURL(/tab=safety.*pktest=welch/);
  await shown(page.getByTestId('ada-panels'), { groupBy: 'ada_post_pos', test: 'welch' });
  await expectNumbers(
    page.getByTestId('ada-panels'),
    engine.run({ kind: 'kinetics', groupBy: 'ada_post_pos', test: 'welch' }),
    SAFETY,
  );
});

async function save(page: Page, buttons: Locator, id: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    buttons.locator(`[data-export="${id}"]`).click(),
  ]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

test('every chart and table of the kinetics tab exports a file marked simulated', async ({
  page,
}) => {
  await page.goto('/?tab=kinetics&by=crs_high');
  await shown(page.getByTestId('kinetics-panels'), { groupBy: 'crs_high' });
  const transgene = page.getByTestId('transgene-panel').getByTestId('export-buttons');
  const svg = await save(page, transgene, 'svg');
  expect(svg.name).toMatch(
    /^car-t-transgene-in-blood-over-time-by-crs-grade-ge-2-simulated-data\.svg$/,
  );
  expect(svg.text).toContain("Simulated data — not the study's patients");
  expect(svg.text).toContain('BLQ');
  expect(svg.text).toMatch(/56 of 56 patients, \d+ samples\./);
  const png = await save(page, transgene, 'png-2x');
  expect(png.name).toMatch(/-2x\.png$/);
  const samples = await save(page, transgene, 'csv-samples');
  expect(samples.text.split('\r\n')[0]).toBe(
    'dataset,view,series,group,day,copies_per_ug,below_lloq,n',
  );
  expect(samples.text).toContain('Simulated');

  const dotBox = page.getByTestId('dot-box-panel').first().getByTestId('export-buttons');
  const cmax = await save(page, dotBox, 'svg');
  expect(cmax.name).toBe('peak-expansion-cmax-by-crs-grade-ge-2-simulated-data.svg');
  expect(cmax.text).toContain('Mann–Whitney p = ');
  expect(cmax.text).toMatch(/n used 56 of 56\. Mann–Whitney U test/);
  const print = await save(page, dotBox, 'png-print');
  expect(print.name).toMatch(/-180mm-300dpi\.png$/);

  const tables = page.getByTestId('kinetics-panels').getByTestId('export-buttons').last();
  const summary = await save(page, tables, 'csv-table');
  const lines = summary.text.trim().split('\r\n');
  expect(lines).toHaveLength(1 + 5 * 2);
  expect(lines[1]).toContain('Mann–Whitney U test');
  const patients = await save(page, tables, 'csv-patients');
  expect(patients.text.trim().split('\r\n')).toHaveLength(57);
});

// Its own page: with a dozen downloads from one page, headless Chromium sometimes dropped the
// later ones (the link was clicked, no download followed).
test('every chart and table of the safety tab exports a file marked simulated', async ({
  page,
}) => {
  await page.goto('/?tab=safety');
  // Every panel in, so nothing above the buttons moves while they are clicked.
  await shown(page.getByTestId('ada-panels'), { groupBy: 'ada_post_pos' });
  await expect(page.getByTestId('facet-survival').locator('td.hr').nth(1)).not.toHaveText(
    'computing…',
  );
  const crs = page.getByTestId('crs-panel').getByTestId('export-buttons');
  const crsCsv = await save(page, crs, 'csv-table');
  expect(crsCsv.text).toContain('Any CRS (grade ≥ 1),1 2 3,52,56,');
  const crsSvg = await save(page, crs, 'svg');
  expect(crsSvg.text).toContain('exact (Clopper–Pearson) 95% CI');
  const ada = page.getByTestId('ada-panel').getByTestId('export-buttons');
  const adaSvg = await save(page, ada, 'svg');
  expect(adaSvg.text).toContain('Number at risk');
  expect(adaSvg.text).toContain('censored at the last follow-up');
  const adaTable = await save(page, ada, 'csv-table');
  expect(adaTable.text).toContain('crude: ever ADA-positive after infusion,,9,56,');
  const adaCsv = await save(page, ada, 'csv-steps');
  expect(adaCsv.text.split('\r\n')[0]).toContain('cumulative_ada_positive');
});

/** Nothing scrolls sideways, and every chart of the view fits the width. */
async function fitsWidth(root: Page | Frame, width: number, charts: string): Promise<void> {
  const { scrollWidth, clientWidth } = (await root.evaluate(
    '({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth })',
  )) as { scrollWidth: number; clientWidth: number };
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  const boxes = await root.locator(`${charts} svg[role="img"]`).evaluateAll((svgs) =>
    svgs.map((s) => {
      const r = s.getBoundingClientRect();
      return { left: r.left, right: r.right };
    }),
  );
  expect(boxes.length).toBeGreaterThan(0);
  for (const b of boxes) {
    expect(b.left).toBeGreaterThanOrEqual(0);
    expect(b.right).toBeLessThanOrEqual(width + 0.5);
  }
}

test('on a 390 px phone both tabs fit the width, and each tab is one tap away', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?by=crs_high');
  await page.getByTestId('kinetics-tab').click();
  await shown(page.getByTestId('kinetics-panels'), { groupBy: 'crs_high' });
  await fitsWidth(page, 390, '[data-testid="kinetics-view"]');
  await page.screenshot({ path: `${SCREENS}/kinetics-phone-390.png`, fullPage: true });
  await page.getByTestId('safety-tab').click();
  await shown(page.getByTestId('ada-panels'), { groupBy: 'ada_post_pos' });
  await fitsWidth(page, 390, '[data-testid="safety-view"]');
  await page.screenshot({ path: `${SCREENS}/safety-phone-390.png`, fullPage: true });
});

test('in an 800 × 600 iframe the kinetics tab fits the width', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 900, height: 700 });
  await page.setContent(
    `<iframe src="${baseURL}/?tab=kinetics&by=ada_post_pos" width="800" height="600" style="border:0" title="explorer"></iframe>`,
  );
  const frame = page.frames().find((f) => f !== page.mainFrame())!;
  await shown(frame.getByTestId('kinetics-panels'), { groupBy: 'ada_post_pos' });
  await fitsWidth(frame, 800, '[data-testid="kinetics-view"]');
  await page.screenshot({ path: `${SCREENS}/kinetics-iframe-800x600.png` });
});

test('on a 1440 px desktop the kinetics charts use the width beside the controls', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/?tab=kinetics&by=mrd_group');
  await shown(page.getByTestId('kinetics-panels'), { groupBy: 'mrd_group' });
  await fitsWidth(page, 1440, '[data-testid="kinetics-view"]');
  const chart = (await page.getByTestId('transgene-chart').locator('svg').boundingBox())!;
  expect(chart.width).toBeGreaterThan(900);
  await page.screenshot({ path: `${SCREENS}/kinetics-desktop-1440.png`, fullPage: true });
  await page.getByTestId('safety-tab').click();
  await shown(page.getByTestId('ada-panels'), { groupBy: 'ada_post_pos' });
  await fitsWidth(page, 1440, '[data-testid="safety-view"]');
  await page.screenshot({ path: `${SCREENS}/safety-desktop-1440.png`, fullPage: true });
});
