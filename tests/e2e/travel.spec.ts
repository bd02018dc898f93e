import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { formatMedian } from '../../src/lib/layout/format';
import { demoEngine } from './engine-in-node';
import { explorerLines, requireRscript, rValue, runRscript } from '../unit/export/run-rscript';

// Views that travel: the URL reopens a view, every export is a file, the embed fits an iframe.

async function choose(page: Page, column: string): Promise<void> {
  await page.locator(`[data-testid="stratifier-picker"] button[data-column="${column}"]`).click();
  await expect(page.getByTestId('survival-panel')).toHaveAttribute(
    'data-view',
    new RegExp(`\\|${column}\\|`),
  );
}

const numbers = (page: Page) =>
  page.getByTestId('survival-panel').getByTestId('numbers-table').locator('table');

test('a view chosen by clicks reopens from its copied link with the same numbers', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await page.locator('[data-endpoint="os"]').click();
  await choose(page, 'mrd_group');
  await page.getByTestId('reference-select').selectOption({ label: 'Sustained MRD-negative' });
  // Cumulative events in brackets belong to the classic at-risk table (KMunicate shows events).
  await page.getByTestId('toggle-kmunicate').uncheck();
  await page.getByText('Cumulative events').click();
  await expect(numbers(page).locator('tbody tr th').first()).toHaveText('Sustained MRD-negative');
  await expect(numbers(page).locator('td.hr').nth(1)).not.toHaveText('computing…');
  const table = await numbers(page).innerText();
  await page.getByTestId('copy-link').click();
  await expect(page.getByTestId('share-bar')).toContainText('Link copied');
  const link = (await page.evaluate('navigator.clipboard.readText()')) as string;
  expect(link).toContain('endpoint=os');
  expect(link).toContain('by=mrd_group');
  expect(link).toContain('risktable=classic');

  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByTestId('survival-panel')).toHaveAttribute('data-view', 'os|mrd_group|');
  await expect(numbers(other).locator('td.hr').nth(1)).not.toHaveText('computing…');
  expect(await numbers(other).innerText()).toBe(table);
  await expect(other.getByTestId('at-risk-table').first()).toContainText('cumulative events');
});

test('back and forward step through the views', async ({ page }) => {
  await page.goto('/');
  await choose(page, 'triple_refractory');
  await choose(page, 'high_risk_ca');
  await page.goBack();
  await expect(page.getByTestId('survival-panel')).toHaveAttribute(
    'data-view',
    'pfs|triple_refractory|',
  );
  await page.goForward();
  await expect(page.getByTestId('survival-panel')).toHaveAttribute(
    'data-view',
    'pfs|high_risk_ca|',
  );
});

test('unusable link parameters are named in a notice, never a blank page', async ({ page }) => {
  await page.goto('/?endpoint=xyz&by=no_such_column&colour=red&ties=breslow');
  await expect(page.getByTestId('survival-panel')).toHaveAttribute('data-view', 'pfs||');
  const notice = page.getByTestId('url-notice');
  await expect(notice).toContainText('endpoint=xyz');
  await expect(notice).toContainText('colour=red');
  await expect(notice).toContainText('by=no_such_column');
});

test('every export of the survival view is a file with what it says', async ({ page }) => {
  await page.goto('/');
  await choose(page, 'triple_refractory');
  await expect(page.locator('td.hr').nth(1)).not.toHaveText('computing…');
  const exports = page.getByTestId('survival-panel').getByTestId('export-buttons');
  const save = async (id: string) => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      exports.locator(`[data-export="${id}"]`).click(),
    ]);
    return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
  };

  const svg = await save('svg');
  expect(svg.name).toBe('pfs-by-triple-class-refractory-simulated-data.svg');
  const text = svg.bytes.toString('utf8');
  expect(text).toContain('Number at risk');
  expect(text).toContain("Simulated data — not the study's patients");
  expect(text).toMatch(/n used \d+ of 56\./);
  expect(text).not.toMatch(/\sclass="/);
  const width = Number(/<svg[^>]*\swidth="(\d+)"/.exec(text)![1]);

  const png2x = await save('png-2x');
  expect(png2x.bytes.subarray(1, 4).toString()).toBe('PNG');
  expect(png2x.bytes.readUInt32BE(16)).toBe(2 * width);

  const print = await save('png-print');
  expect(print.name).toMatch(/-180mm-300dpi\.png$/);
  expect(print.bytes.readUInt32BE(16)).toBe(2126);
  expect(print.bytes.includes(Buffer.from('pHYs'))).toBe(true);

  const csv = await save('csv-table');
  const lines = csv.bytes.toString('utf8').trim().split('\r\n');
  expect(lines[0].startsWith('dataset,view,group,n,events,median_months')).toBe(true);
  expect(lines).toHaveLength(3);
  const engine = demoEngine();
  const expected = engine.run({
    kind: 'survival',
    endpoint: 'pfs',
    stratifier: 'triple_refractory',
  });
  expect(lines[1]).toContain(`,${expected.groups[0].n},${expected.groups[0].events},`);
  expect(formatMedian(expected.groups[0].median)).not.toBe('');

  const steps = await save('csv-steps');
  expect(steps.bytes.toString('utf8').split('\r\n')[0]).toBe(
    'dataset,view,group,time,n_risk,n_event,n_censor,surv,std_err,lower,upper',
  );
});

