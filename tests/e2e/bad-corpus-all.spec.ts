import { test, expect, type Page } from '@playwright/test';
import { BAD_CASES } from '../../scripts/bad-corpus/cases';

// Every case of the bad-data corpus (tests/fixtures/bad, made by scripts/make-bad-corpus.ts),
// chosen one after another through the file input of one page, as a user trying files would:
// a refused file names the problem and where (the case's pattern), and the dataset shown before
// it stays; a warned file loads and says why; a good file loads (its caveats are dismissed). After each, the curves are drawn.
// bad-corpus.spec.ts goes deeper on a few (another tab, the size limit); the unit test
// (tests/unit/data/bad-corpus.test.ts) checks the same patterns without a browser.
const dir = 'tests/fixtures/bad';

test.describe.configure({ mode: 'serial' });

let page: Page;
const pageErrors: string[] = [];

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto('/');
  await expect(page.getByTestId('dataset-label')).toContainText('56 patients');
});

test.afterAll(async () => {
  await page.close();
});

/** The messages of one list in the load report, one per line. */
async function messages(list: 'errors' | 'warnings'): Promise<string> {
  const items =
    list === 'errors'
      ? page.getByTestId('load-errors').locator('li')
      : page.getByTestId('load-report').locator('details li');
  return (await items.allTextContents()).join('\n');
}

for (const c of BAD_CASES) {
  test(`${c.file} is ${c.outcome} in the browser, with the message the corpus expects`, async () => {
    const before = (await page.getByTestId('dataset-label').textContent()) ?? '';
    await expect(page.getByTestId('file-input')).toBeEnabled();
    await page.getByTestId('file-input').setInputFiles(`${dir}/${c.file}`);
    const report = page.getByTestId('load-report');
    if (c.outcome === 'refused') {
      await expect(report).toContainText(`“${c.file}” could not be analysed`);
      const said = await messages('errors');
      expect(said).toMatch(new RegExp(c.message!.source, 'm'));
      await expect(page.getByTestId('dataset-label')).toHaveText(before);
      await report.getByRole('button', { name: 'Dismiss' }).click();
    } else {
      await expect(page.getByTestId('dataset-label')).toContainText(c.file);
      await expect(page.getByTestId('load-errors')).toHaveCount(0);
      if (c.outcome === 'warning') {
        await report.locator('summary').click();
        expect(await messages('warnings')).toMatch(new RegExp(c.message!.source, 'm'));
      }
      // A loaded file may carry caveats (extra columns, …); the 'loaded' cases' patterns are
      // checked by the unit test on the table itself.
      if ((await report.count()) > 0) {
        await report.getByRole('button', { name: 'Dismiss the caveats' }).click();
      }
    }
    await expect(report).toHaveCount(0);
    await expect(page.locator('[data-testid="km-chart"] path.km-step').first()).toBeVisible();
    expect(pageErrors).toEqual([]);
  });
}
