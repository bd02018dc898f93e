import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, expect, type ConsoleMessage, type Page } from '@playwright/test';
import { TABS } from '../../src/lib/state/tabs';

// The Content-Security-Policy of the hosted build (served by `vite preview`) and of the offline
// file (opened from file://): a full run through every view, an SVG and a PNG export on each view
// that has them, and a file load report no violation; and each page is shown to carry and
// enforce the policy, so the run cannot pass by having no policy at all.

const OFFLINE = 'dist-offline/cart-outcomes-explorer.html';
const CURVE = '[data-testid="km-chart"] path.km-step';

/** Every CSP violation the page reports, as events and as console messages. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  const listen = (m: ConsoleMessage) => {
    if (/Content[- ]Security[- ]Policy|Refused to/i.test(m.text())) console.push(m.text());
  };
  page.on('console', listen);
  // The engine worker runs under the page's policy in the offline file (a blob: worker inherits
  // it); its violations reach the console, not the page's event listener.
  page.on('worker', (worker) => worker.on('console', listen));
  // Page source text: the test files are compiled without the DOM library.
  await page.addInitScript(`
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') +
        ' at ' + e.sourceFile + ':' + e.lineNumber);
    });
  `);
  return async () => [...((await page.evaluate('window.__violations')) as string[]), ...console];
}

/** The policy the page carries in its <meta> tag, as directive → sources. */
async function policyOf(page: Page): Promise<Map<string, string[]>> {
  const text = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(text ?? '', 'the page carries a Content-Security-Policy').toContain("default-src 'none'");
  return new Map(
    text!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...sources]) => [name, sources]),
  );
}

/**
 * The policy is enforced, and its violations reach the watcher: an injected inline script does
 * not run, an injected style does not apply, and an image and a fetch from another site are
 * blocked before any request. (Code run by page.evaluate itself is exempt from the policy, so
 * each probe goes through the page's own DOM or fetch.)
 */
async function expectEnforced(page: Page, violations: () => Promise<string[]>): Promise<void> {
  const fetched = await page.evaluate(`(async () => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
    const style = document.createElement('style');
    style.textContent = 'body { outline: 7px solid red; }';
    document.head.append(style);
    const img = document.createElement('img');
    img.src = 'https://example.test/pixel.png';
    document.body.append(img);
    try { await fetch('https://example.test/cohort.arrow'); return 'fetched'; }
    catch (e) { return e.name; }
  })()`);
  expect(fetched).toBe('TypeError');
  expect(await page.evaluate('window.__injected === true')).toBe(false);
  expect(await page.evaluate('getComputedStyle(document.body).outlineWidth')).not.toBe('7px');
  const expected = [
    'script-src-elem blocked inline',
    'style-src-elem blocked inline',
    'img-src blocked https://example.test/pixel.png',
    'connect-src blocked https://example.test/cohort.arrow',
  ];
  const missing = async () => {
    const seen = await violations();
    return expected.filter((e) => !seen.some((v) => v.startsWith(e)));
  };
  await expect.poll(missing).toEqual([]);
}

/** Opens every view in turn; on each, the first SVG and the first PNG export are saved. */
async function visitEveryViewAndExport(page: Page): Promise<string[]> {
  const exported: string[] = [];
  for (const tab of TABS) {
    await page.getByTestId(`${tab.id}-tab`).click();
    await expect(page.getByTestId(`${tab.id}-tab`)).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByText('computing…')).toHaveCount(0, { timeout: 15_000 });
    for (const kind of ['svg', 'png-2x']) {
      const button = page.locator(`[data-testid="export-buttons"] [data-export="${kind}"]`).first();
      if ((await button.count()) === 0) continue;
      await expect(button).toBeEnabled();
      const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
      expect(await file.failure()).toBeNull();
      await expect(page.locator('[data-testid="export-buttons"] .error')).toHaveCount(0);
      exported.push(`${tab.id}:${kind}`);
    }
  }
  return exported;
}

async function loadOwnFile(page: Page): Promise<void> {
  await page.getByTestId('file-input').setInputFiles('tests/fixtures/good/cohort.csv');
  await expect(page.getByTestId('dataset-label')).toContainText('6 patients');
  await expect(page.getByTestId('load-errors')).toHaveCount(0);
  await page.getByTestId('curves-tab').click();
  await expect(page.locator(CURVE).first()).toBeVisible();
}

test.describe('the hosted build', () => {
  test('the hosted page carries a strict policy: nothing but its own site, no inline code, nothing from elsewhere', async ({
    page,
  }) => {
    const violations = await watchViolations(page);
    await page.goto('/');
    await expect(page.locator(CURVE).first()).toBeVisible();
    const policy = await policyOf(page);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    for (const d of ['script-src', 'style-src', 'connect-src', 'worker-src']) {
      expect(policy.get(d), d).toEqual(["'self'"]);
    }
    expect(policy.get('img-src')).toEqual(["'self'", 'blob:', 'data:']);
    policy.delete('img-src');
    expect([...policy.values()].flat().join(' ')).not.toMatch(/unsafe|\*|data:|blob:|https?:/);
    expect(await violations()).toEqual([]);
    await expectEnforced(page, violations);
  });

  test('every view, an SVG and a PNG export on each view that has them, and a file load raise no policy violation', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const violations = await watchViolations(page);
    await page.goto('/');
    await expect(page.locator(CURVE).first()).toBeVisible();
    const exported = await visitEveryViewAndExport(page);
    console.log(`hosted build: ${TABS.length} views, exports ${exported.join(', ')}`);
    expect(exported).toContain('curves:png-2x');
    expect(exported).toContain('curves:svg');
    await loadOwnFile(page);
    expect(await violations()).toEqual([]);
  });
});

test.describe('the offline file', () => {
  let folder = '';
  test.beforeAll(() => {
    if (!existsSync(OFFLINE)) throw new Error(`${OFFLINE} is missing: run npm run build:offline`);
    folder = mkdtempSync(join(tmpdir(), 'cart-offline-csp-'));
    copyFileSync(OFFLINE, join(folder, 'cart-outcomes-explorer.html'));
  });
  test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const open = (page: Page) =>
    page.goto(pathToFileURL(join(folder, 'cart-outcomes-explorer.html')).href);

  test('the offline file allows its inline script and style by hash and its worker by blob: only', async ({
    page,
  }) => {
    const violations = await watchViolations(page);
    await open(page);
    await expect(page.locator(CURVE).first()).toBeVisible();
    const policy = await policyOf(page);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual([expect.stringMatching(/^'sha256-[\w+/=]{44}'$/)]);
    expect(policy.get('style-src')).toEqual([expect.stringMatching(/^'sha256-[\w+/=]{44}'$/)]);
    expect(policy.get('worker-src')).toEqual(['blob:']);
    expect(policy.get('img-src')).toEqual(['blob:', 'data:']);
    expect(policy.has('connect-src')).toBe(false);
    expect([...policy.values()].flat().join(' ')).not.toMatch(/unsafe|\*|https?:|'self'/);
    expect(await violations()).toEqual([]);
    await expectEnforced(page, violations);
  });

  test('every view, an SVG and a PNG export on each view that has them, and a file load raise no policy violation offline', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const violations = await watchViolations(page);
    await open(page);
    await expect(page.locator(CURVE).first()).toBeVisible();
    const exported = await visitEveryViewAndExport(page);
    console.log(`offline file: ${TABS.length} views, exports ${exported.join(', ')}`);
    expect(exported).toContain('curves:png-2x');
    await loadOwnFile(page);
    expect(await violations()).toEqual([]);
  });
});