test('the R script export, run in R, prints the numbers the screen shows', async ({ page }) => {
  requireRscript();
  await page.goto('/?endpoint=os&by=triple_refractory');
  await expect(page.getByTestId('survival-panel')).toHaveAttribute(
    'data-view',
    'os|triple_refractory|',
  );
  await expect(page.locator('td.hr').nth(1)).not.toHaveText('computing…');
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByTestId('survival-panel')
      .getByTestId('export-buttons')
      .locator('[data-export="r-script"]')
      .click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/\.R$/);
  const script = readFileSync((await file.path())!, 'utf8');
  expect(script).toContain('SIMULATED DATA');
  const dir = mkdtempSync(join(tmpdir(), 'cart-r-'));
  try {
    const out = await runRscript(dir, { fileName: file.suggestedFilename(), script, csv: null });
    const lines = explorerLines(out);
    const expected = demoEngine().run({
      kind: 'survival',
      endpoint: 'os',
      stratifier: 'triple_refractory',
    });
    const logrank = lines.find((l) => l.what === 'logrank')!;
    expect(rValue(logrank.fields[0])).toBeCloseTo(expected.logRank!.chisq, 9);
    const curves = lines.filter((l) => l.what === 'curve');
    expect(curves.map((c) => [Number(c.fields[1]), Number(c.fields[2])])).toEqual(
      expected.groups.map((g) => [g.n, g.events]),
    );
    // The screen shows these medians; R prints the same to 17 digits.
    curves.forEach((c, k) => {
      const m = rValue(c.fields[3]);
      const screen = expected.groups[k].median;
      if (screen === null) expect(m).toBeNull();
      else expect(m).toBeCloseTo(screen, 9);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the forest plot exports its figure and its rows', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('forest-tab').click();
  const exports = page.getByTestId('export-buttons').first();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    exports.locator('[data-export="csv-table"]').click(),
  ]);
  const csv = readFileSync((await file.path())!, 'utf8');
  expect(csv).toContain('triple_refractory');
  expect(csv).toContain('per year');
  expect(csv.split('\n')[0]).toContain('rescaled_hr');
  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    exports.locator('[data-export="svg"]').click(),
  ]);
  expect(readFileSync((await svg.path())!, 'utf8')).toContain('Simulated data');
});

test.describe('embedded in a journal page on another origin', () => {
  let host: Server;
  const APP = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173)}`;
  const HOST_PORT = Number(process.env.E2E_PORT ?? 4173) + 6;
  test.beforeAll(async () => {
    host = createServer((_req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(`<!doctype html><title>Journal</title><h1>Supplementary figure</h1>
        <iframe id="view" src="${APP}/?embed=1&by=triple_refractory"
          width="800" height="600" style="border:0"></iframe>
        <script>window.heights = []; addEventListener('message', (e) => {
          if (e.data && e.data.type === 'cart-explorer:height') window.heights.push(e.data.height);
        });</script>`);
    });
    await new Promise<void>((resolve) => host.listen(HOST_PORT, '127.0.0.1', resolve));
  });
  test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

  test('the embedded view fits 800 × 600, shows the numbers and reports its height', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.goto(`http://127.0.0.1:${HOST_PORT}/`);
    const frame = page.frameLocator('#view');
    await expect(frame.getByTestId('survival-panel')).toBeVisible();
    await expect(frame.getByTestId('simulated-banner')).toContainText('Simulated data');
    const expected = demoEngine().run({
      kind: 'survival',
      endpoint: 'pfs',
      stratifier: 'triple_refractory',
    });
    await expect(frame.locator('td.median')).toHaveText(
      expected.groups.map((g) => formatMedian(g.median, g.medianLower, g.medianUpper)),
    );
    await expect(frame.locator('td.hr').nth(1)).not.toHaveText('computing…');
    await expect(frame.getByRole('link', { name: /full CAR-T Outcomes Explorer/ })).toHaveAttribute(
      'href',
      `${APP}/?by=triple_refractory`,
    );
    const size = await page
      .frames()
      .find((f) => f.url().includes('embed=1'))!
      .evaluate(
        '({ w: document.documentElement.scrollWidth, h: document.documentElement.scrollHeight })',
      );
    expect(size).toEqual({ w: 800, h: 600 });
    await expect.poll(() => page.evaluate('window.heights.length')).toBeGreaterThan(0);
    const heights = (await page.evaluate('window.heights')) as number[];
    expect(heights.at(-1)).toBeLessThanOrEqual(600);
  });

  test('"Embed this view" gives the iframe snippet of the current view', async ({ page }) => {
    await page.goto('/?by=triple_refractory');
    await page.getByTestId('embed-view').click();
    const snippet = page.getByTestId('share-text');
    await expect(snippet).toHaveValue(/<iframe src="[^"]*by=triple_refractory&amp;embed=1"/);
    await expect(snippet).toHaveValue(/width="800" height="600"/);
  });
});
