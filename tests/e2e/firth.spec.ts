import { expect, test } from '@playwright/test';
import { formatHR, formatP } from '../../src/lib/layout/format';
import { demoEngine } from './engine-in-node';

// PFS by MRD group on the simulated cohort: one group has no progression or death, so the
// ordinary Cox hazard ratio is infinite and the explorer shows Firth-penalised numbers instead.
test('a stratifier with an event-free group shows the Firth hazard ratio the engine computes', async ({
  page,
}) => {
  const request = { endpoint: 'pfs', stratifier: 'mrd_group' } as const;
  const engine = demoEngine();
  const view = engine.run({ kind: 'survival', ...request });
  const hazards = engine.run({ kind: 'hazards', ...request });
  const eventless = view.groups.find((g) => g.events === 0)!;
  expect(eventless).toBeDefined();
  expect(hazards.ratios.slice(1).every((h) => h?.method === 'firth')).toBe(true);

  await page.goto('/?endpoint=pfs&by=mrd_group');
  const panel = page.getByTestId('survival-panel');
  await expect(panel).toHaveAttribute('data-view', 'pfs|mrd_group|');
  const table = panel.getByTestId('numbers-table');
  await expect(table.locator('td.hr').nth(1)).not.toHaveText('computing…');
  for (let k = 1; k < view.groups.length; k++) {
    const h = hazards.ratios[k]!;
    expect(Number.isFinite(h.hr)).toBe(true);
    const row = table.locator(`tr[data-group="${view.groups[k].label}"]`);
    await expect(row.locator('[data-method="firth"]')).toContainText(
      formatHR(h.hr, h.lower, h.upper),
    );
    await expect(row.locator('abbr.firth')).toHaveAttribute('title', /Firth-penalised/);
    await expect(row.locator('td').last()).toHaveText(formatP(h.p));
  }
  const note = table.getByTestId('firth-note');
  await expect(note).toContainText('Firth-penalised (a group had no events)');
  await expect(note).toContainText(`“${eventless.label}” had no events`);
  await expect(note.locator('abbr')).toHaveAttribute('title', /profile/);
});
