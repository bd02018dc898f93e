import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMapping } from '../../src/lib/data/mapping/column-mapping';

// Issue 14: a hospital export with its own names, units and codes is mapped in a few clicks and
// gives R's numbers (tests/reference/r/messy.R converts each export in R on its own terms).
const messy = 'tests/fixtures/messy';
interface Endpoint {
  median: (number | null)[];
  chisq: number;
}
const R = JSON.parse(readFileSync('tests/reference/messy.json', 'utf8')) as {
  file: string;
  pfs: Endpoint;
}[];
const saved = (file: string) => {
  const r = parseMapping(readFileSync(join(messy, file.replace('.csv', '.mapping.json')), 'utf8'));
  if (!r.ok) throw new Error(r.message);
  return r.mapping;
};

async function demoShown(page: Page) {
  await page.goto('/');
  await expect(page.getByTestId('simulated-banner')).toBeVisible();
  await expect(page.locator('[data-testid="km-chart"] path.km-step').first()).toBeVisible();
}

/** PFS for all patients, then by sex: R's median (1 decimal) and log-rank χ² (2 decimals). */
async function pfsMatchesR(page: Page, r: Endpoint) {
  const table = page.getByTestId('numbers-table');
  await expect(table).toContainText(`${r.median[0]!.toFixed(1)} (`);
  const picker = page.getByTestId('stratifier-picker');
  // Sex has no role in the registry: it is among the file's other columns (folded).
  await picker.locator('summary', { hasText: 'Other columns in your file' }).click();
  await picker.locator('button[data-column="sex"]').click();
  await expect(page.getByTestId('survival-panel')).toHaveAttribute('data-view', 'pfs|sex|');
  await expect(table).toContainText(`χ² = ${r.chisq.toFixed(2)}, df = 1`);
}

for (const r of R) {
  test(`${r.file}: the mapping step proposes the saved mapping; confirmed, PFS equals R's`, async ({
    page,
  }) => {
    await demoShown(page);
    await page.getByTestId('file-input').setInputFiles(join(messy, r.file));
    const step = page.getByTestId('mapping-step');
    await expect(step).toBeVisible();
    // Every column, unit and code of the saved mapping is preselected, with its reason.
    const m = saved(r.file);
    for (const [target, source] of Object.entries(m.columns)) {
      await expect(step.locator(`[data-testid="map-${target}"] select`).first()).toHaveValue(
        source,
      );
      await expect(step.getByTestId(`map-${target}`)).toContainText('Proposed:');
    }
    for (const [target, unit] of Object.entries(m.units)) {
      await expect(step.getByTestId(`unit-${target}`)).toHaveValue(unit);
    }
    for (const [target, codes] of Object.entries(m.codes)) {
      for (const [value, means] of Object.entries(codes)) {
        await expect(
          step.getByRole('combobox', { name: `Meaning of “${value}” in ${target}` }),
        ).toHaveValue(String(means));
      }
    }
    await expect(step.getByTestId('mapping-preview').locator('tbody tr')).toHaveCount(5);
    await step.getByRole('button', { name: 'Load with this mapping' }).click();
    await expect(page.getByTestId('dataset-label')).toContainText(`56 patients · ${r.file}`);
    await expect(page.getByTestId('simulated-banner')).toHaveCount(0);
    await pfsMatchesR(page, r.pfs);
  });
}

test('a saved mapping chosen with the export loads it in one step', async ({ page }, info) => {
  const r = R[0];
  await demoShown(page);
  await page.getByTestId('file-input').setInputFiles(join(messy, r.file));
  const step = page.getByTestId('mapping-step');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    step.getByRole('button', { name: 'Save mapping (JSON)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(r.file.replace('.csv', '.mapping.json'));
  const path = info.outputPath(download.suggestedFilename());
  await download.saveAs(path);
  expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(saved(r.file));
  // Cancel keeps the demo.
  await step.getByRole('button', { name: 'Cancel' }).click();
  await expect(step).toHaveCount(0);
  await expect(page.getByTestId('dataset-label')).toContainText('56 patients · demo-cohort');
  // The export and the saved mapping together: no step, the mapped file is analysed.
  await page.getByTestId('file-input').setInputFiles([join(messy, r.file), path]);
  await expect(page.getByTestId('dataset-label')).toContainText(`56 patients · ${r.file}`);
  await expect(page.getByTestId('mapping-step')).toHaveCount(0);
  await pfsMatchesR(page, r.pfs);
});

test('a file with only patient_id, pfs_months and pfs_event loads and shows PFS', async ({
  page,
}) => {
  await demoShown(page);
  await page.getByTestId('file-input').setInputFiles({
    name: 'three.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('patient_id,pfs_months,pfs_event\n001,3.2,1\n002,10.5,0\n003,7.1,1\n'),
  });
  await expect(page.getByTestId('dataset-label')).toContainText('3 patients · three.csv');
  await expect(page.locator('[data-testid="km-chart"] path.km-step').first()).toBeVisible();
  await expect(page.getByTestId('numbers-table')).toContainText('All patients');
  await expect(page.getByTestId('mapping-step')).toHaveCount(0);
});

test('a file with only the OS columns opens on overall survival, not on an empty PFS view', async ({
  page,
}) => {
  await demoShown(page);
  await page.getByTestId('file-input').setInputFiles({
    name: 'os-only.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('patient_id,os_months,os_event\n001,3.2,1\n002,10.5,0\n003,7.1,1\n'),
  });
  await expect(page.getByTestId('dataset-label')).toContainText('3 patients · os-only.csv');
  await expect(page.locator('[data-endpoint="os"]')).toHaveAttribute('aria-checked', 'true');
  await expect(page.locator('[data-testid="km-chart"] path.km-step').first()).toBeVisible();
  await expect(page.getByTestId('survival-panel')).toHaveAttribute('data-view', /^os\|/);
  await expect(page.getByTestId('notice')).toHaveCount(0);
});

test('the template and its data dictionary download from the first screen', async ({ page }) => {
  await demoShown(page);
  const [template] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-template').click(),
  ]);
  expect(template.suggestedFilename()).toBe('car-t-explorer-template.csv');
  const text = readFileSync((await template.path())!, 'utf8');
  expect(text).toBe(readFileSync('docs/examples/template.csv', 'utf8'));
  const [dictionary] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-dictionary').click(),
  ]);
  expect(dictionary.suggestedFilename()).toBe('car-t-explorer-data-dictionary.csv');
  expect(readFileSync((await dictionary.path())!, 'utf8')).toBe(
    readFileSync('docs/examples/data-dictionary.csv', 'utf8'),
  );
  // The template loads as it is.
  await page.getByTestId('file-input').setInputFiles((await template.path())!);
  await expect(page.getByTestId('dataset-label')).toContainText('2 patients');
});

test('a file with only the PFS columns shows the other views unavailable, naming what they need', async ({
  page,
}) => {
  await demoShown(page);
  await page.getByTestId('file-input').setInputFiles({
    name: 'three.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('patient_id,pfs_months,pfs_event\nP01,3.2,1\nP02,10.5,0\nP03,7.1,1\n'),
  });
  await expect(page.getByTestId('dataset-label')).toContainText('3 patients');
  await expect(page.getByTestId('response-tab')).toBeDisabled();
  await expect(page.getByTestId('unavailable-views')).toContainText(
    'Response (needs best_response)',
  );
  await expect(page.locator('[data-endpoint="os"]')).toBeDisabled();
  await expect(page.locator('[data-endpoint="os"]')).toHaveAttribute('title', /needs os_months/);
  await expect(page.locator('.view-error')).toHaveCount(0);
});
