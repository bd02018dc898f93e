import { test, expect } from '@playwright/test';

// Issue 14: a stratifier whose columns the file lacks is shown disabled, naming them — never
// hidden, never an error. A three-column PFS file lacks every paper stratifier.
const THREE = 'patient_id,pfs_months,pfs_event\nP01,3.2,1\nP02,10.5,0\nP03,7.1,1\nP04,20.1,0\n';

test('a file with only the PFS columns shows the paper’s stratifiers disabled, each naming the columns it needs', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByTestId('dataset-label')).toContainText('56 patients');
  await page.getByTestId('file-input').setInputFiles({
    name: 'three.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(THREE),
  });
  await expect(page.getByTestId('dataset-label')).toContainText('4 patients · three.csv');
  const picker = page.getByTestId('stratifier-picker');
  // A group the file can offer nothing of is folded, saying how many it lacks; it opens.
  const kinetics = picker.locator('details[data-group="CAR-T kinetics"]');
  await expect(kinetics).not.toHaveAttribute('open');
  await expect(kinetics.locator('summary')).toHaveText(
    'CAR-T kinetics — 4 not available with this file',
  );
  await kinetics.locator('summary').click();
  const persist = picker.locator('[data-column="car_persist_ge6"]');
  await expect(persist).toHaveAttribute('aria-disabled', 'true');
  await expect(persist).toContainText('needs car_persist_months and car_persist_event');
  await expect(persist).toHaveAttribute('title', /not available with this file/);
  await expect(picker.locator('[data-column="triple_exposed"]')).toContainText(
    'needs pi_exposed and imid_exposed and mab_exposed',
  );
  await expect(picker.locator('[data-column="mrd_neg_ge12"]')).toContainText(
    'needs mrd_first_neg_months',
  );
  await expect(picker.getByTestId('unavailable-stratifier')).not.toHaveCount(0);
  // Keyboard-accessible: it takes the focus (its name says what it needs) ...
  await persist.focus();
  await expect(persist).toBeFocused();
  await expect(persist).toHaveAccessibleName(/CAR-T persistence ≥ 6 months.*needs car_persist/);
  // ... but choosing it does nothing: the curves stay those of all patients.
  await page.keyboard.press('Enter');
  await persist.click({ force: true });
  await expect(persist).toBeDisabled();
  await expect(page.getByTestId('survival-panel')).toHaveAttribute('data-view', 'pfs||');
  await expect(page.locator('.view-error')).toHaveCount(0);
  // The facet list shows them disabled too.
  await expect(
    page.getByTestId('facet-select').locator('option[value="car_persist_ge6"]'),
  ).toBeDisabled();
});
