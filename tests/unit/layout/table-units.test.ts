import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import NumbersTable from '../../../src/components/NumbersTable.svelte';
import { createEngine } from '../../../src/lib/engine/engine';
import { survivalTableRows } from '../../../src/lib/export/survival-csv';
import {
  formatMedianIn,
  groupNames,
  inUnit,
  MONTHS_TABLE,
  timeColumn,
  timeHeading,
} from '../../../src/lib/layout/table-units';
import demo from '../../reference/explorer-demo.json';
import { deepFreeze } from './curves';

const engine = createEngine();
engine.load(new Uint8Array(readFileSync('public/data/demo-cohort.arrow')), 'demo-cohort.arrow');
const request = { endpoint: 'pfs', stratifier: 'triple_refractory' } as const;
const result = deepFreeze(engine.run({ kind: 'survival', ...request }));
const hazards = deepFreeze(engine.run({ kind: 'hazards', ...request }));
// tests/reference/r/explorer.R: survfit(Surv(pfs_months, pfs_event) ~ triple_refractory), its
// median and 95% CI (months); in years R's value / 12, shown to 0.01 year.
const r = demo.cases.find(
  (c) => c.endpoint === 'pfs' && c.stratifier === 'triple_refractory' && !c.as_published,
)!;
const YEARS = deepFreeze({ timeUnit: 'years' as const, groupLabels: ['Not refractory', ''] });

describe('the numbers table in the unit and group labels of the figure', () => {
  it.each([
    [12, 'months', 12, '12 mo', 'surv_12'],
    [12, 'years', 1, '1 yr', 'surv_1y'],
    [18, 'years', 1.5, '1.5 yr', 'surv_1.5y'],
    [0, 'years', 0, '0 yr', 'surv_0y'],
  ] as const)('%s months in %s: %s, heading "%s", CSV column %s', (t, unit, value, head, col) => {
    expect(inUnit(t, unit)).toBe(value);
    expect(timeHeading(t, unit)).toBe(head);
    expect(timeColumn(t, unit)).toBe(col);
  });

  it.each([
    [null, 'months', null],
    [Number.NaN, 'years', null],
  ] as const)('inUnit(%s, %s) is %s (a missing time stays missing)', (t, unit, out) => {
    expect(inUnit(t, unit)).toBe(out);
  });

  it('medians with their CI in years are R’s months / 12, "not reached" kept', () => {
    const g = r.groups[0];
    const y = (v: number | null) => (v === null ? 'not reached' : (v / 12).toFixed(2));
    expect(formatMedianIn(g.median, g.lower, g.upper, 'years')).toBe(
      `${y(g.median)} (${y(g.lower)}–${y(g.upper)})`,
    );
    expect(formatMedianIn(g.median, g.lower, g.upper, 'months')).toBe(
      `${g.median!.toFixed(1)} (${g.lower!.toFixed(1)}–${y(g.upper)})`,
    );
  });

  it('groupNames puts the typed labels in place of the data’s, an empty one keeping its own', () => {
    expect(groupNames(result.groups, YEARS)).toEqual(['Not refractory', result.groups[1].label]);
    expect(groupNames(result.groups, MONTHS_TABLE)).toEqual(result.groups.map((g) => g.label));
  });

  it('the table on screen says years in its headings, shows medians in years and the typed labels', () => {
    const { body } = render(NumbersTable, { props: { result, hazards, units: YEARS } });
    expect(body).toContain('Median, years (95% CI)');
    expect(body).toContain('1 yr (95% CI)');
    expect(body).not.toContain('>12 mo (95% CI)');
    const g = r.groups[1];
    expect(body).toContain(
      `${(g.median! / 12).toFixed(2)} (${(g.lower! / 12).toFixed(2)}–not reached)`,
    );
    expect(body).toContain('Not refractory');
    expect(body).toMatch(/Hazard ratios vs <em>Not refractory<\/em>/);
  });

  it('the table’s CSV in years: median_years, surv_1y columns, R’s medians / 12, the typed labels', () => {
    const rows = survivalTableRows(result, hazards, 'demo', undefined, YEARS);
    const header = rows[0] as string[];
    expect(header).toContain('median_years');
    expect(header).toContain('surv_1y');
    expect(header).not.toContain('median_months');
    expect(rows[1][header.indexOf('group')]).toBe('Not refractory (reference)');
    r.groups.forEach((g, k) => {
      expect(rows[k + 1][header.indexOf('median_years')]).toBeCloseTo(g.median! / 12, 6);
      expect(rows[k + 1][header.indexOf('median_lower')]).toBeCloseTo(g.lower! / 12, 6);
    });
    // Survival at a time is a proportion: the same in any unit.
    expect(rows[1][header.indexOf('surv_1y')]).toBeCloseTo(r.groups[0].at_surv[0]!, 6);
  });

  it('by default the CSV is as before: months and the data’s labels', () => {
    const header = survivalTableRows(result, hazards, 'demo')[0];
    expect(header).toContain('median_months');
    expect(header).toContain('surv_12');
  });
});
