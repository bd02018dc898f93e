import { test, expect, type Page } from '@playwright/test';

/**
 * The engine watchdog, driven the way it will fail in the field. The production build has no
 * way to make its worker misbehave; these tests add one themselves: they rewrite the worker
 * script on its way to the browser (page.route) so that it obeys `{ __test: 'hang' | 'close' |
 * 'throw' }` messages, and they keep a handle on each Worker the page starts (addInitScript), to
 * post those messages or terminate the worker from outside.
 */
const MISBEHAVE = `let heapOnLoad = false;
self.addEventListener('message', (e) => {
  const how = e.data && e.data.__test;
  if (!how) {
    // 'heap-on-load': the next load fills the JavaScript heap with arrays until V8 gives up.
    if (heapOnLoad && e.data && e.data.path && e.data.path[0] === 'load') {
      const hoard = [];
      for (;;) hoard.push(new Array(2 ** 20).fill(Math.random()));
    }
    return;
  }
  e.stopImmediatePropagation();
  if (how === 'hang') for (;;) {}
  if (how === 'close') self.close();
  if (how === 'throw') setTimeout(() => { throw new Error('worker broken on purpose'); });
  // Typed arrays until the allocation fails (RangeError), as a huge table's columns would.
  if (how === 'buffers') { const held = []; for (;;) held.push(new Float64Array(2 ** 27)); }
  if (how === 'heap-on-load') heapOnLoad = true;
});
`;

// Runs in the page before its own scripts (a string: this file is compiled without DOM types).
const RECORD_WORKERS = `(() => {
  const Original = window.Worker;
  const started = (window.__engineWorkers = []);
  window.Worker = class extends Original {
    constructor(url, options) {
      super(url, options);
      started.push(this);
    }
  };
})();`;

async function openDemo(page: Page): Promise<string> {
  await page.addInitScript(RECORD_WORKERS);
  await page.route('**/assets/engine.worker-*.js', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: MISBEHAVE + (await response.text()) });
  });
  await page.goto('/');
  await expect(page.locator('[data-testid="km-chart"] path.km-step').first()).toBeVisible();
  await expect(page.getByTestId('survival-panel')).not.toContainText('computing…');
  return (await page.getByTestId('dataset-label').locator('strong').textContent()) ?? '';
}

/** Makes the current engine worker misbehave, or terminates it from the page. */
async function breakWorker(
  page: Page,
  how: 'hang' | 'close' | 'throw' | 'terminate' | 'buffers' | 'heap-on-load',
) {
  const worker = 'window.__engineWorkers.at(-1)';
  await page.evaluate(
    how === 'terminate' ? `${worker}.terminate()` : `${worker}.postMessage({ __test: '${how}' })`,
  );
}

const workerCount = (page: Page) => page.evaluate('window.__engineWorkers.length');

/** The page works again: same dataset, chart drawn, buttons enabled, a new analysis answers. */
async function expectRecovered(page: Page, label: string) {
  await expect(page.getByTestId('dataset-label')).toContainText(label);
  await expect(page.getByTestId('dataset-label')).toContainText('56 patients');
  await expect(page.getByRole('button', { name: 'Simulated demo cohort' })).toBeEnabled();
  await expect(page.getByTestId('file-input')).toBeEnabled();
  await page
    .locator('[data-testid="stratifier-picker"] button[data-column="high_risk_ca"]')
    .click();
  await expect(page.getByTestId('survival-panel')).toHaveAttribute(
    'data-view',
    'pfs|high_risk_ca|',
  );
  await expect(page.locator('[data-testid="km-chart"] path.km-step').first()).toBeVisible();
  // The hazard ratios (never prefetched, so computed by the new worker) arrive.
  await expect(page.getByTestId('survival-panel')).not.toContainText('computing…');
}

test('a worker terminated from outside is noticed at once and restarted with the dataset', async ({
  page,
}) => {
  const label = await openDemo(page);
  await breakWorker(page, 'terminate');
  await expect(page.getByTestId('notice')).toContainText(
    `The analysis engine stopped unexpectedly (it may have run out of memory); the engine was restarted with “${label}”, which is still shown.`,
    { timeout: 5_000 },
  );
  expect(await workerCount(page)).toBe(2);
  await expectRecovered(page, label);
});

test('a worker that calls close(), with no error event, is noticed and restarted', async ({
  page,
}) => {
  const label = await openDemo(page);
  await breakWorker(page, 'close');
  await expect(page.getByTestId('notice')).toContainText(
    `The analysis engine stopped unexpectedly (it may have run out of memory); the engine was restarted with “${label}”`,
    { timeout: 5_000 },
  );
  await expectRecovered(page, label);
});

