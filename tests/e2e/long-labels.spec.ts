import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { TABS } from '../../src/lib/state/tabs';

// A group level can be any length: here one patient's `site` is 5,000,000 characters (a valid CSV
// cell; the file is made at test time, not committed). The file loads, `site` (4 values) is
// offered as a stratifier, and every label is drawn truncated with a capped tooltip: the page
// never lays out (or puts in an attribute) the 5 MB text.
const LONG = 5_000_000;

function longLevelCsv(): Buffer {
  const [header, ...rows] = readFileSync('tests/fixtures/demo-cohort.csv', 'utf8')
    .trim()
    .split('\n');
  const sites = ['Shanghai', 'Beijing', 'Wuhan'];
  const lines = [
    `${header},site`,
    ...rows.map((r, i) => `${r},${i === 3 ? 'L'.repeat(LONG) : sites[i % sites.length]}`),
  ];
  return Buffer.from(lines.join('\n'));
}

test('a 5,000,000-character group level loads, is offered, and is drawn truncated with a capped tooltip', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await expect(page.locator('[data-testid="km-chart"] path.km-step').first()).toBeVisible();
  await expect(page.getByTestId('file-input')).toBeEnabled();
  await page.getByTestId('file-input').setInputFiles({
    name: 'long-site.csv',
    mimeType: 'text/csv',
    buffer: longLevelCsv(),
  });
  await expect(page.getByTestId('dataset-label')).toContainText('long-site.csv', {
    timeout: 30_000,
  });
  const picker = page.getByTestId('stratifier-picker');
  await picker.getByTestId('stratifier-search').fill('site');
  await picker.locator('button[data-column="site"]').click();
  await expect(page.getByTestId('survival-panel')).toHaveAttribute('data-view', 'pfs|site|');

  // The legend: four groups, each drawn short; the long one with its capped full text on hover.
  const legend = page.getByTestId('km-legend').first();
  await expect(legend.locator('text')).toHaveCount(4);
  // What is drawn: the text's own characters, not its <title> (the tooltip).
  const drawn = await legend.locator('text').evaluateAll((els) =>
    els.map((el) =>
      [...el.childNodes]
        .filter((n) => n.nodeType === 3) // text nodes
        .map((n) => n.textContent)
        .join(''),
    ),
  );
  expect(drawn.some((t) => t.startsWith('site = LLLL') && t.includes('…'))).toBe(true);
  for (const t of drawn) expect(t.length).toBeLessThan(100);
  const long = legend.locator('text', { hasText: 'LLLL' });
  const title = await long.locator('title').textContent();
  // n = 1 is also a small group (under the default 5): its flag follows the counts.
  expect(title).toMatch(/^site = L{190,}… \(5,000,007 characters\) \(n = 1\b.*\d events?\)/);

  // On every view: nowhere in the page is the whole text, in text or an attribute, and each view
  // draws at once (the page stays responsive).
  for (const tab of TABS) {
    const before = Date.now();
    await page.getByTestId(`${tab.id}-tab`).click();
    await expect(page.getByText('computing…')).toHaveCount(0, { timeout: 20_000 });
    expect(Date.now() - before, tab.id).toBeLessThan(10_000);
    // Page source as text: the test files are compiled without the DOM library.
    const biggest = (await page.evaluate(`(() => {
      let most = { length: 0, where: '' };
      const see = (length, where) => {
        if (length > most.length) most = { length, where };
      };
      for (const el of document.querySelectorAll('*')) {
        for (const a of el.attributes) see(a.value.length, el.tagName + ' ' + a.name);
        for (const n of el.childNodes)
          if (n.nodeType === Node.TEXT_NODE) see(n.textContent.length, el.tagName + ' text');
      }
      return most;
    })()`)) as { length: number; where: string };
    expect(biggest.length, `${tab.id}: ${biggest.where}`).toBeLessThan(10_000);
  }
});
