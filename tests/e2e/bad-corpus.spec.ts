import { test, expect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A few cases of tests/fixtures/bad looked at more closely (bad-corpus-all.spec.ts runs every case): each file is
// chosen through the file input after the demo has loaded.
const dir = 'tests/fixtures/bad';

async function demoThenPick(page: Page, file: string): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(page.getByTestId('dataset-label')).toContainText('56 patients');
  await expect(page.locator('[data-testid="km-chart"] path.km-step').first()).toBeVisible();
  await page.getByTestId('file-input').setInputFiles(file);
  return errors;
}

/** The page still answers: another tab draws, and the curves come back. */
async function stillUsable(page: Page): Promise<void> {
  await page.getByTestId('kinetics-tab').click();
  await expect(page.getByTestId('kinetics-view')).toBeVisible();
  await page.getByTestId('curves-tab').click();
  await expect(page.locator('[data-testid="km-chart"] path.km-step').first()).toBeVisible();
}

const REFUSED: [string, string][] = [
  ['date-pfs_months.arrow', 'convert dates to months since infusion'],
  [
    'timestamp-os_months.arrow',
    'os_months: the column holds dates or clock times (Arrow Timestamp)',
  ],
  ['plus-infinity-pfs_months.arrow', 'pfs_months: 1 value is infinite (+Infinity) (row 3)'],
  ['plus-and-minus-infinity.arrow', '2 values are infinite (+Infinity, −Infinity) (rows 1, 5)'],
  ['nan-pfs_months.arrow', 'pfs_months: 1 value is NaN (not a number) (row 2)'],
  [
    'union-extra-column.arrow',
    'site: the column mixes value types (Arrow Union of Float and Utf8)',
  ],
  ['duplicate-field-pfs_months.arrow', 'pfs_months: the column name appears 2 times'],
  ['unclosed-quote-line-3.csv', 'opened on line 3 that is never closed, so lines 3–7'],
  ['time-2-pow-62.arrow', 'pfs_months: 1 time is longer than 600 months'],
  ['follow-up-past-next-year.csv', '480 months after an infusion in 2024'],
  ['zip-named.csv', 'not an Arrow or CSV file: it looks like a ZIP archive'],
  ['too-many-columns.csv', 'The table has 501 columns, more than the 500'],
];

for (const [file, says] of REFUSED) {
  test(`${file} is refused with a clear message, the demo stays and the page stays usable`, async ({
    page,
  }) => {
    const errors = await demoThenPick(page, `${dir}/${file}`);
    await expect(page.getByTestId('load-report')).toContainText(`“${file}” could not be analysed`);
    await expect(page.getByTestId('load-errors')).toContainText(says);
    await expect(page.getByTestId('dataset-label')).toContainText('56 patients');
    await expect(page.getByTestId('simulated-banner')).toBeVisible();
    await stillUsable(page);
    expect(errors).toEqual([]);
  });
}

test('a valid Arrow file named .csv is read as Arrow and loads', async ({ page }) => {
  const errors = await demoThenPick(page, `${dir}/arrow-file-named.csv`);
  await expect(page.getByTestId('dataset-label')).toContainText('6 patients');
  await expect(page.getByTestId('load-errors')).toHaveCount(0);
  await stillUsable(page);
  expect(errors).toEqual([]);
});

test('columns named __proto__, constructor, toString… load and are offered like any other', async ({
  page,
}) => {
  const errors = await demoThenPick(page, `${dir}/reserved-names.csv`);
  await expect(page.getByTestId('dataset-label')).toContainText('6 patients');
  await expect(page.getByTestId('load-report')).toContainText(
    'extra columns are not part of the data format: __proto__, constructor, toString, valueOf',
  );
  const facets = page.getByTestId('facet-select');
  for (const name of ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty']) {
    await expect(facets.locator('option', { hasText: name })).toHaveCount(1);
  }
  await facets.selectOption({ label: '__proto__' });
  await expect(page.locator('[data-testid="km-chart"] path.km-step').first()).toBeVisible();
  await stillUsable(page);
  expect(errors).toEqual([]);
});

test('a file over 200 MB is refused from its size before it is read', async ({ page }) => {
  // Made at test time, never committed: a sparse file one byte over the limit.
  const tmp = mkdtempSync(join(tmpdir(), 'bad-corpus-'));
  const big = join(tmp, 'huge.csv');
  writeFileSync(big, 'patient_id\n');
  truncateSync(big, 200 * 1024 * 1024 + 1);
  try {
    const errors = await demoThenPick(page, big);
    await expect(page.getByTestId('load-errors')).toContainText(
      '“huge.csv” is 209,715,201 bytes, larger than the 200 MB the explorer reads',
    );
    await expect(page.getByTestId('dataset-label')).toContainText('56 patients');
    await stillUsable(page);
    expect(errors).toEqual([]);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