test('a worker that throws is restarted with the dataset', async ({ page }) => {
  const label = await openDemo(page);
  await breakWorker(page, 'throw');
  await expect(page.getByTestId('notice')).toContainText(`restarted with “${label}”`, {
    timeout: 5_000,
  });
  await expectRecovered(page, label);
});

test('a worker whose memory runs out (typed arrays refused) is restarted with the dataset', async ({
  page,
}) => {
  const label = await openDemo(page);
  await breakWorker(page, 'buffers');
  await expect(page.getByTestId('notice')).toContainText(`restarted with “${label}”`, {
    timeout: 15_000,
  });
  await expectRecovered(page, label);
});

test('a tab killed by a worker out of JavaScript heap mid-load is explained when the explorer is opened again', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openDemo(page);
  const crashed = page.waitForEvent('crash', { timeout: 90_000 });
  await breakWorker(page, 'heap-on-load');
  await page.getByTestId('file-input').setInputFiles('tests/fixtures/demo-cohort.csv');
  await crashed; // Chromium cannot stop a worker at its heap limit: the whole tab goes
  await page.close(); // the crashed tab, and the worker route it holds
  const again = await page.context().newPage();
  await again.goto('/');
  await expect(again.getByTestId('notice')).toContainText(
    'The explorer stopped while reading “demo-cohort.csv”: the browser tab most likely ran out of memory. It was not opened again, and the simulated demo cohort is shown instead.',
  );
  await expect(again.getByTestId('dataset-label')).toContainText('56 patients');
  await expect(again.getByTestId('dataset-label')).toContainText('demo-cohort.arrow');
  // Said once: the next visit opens as usual.
  await again.reload();
  await expect(again.getByTestId('dataset-label')).toContainText('56 patients');
  await expect(again.getByTestId('notice')).toHaveCount(0);
});

test('a file still loading in another tab is not taken for a crash', async ({ page }) => {
  const label = await openDemo(page);
  await breakWorker(page, 'hang'); // this tab's load stays under way
  await page.getByTestId('file-input').setInputFiles('tests/fixtures/demo-cohort.csv');
  await expect(page.getByTestId('load-progress')).toBeVisible();
  const other = await page.context().newPage();
  await other.goto('/');
  await expect(other.getByTestId('dataset-label')).toContainText('56 patients');
  await expect(other.getByTestId('notice')).toHaveCount(0);
  await other.close();
  await page.getByTestId('load-cancel').click();
  await expectRecovered(page, label);
});

test('an analysis stuck in an endless loop is stopped after 20 s and the page works again', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const label = await openDemo(page);
  await breakWorker(page, 'hang');
  const asked = Date.now();
  await page
    .locator('[data-testid="stratifier-picker"] button[data-column="triple_refractory"]')
    .click();
  await expect(page.getByTestId('notice')).toContainText(
    `The analysis took longer than 20 s and was stopped; the engine was restarted with “${label}”, which is still shown.`,
    { timeout: 26_000 },
  );
  const waited = Date.now() - asked;
  expect(waited).toBeGreaterThanOrEqual(19_000);
  expect(waited).toBeLessThan(26_000);
  await expectRecovered(page, label);
});

test('a slow load shows its progress and can be cancelled, keeping the dataset on screen', async ({
  page,
}) => {
  const label = await openDemo(page);
  await breakWorker(page, 'hang'); // the next load never finishes on its own
  await page.getByTestId('file-input').setInputFiles('tests/fixtures/demo-cohort.csv');
  const progress = page.getByTestId('load-progress');
  await expect(progress).toContainText('Reading “demo-cohort.csv”…');
  await expect(page.getByTestId('load-elapsed')).toHaveText('1 s', { timeout: 3_000 });
  await expect(page.getByRole('button', { name: 'Simulated demo cohort' })).toBeDisabled();
  await page.getByTestId('load-cancel').click();
  await expect(page.getByTestId('notice')).toContainText(
    `Loading “demo-cohort.csv” was cancelled; the engine was restarted with “${label}”, which is still shown.`,
  );
  await expect(progress).toHaveCount(0);
  await expectRecovered(page, label);
});

test('a slow analysis shows "Computing…" and can be cancelled, keeping the dataset on screen', async ({
  page,
}) => {
  const label = await openDemo(page);
  await breakWorker(page, 'hang'); // the next analysis never finishes on its own
  await page
    .locator('[data-testid="stratifier-picker"] button[data-column="triple_refractory"]')
    .click();
  const progress = page.getByTestId('analysis-progress');
  await expect(progress).toContainText('Computing…');
  await page.getByTestId('analysis-cancel').click();
  await expect(page.getByTestId('notice')).toContainText(
    `The analysis was cancelled; the engine was restarted with “${label}”, which is still shown.`,
  );
  await expect(progress).toHaveCount(0);
  await expectRecovered(page, label);
});
