import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/lib/engine/engine';
import { cumincCsvTitle, curveStepsTitle } from '../../../src/lib/export/csv-unit-titles';
import { curveStepRows } from '../../../src/lib/export/survival-csv';

// The curve-steps CSV keeps its columns (a contract: tests/e2e/travel.spec.ts reads the exact
// header) and its times in months; the buttons say which unit the file's times are in.
const engine = createEngine();
engine.load(new Uint8Array(readFileSync('public/data/demo-cohort.arrow')), 'demo-cohort.arrow');
const result = engine.run({ kind: 'survival', endpoint: 'pfs', stratifier: 'triple_refractory' });

describe('the unit of the exported curve steps and competing-risk numbers', () => {
  it('keeps the curve-steps header and times in months whatever unit the chart shows', () => {
    const rows = curveStepRows(result, 'demo');
    expect(rows[0].join(',')).toBe(
      'dataset,view,group,time,n_risk,n_event,n_censor,surv,std_err,lower,upper',
    );
    expect(rows[1][3]).toBe(result.groups[0].steps[0].time);
  });

  it.each([
    { unit: 'months', ending: 'time in months' },
    { unit: 'years', ending: 'time in months (the chart shows years: divide by 12)' },
  ] as const)('names months on the curve-steps button when the chart shows $unit', (c) => {
    expect(curveStepsTitle(c.unit).endsWith(c.ending)).toBe(true);
  });

  it.each([
    { unit: 'months', ending: 'at 12 and 24 months, Gray’s test' },
    {
      unit: 'years',
      ending: 'at 1 and 2 years, Gray’s test (columns named in months: cif_12, cif_24)',
    },
  ] as const)(
    'names the competing-risk report times in $unit on its CSV button, and the months of its columns',
    (c) => {
      const cuminc = engine.run({ kind: 'cuminc', endpoint: 'mrd', stratifier: null });
      expect(cumincCsvTitle(cuminc, c.unit).endsWith(c.ending)).toBe(true);
    },
  );
});
