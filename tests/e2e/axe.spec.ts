import { test, expect, type Page } from '@playwright/test';
import axe from 'axe-core';
import { TABS } from '../../src/lib/state/tabs';

// axe-core (Deque's accessibility rules) on every view, at a desktop and a phone width, in light
// and dark mode, on the embedded view and on a load-error report: no violation of impact
// "serious" or "critical". The page's policy (script-src 'self') refuses an injected inline
// script, so axe's source is run with page.evaluate, which goes through the DevTools protocol
// and is not governed by the page's CSP; the policy itself stays on (csp.spec.ts tests it).

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

async function seriousViolations(page: Page): Promise<string[]> {
  // Page source as text: the test files are compiled without the DOM library.
  if (!(await page.evaluate("'axe' in window"))) await page.evaluate(axe.source);
  const violations = (await page.evaluate(
    "axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)",
  )) as Violation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 5)
          .map((n) => JSON.stringify(n.target))
          .join(', ')}${v.nodes.length > 5 ? ` and ${v.nodes.length - 5} more` : ''}`,
    );
}

async function settle(page: Page): Promise<void> {
  await expect(page.getByText('computing…')).toHaveCount(0, { timeout: 20_000 });
  await page.waitForTimeout(300);
}

for (const scheme of ['light', 'dark'] as const) {
  for (const width of [1280, 390]) {
    test(`every view has no serious or critical axe violation at ${width} px in ${scheme} mode`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/?by=triple_refractory');
      await expect(page.locator('[data-testid="km-chart"] path.km-step').first()).toBeVisible();
      const found: string[] = [];
      for (const tab of TABS) {
        await page.getByTestId(`${tab.id}-tab`).click();
        // On a phone the controls are in a drawer: open it, so they are checked too.
        const drawer = page.getByTestId('controls-drawer');
        if ((await drawer.count()) > 0 && (await drawer.getAttribute('open')) === null)
          await drawer.locator(':scope > summary').click();
        await settle(page);
        found.push(...(await seriousViolations(page)).map((v) => `${tab.id}: ${v}`));
      }
      expect(found, found.join('\n')).toEqual([]);
    });
  }

  test(`the embedded view at 800 × 600 has no serious or critical axe violation in ${scheme} mode`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 800, height: 600 });
    await page.goto('/?embed=1&by=triple_refractory');
    await expect(page.getByTestId('embedded-view')).toBeVisible();
    await expect(page.locator('[data-testid="km-chart"] path.km-step').first()).toBeVisible();
    await settle(page);
    const found = await seriousViolations(page);
    expect(found, found.join('\n')).toEqual([]);
  });

  test(`a load-error report has no serious or critical axe violation in ${scheme} mode`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    await expect(page.locator('[data-testid="km-chart"] path.km-step').first()).toBeVisible();
    await expect(page.getByTestId('file-input')).toBeEnabled();
    await page.getByTestId('file-input').setInputFiles('tests/fixtures/bad/garbage.bin');
    await expect(page.getByTestId('load-report')).toBeVisible({ timeout: 20_000 });
    await settle(page);
    const found = await seriousViolations(page);
    expect(found, found.join('\n')).toEqual([]);
  });
}

test('the axe check runs under the page policy and finds a planted violation', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-testid="km-chart"] path.km-step').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.evaluate("document.querySelector('main').append(document.createElement('button'))");
  const found = await seriousViolations(page);
  expect(found.some((v) => v.startsWith('button-name (critical)'))).toBe(true);
});
