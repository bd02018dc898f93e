import { mkdirSync, readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { cumincTableRows, grayTestText } from '../../src/lib/layout/cuminc-table';
import { cumincPlan } from '../../src/lib/state/cuminc-plan';
import { mrdPlan } from '../../src/lib/state/mrd-plan';
import { DEFAULT_VIEW } from '../../src/lib/state/view-params';
import { demoEngine } from './engine-in-node';

// The MRD tab's competing-risks section on the simulated cohort: cumulative incidence of MRD loss
// with death while MRD-negative a competing event (Aalen–Johansen, Gray's test), beside the
// paper's 1 − Kaplan–Meier. Every number on screen is the engine's, run here in Node.
const SCREENS = 'test-results/screens';
mkdirSync(SCREENS, { recursive: true });

const engine = demoEngine();
const columns = engine.run({ kind: 'columns' });
const cumincOf = (stratifier: string | null) =>
  engine.run(
    cumincPlan(
      mrdPlan({ ...DEFAULT_VIEW, exclude: [], stratifier, swimmerSort: 'progression' }, columns)
        .negativity,
    )!,
  );
const panel = (page: Page) => page.getByTestId('cuminc-panel');
const cells = (page: Page) => panel(page).locator('[data-testid="cuminc-table"] tbody tr');

async function expectEngineNumbers(page: Page, stratifier: string | null): Promise<void> {
  const result = cumincOf(stratifier);
  const rows = cumincTableRows(result);
  await expect(cells(page)).toHaveCount(rows.length);
  await expect(cells(page)).toHaveText(
    rows.map(
      (r) =>
        new RegExp(
          [`${r.group} (n = ${r.n})`, r.outcome, r.events, ...r.cells].map(escape).join('\\s*'),
        ),
    ),
  );
  await expect(panel(page).getByTestId('cuminc-method')).toContainText(
    `n used ${result.nUsed} of ${result.nTotal}`,
  );
  if (result.tests.length > 0) {
    await expect(panel(page).getByTestId('gray-tests').locator('li')).toHaveText(
      grayTestText(result),
    );
  } else await expect(panel(page).getByTestId('gray-tests')).toHaveCount(0);
}
const escape = (v: string | number) => String(v).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('the cumulative incidence of MRD loss, death competing, shows the engine’s numbers, named and labelled', async ({
  page,
}) => {
  await page.goto('/?tab=mrd');
  await expect(page.getByTestId('km-estimand')).toContainText(
    '1 − Kaplan–Meier (death censored, as the paper)',
  );
  await expect(page.getByTestId('cuminc-estimand')).toContainText(
    'cumulative incidence (death = competing event)',
  );
  await expectEngineNumbers(page, null);
  await expect(panel(page).locator('svg')).toContainText('death = competing event');
  await expect(panel(page).locator('svg')).toContainText('Died while MRD-negative');
  await page
    .locator('[data-testid="stratifier-picker"] button[data-column="car_persist_ge6"]')
    .click();
  await expectEngineNumbers(page, 'car_persist_ge6');
  await expect(panel(page).getByTestId('gray-tests')).toContainText(
    'Gray’s test, lost MRD negativity',
  );
});

test('the cumulative incidence exports as a captioned SVG marked simulated, a PNG and a CSV', async ({
  page,
}) => {
  await page.goto('/?tab=mrd&by=cr_by_m3');
  const result = cumincOf('cr_by_m3');
  await expect(cells(page)).toHaveCount(cumincTableRows(result).length);
  const exports = panel(page).getByTestId('export-buttons');
  const save = async (id: string) => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      exports.locator(`[data-export="${id}"]`).click(),
    ]);
    return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
  };
  const svg = (await save('svg')).bytes.toString('utf8');
  expect(svg).toContain("Simulated data — not the study's patients");
  expect(svg).toContain(`n used ${result.nUsed} of ${result.nTotal}.`);
  expect(svg).toContain('Aalen–Johansen');
  const png = await save('png-2x');
  expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
  const csv = (await save('csv')).bytes.toString('utf8').trim().split('\r\n');
  expect(csv[0]).toContain('cif_24_se');
  expect(csv).toHaveLength(1 + result.groups.length * result.causes.length);
  expect(csv[1]).toContain('Simulated');
});

test('the competing-risks section fits a 390 px phone, an 800 × 600 embed and a 1440 px desktop', async ({
  page,
}) => {
  for (const [width, height, url] of [
    [390, 844, '/?tab=mrd&by=car_persist_ge6'],
    [800, 600, '/?tab=mrd&by=car_persist_ge6&embed=1'],
    [1440, 900, '/?tab=mrd&by=car_persist_ge6'],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto(url);
    await expect(cells(page)).toHaveCount(cumincTableRows(cumincOf('car_persist_ge6')).length);
    const { scrollWidth, clientWidth } = (await page.evaluate(
      '({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth })',
    )) as { scrollWidth: number; clientWidth: number };
    expect(scrollWidth, `page width at ${width}`).toBeLessThanOrEqual(clientWidth);
    const svg = (await panel(page).locator('svg').boundingBox())!;
    expect(svg.x + svg.width, `chart at ${width}`).toBeLessThanOrEqual(width + 0.5);
    await page.getByTestId('mrd-cuminc-section').scrollIntoViewIfNeeded();
    await page
      .getByTestId('mrd-cuminc-section')
      .screenshot({ path: `${SCREENS}/cuminc-${width}.png` });
  }
});
