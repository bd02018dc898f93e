import { readFileSync } from 'node:fs';
import { test, expect, type Page, type Route } from '@playwright/test';

// ?data=: a file on this site loads; every refused address and every failed load says what went
// wrong, naming the address, AND leaves the simulated demo cohort on screen. Responses that the
// preview server cannot give (JSON, a redirect, an empty body, a network error) are faked with
// page.route; a 404 and an HTML page are the preview server's own answers.

const CURVE = '[data-testid="km-chart"] path.km-step';
const GOOD_CSV = readFileSync('tests/fixtures/good/cohort.csv');

/** Every request the page makes, to prove none left the site. */
function requests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => seen.push(r.url()));
  return seen;
}

/** The demo cohort is on screen, with its curve, and the page still works. */
async function expectDemoShown(page: Page): Promise<void> {
  await expect(page.getByTestId('simulated-banner')).toBeVisible();
  await expect(page.getByTestId('dataset-label')).toContainText('56 patients');
  await expect(page.locator(CURVE).first()).toBeVisible();
}

test('a ?data= file on this site is loaded in place of the demo cohort', async ({ page }) => {
  await page.route(
    (url) => url.pathname === '/shared/my-cohort.csv',
    (route) => route.fulfill({ status: 200, contentType: 'text/csv', body: GOOD_CSV }),
  );
  await page.goto('/?data=shared/my-cohort.csv');
  await expect(page.getByTestId('dataset-label')).toContainText('6 patients');
  await expect(page.getByTestId('dataset-label')).toContainText('my-cohort.csv');
  await expect(page.getByTestId('notice')).toHaveCount(0);
  await expect(page.locator(CURVE).first()).toBeVisible();
});

interface Failure {
  what: string;
  /** The ?data= value as typed in the address bar; the message quotes it. */
  data: string;
  /** A faked answer for /bad/…; without it the preview server answers. */
  answer?: (route: Route) => Promise<void>;
  /** Words the message must contain besides the address. */
  says: string;
}

const FAILURES: Failure[] = [
  { what: 'malformed percent-encoding', data: '/x%ZZ.arrow', says: 'malformed %-escape' },
  {
    what: 'a blob: address (same origin by URL rules)',
    data: 'blob:http://127.0.0.1/1b2c-3d4e',
    says: '“blob:” addresses are not accepted',
  },
  { what: 'a javascript: address', data: 'javascript:alert(1)', says: '“javascript:” addresses' },
  { what: 'a data: address', data: 'data:text/csv,patient_id', says: '“data:” addresses' },
  { what: 'a file: address', data: 'file:///etc/passwd', says: '“file:” addresses' },
  { what: 'another site', data: 'https://example.test/c.arrow', says: 'must be on this site' },
  {
    what: 'a 404',
    data: '/bad/missing.arrow',
    answer: (r) => r.fulfill({ status: 404, body: 'Not found' }),
    says: 'HTTP 404',
  },
  {
    what: 'a 500',
    data: '/bad/broken.arrow',
    answer: (r) => r.fulfill({ status: 500, body: 'oops' }),
    says: 'HTTP 500',
  },
  {
    what: 'an HTML page (the preview server’s own page)',
    data: '/index.html',
    says: 'web page (HTML)',
  },
  {
    what: 'a folder listing',
    data: '/bad/',
    answer: (r) =>
      r.fulfill({ status: 200, contentType: 'text/html', body: '<h1>Index of /bad/</h1>' }),
    says: 'folder listing',
  },
  {
    what: 'JSON',
    data: '/bad/cohort.json',
    answer: (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"a":1}' }),
    says: 'sent JSON',
  },
  {
    what: 'an empty body',
    data: '/bad/empty.csv',
    answer: (r) => r.fulfill({ status: 200, contentType: 'text/csv', body: '' }),
    says: 'empty (0 bytes)',
  },
  {
    what: 'a network error',
    data: '/bad/unreachable.arrow',
    answer: (r) => r.abort('connectionrefused'),
    says: 'could not be reached',
  },
  {
    what: 'a redirect to another site',
    data: '/bad/moved.arrow',
    answer: (r) =>
      r.fulfill({ status: 302, headers: { location: 'https://example.test/cohort.arrow' } }),
    says: 'redirected',
  },
  {
    what: 'a redirect on this site',
    data: '/bad/old.arrow',
    answer: (r) => r.fulfill({ status: 301, headers: { location: '/data/demo-cohort.arrow' } }),
    says: 'redirected',
  },
];

for (const f of FAILURES) {
  test(`?data= with ${f.what} says so, naming the address, and shows the demo cohort`, async ({
    page,
  }) => {
    const seen = requests(page);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    if (f.answer) await page.route((url) => url.pathname.startsWith('/bad/'), f.answer);
    await page.goto(`/?data=${f.data}`);
    await expectDemoShown(page);
    const notice = page.getByTestId('notice');
    await expect(notice).toContainText(f.says);
    await expect(notice).toContainText('was not loaded');
    await expect(notice).toContainText(`“${f.data.slice(0, 20)}`);
    await expect(notice).toContainText('The simulated demo cohort is shown instead.');
    expect(errors).toEqual([]);
    expect(seen.filter((u) => !u.startsWith('http://127.0.0.1:'))).toEqual([]);
  });
}

test('a ?data= file that fails validation shows its report while the demo cohort is shown', async ({
  page,
}) => {
  await page.route(
    (url) => url.pathname === '/bad/broken.csv',
    (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/csv',
        body: 'patient_id,pfs_months,pfs_event\nA,-3,1\nB,5,2\nA,7,0\n',
      }),
  );
  await page.goto('/?data=/bad/broken.csv');
  await expectDemoShown(page);
  const report = page.getByTestId('load-report');
  await expect(report).toContainText('“broken.csv” could not be analysed');
  await expect(report).toContainText('Still showing');
  await expect(page.getByTestId('load-errors')).toContainText('pfs_months');
});
