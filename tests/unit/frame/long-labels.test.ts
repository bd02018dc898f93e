import { describe, expect, it } from 'vitest';
import { AnalysisFrame } from '../../../src/lib/frame/analysis-frame';
import { dataTable } from '../../../src/lib/data/data-table';
import { kmFigure } from '../../../src/lib/layout/km-figure';
import { kaplanMeier } from '../../../src/lib/stats/kaplan-meier';

// A value or a column name from a file can be any length (a 5 MB CSV cell). The frame caps the
// labels it makes (capLabel), and the KM legend draws them truncated, with the capped text as a
// tooltip; the values themselves are untouched, so groups stay what they were.
const HUGE = 'L'.repeat(5_000_000);
const longName = `site ${'n'.repeat(300)}`;

describe('long labels from the file', () => {
  const table = dataTable({ site: ['A', HUGE, 'A', 'B'], [longName]: [1, 2, 3, 4] });
  const frame = new AnalysisFrame(table, false);

  it.each([
    { what: 'a short value', label: () => frame.valueLabel('site', 'A'), expected: 'site = A' },
    {
      what: 'a 5 MB value',
      label: () => frame.valueLabel('site', HUGE),
      expected: `site = ${'L'.repeat(193)}… (5,000,007 characters)`,
    },
    {
      what: 'a 305-character column name',
      label: () => frame.label(longName),
      expected: `${longName.slice(0, 200)}… (305 characters)`,
    },
  ])('the frame caps the label of $what', ({ label, expected }) => {
    expect(label()).toBe(expected);
  });

  it('a factor keeps the whole value and caps only its label', () => {
    const f = frame.factor('site');
    expect(f.levels.map((l) => l.value)).toEqual(['A', 'B', HUGE]);
    expect(f.levels.map((l) => l.n)).toEqual([2, 1, 1]);
    expect(f.levels[2].label.length).toBeLessThan(240);
  });

  it('the KM legend draws a long label in under 100 characters, with the capped text as its title', () => {
    const curve = (label: string) => ({
      label,
      ...kaplanMeier(Float64Array.from([1, 2, 3]), Uint8Array.from([1, 0, 1])),
    });
    const long = frame.valueLabel('site', HUGE);
    const f = kmFigure({
      title: 'PFS by site',
      curves: [curve('site = A'), curve(long)],
      xLabel: 'Months since CAR-T infusion',
      showEvents: false,
      simulated: true,
      testLabel: null,
      width: 760,
    });
    expect(f.legend.map((l) => l.title)).toEqual([undefined, `${long} (n = 3, 2 events)`]);
    for (const item of f.legend) expect(item.label.length).toBeLessThan(100);
    expect(f.legend[1].label).toMatch(/^site = L+… \(n = 3, 2 events\)$/);
  });
});
