import { test, expect } from '@playwright/test';
import { BAD_CASES } from '../../scripts/bad-corpus/cases';

// Issue 14: the mapping step is for tables of patients whose names differ. A file that is not
// one (a web page saved as .csv, a renamed PDF, one column, a first row of data) is refused
// with what it seems to be and what was expected; the dataset shown before stays.
const JUNK = ['html-saved-page.csv', 'pdf-named.arrow', 'one-column.csv', 'no-header.csv'];
const THREE = 'patient_id,pfs_months,pfs_event\nP01,3.2,1\nP02,10.5,0\nP03,7.1,1\nP04,20.1,0\n';

test('files that are not tables of patients are refused without the mapping step; the previous dataset stays', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(page.getByTestId('dataset-label')).toContainText('56 patients');
  await page.getByTestId('file-input').setInputFiles({
    name: 'three.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(THREE),
  });
  await expect(page.getByTestId('dataset-label')).toContainText('4 patients · three.csv');
  for (const file of JUNK) {
    const c = BAD_CASES.find((x) => x.file === file)!;
    await page.getByTestId('file-input').setInputFiles(`tests/fixtures/bad/${file}`);
    const report = page.getByTestId('load-report');
    await expect(report).toContainText(`“${file}” could not be analysed`);
    await expect(page.getByTestId('load-errors')).toContainText(new RegExp(c.message!.source));
    await expect(page.getByTestId('mapping-step')).toHaveCount(0);
    await expect(page.getByTestId('map-columns')).toHaveCount(0);
    await expect(page.getByTestId('dataset-label')).toContainText('4 patients · three.csv');
    await report.getByRole('button', { name: 'Dismiss' }).click();
    await expect(report).toHaveCount(0);
  }
  // A table whose names differ still opens the mapping step.
  await page.getByTestId('file-input').setInputFiles('tests/fixtures/messy/hospital-a-days.csv');
  await expect(page.getByTestId('mapping-step')).toBeVisible();
  expect(errors).toEqual([]);
});
