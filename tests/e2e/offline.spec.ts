import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { test, expect, type Page } from '@playwright/test';
import { formatMedian } from '../../src/lib/layout/format';
import { demoEngine } from './engine-in-node';

// The offline file (`npm run build:offline`, which `npm test` runs before these tests) copied
// alone to an empty folder and opened from file://, with the network cut off.
const OFFLINE = 'dist-offline/cart-outcomes-explorer.html';
const LIMIT_BYTES = 1.5e6;
const CURVE = '[data-testid="km-chart"] path.km-step';
/** Addresses that need no network: the page itself, the inlined cohort, the Blob URL worker. */
const LOCAL = /^(file|data|blob):/;
/** What Vite's inlined worker runs first: it revokes the Blob URL it was started from. */
const INLINE_WORKER = /revokeObjectURL\((self\.location\.href|import\.meta\.url)\)/;

let folder = '';

test.beforeAll(() => {
  if (!existsSync(OFFLINE)) throw new Error(`${OFFLINE} is missing: run npm run build:offline`);
  folder = mkdtempSync(join(tmpdir(), 'cart-offline-'));
  copyFileSync(OFFLINE, join(folder, 'cart-outcomes-explorer.html'));
});

test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

/**
 * Opens the copied file with every request to the network aborted and recorded; a MutationObserver
 * notes performance.now() (milliseconds since navigation started) when the first curve appears.
 * In Chromium page.route sees the file:// page itself (aborting it would abort the test) and the
 * worker's requests, but not the data: cohort or the blob: worker; all three are let through.
 */
async function openOffline(page: Page, query = ''): Promise<string[]> {
  const network: string[] = [];
  page.on('request', (request) => {
    if (!LOCAL.test(request.url())) network.push(request.url());
  });
  await page.route('**/*', (route) =>
    LOCAL.test(route.request().url()) ? route.continue() : route.abort('internetdisconnected'),
  );
  // Page source text: the test files are compiled without the DOM library.
  await page.addInitScript(`
    new MutationObserver((_, observer) => {
      if (document.querySelector('${CURVE}')) {
        window.__firstCurveMs = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  `);
  await page.goto(pathToFileURL(join(folder, 'cart-outcomes-explorer.html')).href + query);
  return network;
}

test('the offline file is one file of at most 1.5 MB; the hosted build keeps its worker file', () => {
  expect(readdirSync('dist-offline')).toEqual(['cart-outcomes-explorer.html']);
  const html = readFileSync(OFFLINE);
  console.log(
    `offline file: ${(html.length / 1e3).toFixed(1)} kB, gzip ${(gzipSync(html).length / 1e3).toFixed(1)} kB`,
  );
  expect(html.length).toBeLessThanOrEqual(LIMIT_BYTES);
  const text = html.toString('utf8');
  // Nothing to fetch: no script or stylesheet by address, no source map, the worker inlined.
  expect(text).not.toMatch(/<script[^>]*\ssrc=|<link[^>]*rel="(stylesheet|modulepreload)"/);
  expect(text).not.toContain('sourceMappingURL');
  expect(text).toMatch(INLINE_WORKER);
  // The hosted build starts its worker from its own file and inlines neither worker nor cohort.
  const assets = readdirSync('dist/assets');
  expect(assets.some((f) => /^engine\.worker-.*\.js$/.test(f))).toBe(true);
  for (const f of assets.filter((f) => /^index-.*\.js$/.test(f))) {
    const js = readFileSync(join('dist/assets', f), 'utf8');
    expect(js).not.toMatch(INLINE_WORKER);
    expect(js).not.toContain('data:application/octet-stream;base64');
  }
});

test('opened from a folder with no network, the offline file shows the simulated cohort’s curves', async ({
  page,
}) => {
  const engine = demoEngine();
  const network = await openOffline(page);

  await expect(page.getByTestId('simulated-banner')).toContainText('Simulated data');
  await expect(page.getByTestId('not-started')).toHaveCount(0);
  await expect(page.getByTestId('dataset-label')).toContainText('56 patients');
  await expect(page.locator(CURVE).first()).toBeVisible();
  const firstCurveMs = (await page.evaluate('window.__firstCurveMs')) as number;
  console.log(
    `offline file from file://: first Kaplan–Meier curve ${firstCurveMs.toFixed(0)} ms after navigation`,
  );

  // The same numbers as the hosted build: the engine run in Node on public/data/demo-cohort.arrow.
  const medians = (stratifier: string | null) =>
    engine
      .run({ kind: 'survival', endpoint: 'pfs', stratifier })
      .groups.map((g) => formatMedian(g.median, g.medianLower, g.medianUpper));
  const panel = page.getByTestId('survival-panel');
  await expect(panel).toHaveAttribute('data-view', 'pfs||');
  await expect(panel.locator('td.median')).toHaveText(medians(null));

  await page
    .locator('[data-testid="stratifier-picker"] button[data-column="triple_refractory"]')
    .click();
  await expect(panel).toHaveAttribute('data-view', 'pfs|triple_refractory|');
  await expect(panel.locator('td.median')).toHaveText(medians('triple_refractory'));
  await expect(page.locator(CURVE)).toHaveCount(2);

  expect(network).toEqual([]);
});

test('opened from a folder with no network, the offline file loads the user’s own file', async ({
  page,
}) => {
  const network = await openOffline(page);
  await expect(page.locator(CURVE).first()).toBeVisible();

  await page.getByTestId('file-input').setInputFiles('tests/fixtures/good/cohort.csv');
  await expect(page.getByTestId('dataset-label')).toContainText('cohort.csv');
  await expect(page.getByTestId('dataset-label')).toContainText('6 patients');
  await expect(page.getByTestId('load-errors')).toHaveCount(0);
  await expect(page.locator(CURVE).first()).toBeVisible();

  expect(network).toEqual([]);
});

test('opened from a folder with a copied view in its address, the offline file shows that view and exports it', async ({
  page,
}) => {
  const network = await openOffline(page, '?endpoint=os&by=mrd_group&ref=sustained_neg');
  const panel = page.getByTestId('survival-panel');
  await expect(panel).toHaveAttribute('data-view', 'os|mrd_group|');
  const expected = demoEngine().run({
    kind: 'survival',
    endpoint: 'os',
    stratifier: 'mrd_group',
    reference: 'sustained_neg',
  });
  await expect(panel.locator('td.median')).toHaveText(
    expected.groups.map((g) => formatMedian(g.median, g.medianLower, g.medianUpper)),
  );
  await expect(panel.locator('td.hr').nth(1)).not.toHaveText('computing…');
  for (const id of ['svg', 'png-2x', 'png-print', 'csv-table', 'csv-steps', 'r-script']) {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByTestId('export-buttons').locator(`[data-export="${id}"]`).click(),
    ]);
    const bytes = readFileSync((await file.path())!);
    expect(bytes.length, id).toBeGreaterThan(100);
    // The R script is named after the view; every other file says the data are simulated.
    if (id !== 'r-script') expect(file.suggestedFilename(), id).toContain('simulated-data');
    else expect(bytes.toString('utf8')).toContain('SIMULATED DATA');
  }
  expect(network).toEqual([]);
});
