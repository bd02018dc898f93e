import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/lib/engine/engine';
import { rescaledHr } from '../../../src/lib/engine/rescaled-hr';

// R: tests/reference/r/rescaled.R — coxph(Surv(time, event) ~ I(dur / 12)) on the demo cohort.
// Tolerance: 1e-7 relative (both Newton fits converge far below it).
interface Scale {
  hr: number;
  lower: number;
  upper: number;
}
const R = JSON.parse(readFileSync('tests/reference/rescaled.json', 'utf8')) as {
  fits: { endpoint: 'pfs' | 'os'; per_month: Scale; per_12_months: Scale }[];
};
const engine = createEngine();
engine.load(new Uint8Array(readFileSync('public/data/demo-cohort.arrow')), 'demo-cohort.arrow');

const close = (a: number | null, b: number) => expect(Math.abs(a! / b - 1)).toBeLessThan(1e-7);

describe('rescaledHr', () => {
  it.each(R.fits)(
    'the $endpoint hazard ratio per month of MRD negativity is also given per 12 months, as R fits it on months / 12',
    ({ endpoint, per_month, per_12_months }) => {
      const out = engine.run({
        kind: 'forest',
        endpoint,
        factors: ['mrd_neg_duration_months'],
        mode: 'univariable',
        asPublished: true,
      });
      const row = out.rows[0];
      close(row.hr, per_month.hr);
      close(row.upper, per_month.upper);
      expect(row.rescaled?.unit).toBe('per 12 months');
      close(row.rescaled!.hr, per_12_months.hr);
      close(row.rescaled!.lower, per_12_months.lower);
      close(row.rescaled!.upper, per_12_months.upper);
    },
  );

  it.each([
    ['a factor without a second scale', { unit: 'per year' as const, order: 4 }, 0.9],
    [
      'a row without a hazard ratio',
      { unit: 'per month' as const, order: 1, rescale: { by: 12, unit: 'per 12 months' } },
      null,
    ],
    ['no registry role', undefined, 0.9],
  ])('%s has no second scale', (_, role, hr) => {
    expect(rescaledHr(role, { hr, lower: null, upper: null, p: null })).toBeNull();
  });

  it('a missing interval limit stays missing on the second scale', () => {
    const role = {
      unit: 'per month' as const,
      order: 1,
      rescale: { by: 12, unit: 'per 12 months' },
    };
    expect(rescaledHr(role, { hr: 0.5, lower: null, upper: 0.9, p: 0.1 })).toEqual({
      unit: 'per 12 months',
      hr: 0.5 ** 12,
      lower: null,
      upper: 0.9 ** 12,
    });
  });
});
