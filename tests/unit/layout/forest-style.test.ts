import { describe, expect, it } from 'vitest';
import { DEFAULT_FIGURE, type FigureOptions } from '../../../src/lib/layout/figure-options';
import { forestLayout, type ForestRowInput } from '../../../src/lib/layout/forest-layout';
import { forestStyle } from '../../../src/lib/layout/forest-style';
import { deepFreeze } from './curves';

const fig = (o: Partial<FigureOptions>): FigureOptions => deepFreeze({ ...DEFAULT_FIGURE, ...o });
const ROWS: readonly ForestRowInput[] = deepFreeze([
  { label: 'Triple-class refractory', hr: 2.75, lower: 1.15, upper: 6.49, p: 0.023 },
  { label: 'CAR-T persistence ≥ 6 months', hr: 0.25, lower: 0.11, upper: 0.54, p: 0.0004 },
]);
/** The layout ForestPlot draws for a style: rows, columns and title from forestStyle. */
const laidOut = (o: FigureOptions, stacked = false) => {
  const s = forestStyle(o, false, 'PFS', stacked);
  return forestLayout(ROWS, {
    width: 700,
    rowHeight: s.rowHeight,
    labelWidth: 250,
    textWidth: s.textWidth,
    stacked,
    title: s.title,
    titleSize: s.titleSize,
  });
};

describe('forestStyle', () => {
  it('keeps today’s forest plot under the default options (12 px text, rows 26 px, 36 px with a PH line, blue ink)', () => {
    expect(forestStyle(DEFAULT_FIGURE, false, 'PFS', false)).toEqual({
      fontSize: 12,
      smallSize: 11,
      titleSize: 15,
      rowHeight: 26,
      textWidth: 180,
      phOffset: 15,
      ink: '#1f4e8c',
      title: 'PFS',
    });
    expect(forestStyle(DEFAULT_FIGURE, true, 'PFS', true)).toMatchObject({
      rowHeight: 36,
      textWidth: 150,
    });
  });

  it.each([
    { font: 'small', size: 10, row: 22, title: 13 },
    { font: 'normal', size: 12, row: 26, title: 15 },
    { font: 'large', size: 14, row: 30, title: 17 },
  ] as const)(
    'sets $font text to $size px and rows $row px apart',
    ({ font, size, row, title }) => {
      const s = forestStyle(fig({ font }), false, 'PFS', false);
      expect(s).toMatchObject({ fontSize: size, rowHeight: row, titleSize: title });
      const l = laidOut(fig({ font }));
      expect(l.rows[1].y - l.rows[0].y).toBe(row);
    },
  );

  it('makes a large-text forest plot taller than a small-text one, its title too', () => {
    const small = laidOut(fig({ font: 'small', title: 'A long title for a figure' }));
    const large = laidOut(fig({ font: 'large', title: 'A long title for a figure' }));
    expect(large.height).toBeGreaterThan(small.height);
    expect(large.title.lineHeight).toBeGreaterThan(small.title.lineHeight);
    expect(large.columns.hr).toBeLessThan(small.columns.hr);
  });

  it.each([
    { palette: { kind: 'okabe' }, ink: '#1f4e8c' },
    { palette: { kind: 'grey' }, ink: '#000000' },
    { palette: { kind: 'custom', colors: ['#aa0000', '#00aa00'] }, ink: '#aa0000' },
  ] as const)('draws points and intervals in $ink under the $palette.kind palette', (c) => {
    const palette =
      c.palette.kind === 'custom' ? { ...c.palette, colors: [...c.palette.colors] } : c.palette;
    expect(forestStyle(fig({ palette }), false, 'PFS', false).ink).toBe(c.ink);
  });

  it('puts a typed title in place of the chart’s own', () => {
    expect(forestStyle(fig({ title: 'Figure 3' }), false, 'PFS', false).title).toBe('Figure 3');
    expect(laidOut(fig({ title: 'Figure 3' })).title.lines).toEqual(['Figure 3']);
  });

  it('ignores the time, survival-axis, legend and group-label options (rows are factors)', () => {
    const other = fig({
      timeUnit: 'years',
      xMax: 3,
      yScale: 'prob',
      yMin: 0.5,
      legend: 'none',
      groupLabels: ['x', 'y'],
    });
    expect(forestStyle(other, false, 'PFS', false)).toEqual(
      forestStyle(DEFAULT_FIGURE, false, 'PFS', false),
    );
    // The d3 scale is a function: compare the plain geometry.
    expect(JSON.stringify(laidOut(other))).toBe(JSON.stringify(laidOut(DEFAULT_FIGURE)));
  });
});
