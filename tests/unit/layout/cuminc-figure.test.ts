import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/lib/engine/engine';
import { CAUSE_DASHES, cumincFigure } from '../../../src/lib/layout/cuminc-figure';
import { cumincTableRows, grayTestText } from '../../../src/lib/layout/cuminc-table';
import { cumincCaption, cumincRows } from '../../../src/lib/export/cuminc-csv';

const engine = createEngine();
engine.load(new Uint8Array(readFileSync('public/data/demo-cohort.arrow')), 'demo-cohort.arrow');
const result = engine.run({ kind: 'cuminc', endpoint: 'mrd', stratifier: 'iss_stage' });
const input = (width: number) => ({
  width,
  title: result.title,
  groups: result.groups,
  causes: result.causes,
  xLabel: result.timeAxis,
  yLabel: 'Cumulative incidence (death = competing event)',
  simulated: true,
});

describe('cumincFigure', () => {
  it.each([390, 800, 1440])('fits everything inside a %i px wide SVG', (width) => {
    const f = cumincFigure(input(width));
    expect(f.width).toBe(width);
    const xs = [...f.xTicks.map((t) => t.x), f.plot.x + f.plot.width];
    for (const x of xs) expect(x).toBeLessThanOrEqual(width);
    for (const item of f.legend) expect(item.y).toBeLessThanOrEqual(f.height);
    expect(f.simulatedMark!.y).toBeLessThanOrEqual(f.height);
  });

  it('draws one line per group and outcome: colour by group, solid for MRD loss, dashed for death', () => {
    const f = cumincFigure(input(800));
    expect(f.lines).toHaveLength(result.groups.length * 2);
    expect(
      f.lines.filter((l) => l.key.endsWith('-1')).every((l) => l.dash === CAUSE_DASHES[0]),
    ).toBe(true);
    expect(
      f.lines.filter((l) => l.key.endsWith('-2')).every((l) => l.dash === CAUSE_DASHES[1]),
    ).toBe(true);
    expect(new Set(f.lines.map((l) => l.color)).size).toBe(result.groups.length);
    expect(f.legend.map((l) => l.text)).toContain('Died while MRD-negative');
  });

  it('steps through cuminc’s corners: a line starts at (0, 0%) and never leaves the plot', () => {
    const f = cumincFigure(input(800));
    const bottom = f.plot.y + f.plot.height;
    for (const l of f.lines) {
      expect(l.d.startsWith(`M${f.plot.x},${bottom}`)).toBe(true);
      for (const [, x, y] of l.d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)) {
        expect(Number(x)).toBeLessThanOrEqual(f.plot.x + f.plot.width + 0.01);
        expect(Number(y)).toBeGreaterThanOrEqual(f.plot.y - 0.01);
      }
    }
  });

  it('labels the y axis literally and marks simulated data', () => {
    const f = cumincFigure(input(390));
    expect(f.yLabel.map((t) => t.text).join(' ')).toBe(
      'Cumulative incidence (death = competing event)',
    );
    expect(f.simulatedMark?.text).toMatch(/Simulated data/);
    expect(cumincFigure({ ...input(390), simulated: false }).simulatedMark).toBeNull();
  });
});

describe('cumincTableRows, grayTestText and the CSV', () => {
  it('gives one row per group and outcome with the engine’s incidence at 12 and 24 months', () => {
    const rows = cumincTableRows(result);
    expect(rows).toHaveLength(result.groups.length * 2);
    const first = result.groups[0].causes[0].at[0];
    expect(rows[0].cells[0]).toBe(
      `${(100 * first.est!).toFixed(1)}%${first.se === null ? '' : ` (SE ${(100 * first.se).toFixed(1)})`}`,
    );
  });

  it('names Gray’s test and the outcome for each p', () => {
    expect(grayTestText(result)).toHaveLength(result.tests.length);
    expect(grayTestText(result)[0]).toMatch(
      /^Gray’s test, lost MRD negativity: χ² = [\d.]+, df = 2, p/,
    );
  });

  it('CSV rows and caption name the dataset, n used / N and the method', () => {
    const rows = cumincRows(result, 'Simulated cohort');
    expect(rows[0]).toContain('cif_12_se');
    expect(rows).toHaveLength(1 + result.groups.length * 2);
    expect(rows[1][0]).toBe('Simulated cohort');
    const caption = cumincCaption(result, grayTestText(result), 'Simulated cohort');
    expect(caption[0]).toMatch(new RegExp(`^n used ${result.nUsed} of ${result.nTotal}\\.`));
  });
});
