import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/lib/engine/engine';
import { curveStepRows } from '../../../src/lib/export/survival-csv';
import { survivalExports } from '../../../src/lib/state/export-actions';
import { cumincExports } from '../../../src/lib/state/cuminc-exports';

// The curve-steps CSV keeps its columns (a contract: tests/e2e/travel.spec.ts reads the exact
// header) and its times in months; the buttons say which unit the file's times are in.
const engine = createEngine();
engine.load(new Uint8Array(readFileSync('public/data/demo-cohort.arrow')), 'demo-cohort.arrow');
const request = { endpoint: 'pfs', stratifier: 'triple_refractory' } as const;
const result = engine.run({ kind: 'survival', ...request });
const dataset = { label: 'demo-cohort.arrow', simulated: true };
const none = () => null;
const sized = (timeUnit: 'months' | 'years') => ({
  chart: null,
  widthMm: null,
  dpi: 300,
  table: { timeUnit, groupLabels: [] },
});

describe('the unit of the exported curve steps', () => {
  it('keeps the curve-steps header and times in months whatever unit the chart shows', () => {
    const rows = curveStepRows(result, dataset.label);
    expect(rows[0].join(',')).toBe(
      'dataset,view,group,time,n_risk,n_event,n_censor,surv,std_err,lower,upper',
    );
    expect(rows[1][3]).toBe(result.groups[0].steps[0].time);
  });

  it.each([
    { unit: 'months', says: /time in months\)?$/, not: /years/ },
    { unit: 'years', says: /time in months \(the chart shows years: divide by 12\)$/, not: null },
  ] as const)('names months on the curve-steps button when the chart shows $unit', (c) => {
    const actions = survivalExports(
      none,
      result,
      null,
      dataset,
      undefined,
      undefined,
      sized(c.unit),
    );
    const title = actions.find((a) => a.id === 'csv-steps')!.title;
    expect(title).toMatch(c.says);
    if (c.not) expect(title).not.toMatch(c.not);
  });

  it('names the competing-risk report times in the chosen unit on its CSV button, and the months of its columns', () => {
    const cuminc = engine.run({ kind: 'cuminc', endpoint: 'mrd', stratifier: null });
    const title = (u: 'months' | 'years') =>
      cumincExports(none, cuminc, dataset, u).find((a) => a.id === 'csv')!.title;
    expect(title('months')).toContain('at 12 and 24 months, Gray’s test');
    expect(title('years')).toContain(
      'at 1 and 2 years, Gray’s test (columns named in months: cif_12, cif_24)',
    );
  });
});
