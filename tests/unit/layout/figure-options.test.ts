import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FIGURE,
  MAX_FIGURE_TEXT,
  parseFigureParams,
  serialiseFigureParams,
  type FigureOptions,
} from '../../../src/lib/layout/figure-options';
import { parseViewParams, serialiseViewParams } from '../../../src/lib/state/view-params';

describe('figure options in the URL', () => {
  it('parseFigureParams gives the defaults, and serialises them to nothing, for an empty query', () => {
    expect(parseFigureParams('').options).toEqual(DEFAULT_FIGURE);
    expect(serialiseFigureParams(DEFAULT_FIGURE)).toEqual([]);
  });

  it.each<[string, Partial<FigureOptions>]>([
    ['xmax=60', { xMax: 60 }],
    ['xby=12', { xBy: 12 }],
    ['tunit=years', { timeUnit: 'years' }],
    ['yscale=prob', { yScale: 'prob' }],
    ['ymin=0.5', { yMin: 0.5 }],
    ['censor=0', { censorMarks: false }],
    ['medians=0', { medianGuides: false }],
    ['pval=0', { testAnnotation: false }],
    ['palette=grey', { palette: { kind: 'grey' } }],
    [
      'palette=custom%3A%23000%2C%23ff0000',
      { palette: { kind: 'custom', colors: ['#000', '#ff0000'] } },
    ],
    ['font=large', { font: 'large' }],
    ['title=My+figure', { title: 'My figure' }],
    ['xlab=Years+from+infusion', { xLabel: 'Years from infusion' }],
    ['ylab=PFS', { yLabel: 'PFS' }],
    ['legend=none', { legend: 'none' }],
    [
      'labels=Not+refractory%7C%7CRefractory',
      { groupLabels: ['Not refractory', '', 'Refractory'] },
    ],
    ['wmm=85', { widthMm: 85 }],
    ['wmm=174&hmm=120', { widthMm: 174, heightMm: 120 }],
    ['dpi=600', { dpi: 600 }],
    ['hr=1', { hrAnnotation: true }],
    ['preview=1', { previewSize: true }],
  ])('%s is read and written back unchanged', (query, change) => {
    const { options, ignored } = parseFigureParams(`?${query}`);
    expect(ignored).toEqual([]);
    expect(options).toEqual({ ...DEFAULT_FIGURE, ...change });
    expect(new URLSearchParams(serialiseFigureParams(options)).toString()).toBe(query);
  });

  it.each([
    ['xmax', '-3'],
    ['xmax', 'abc'],
    ['xby', '0'],
    ['tunit', 'weeks'],
    ['yscale', 'log'],
    ['ymin', '1'],
    ['ymin', '-0.1'],
    ['censor', 'yes'],
    ['palette', 'rainbow'],
    ['palette', 'custom:#12345'],
    ['palette', 'custom:red,blue'],
    ['palette', 'custom:'],
    ['font', 'huge'],
    ['title', '   '],
    ['legend', 'left'],
    ['labels', '||'],
    ['wmm', '30'],
    ['wmm', '300'],
    ['hmm', '10'],
    ['hmm', 'auto'],
    ['dpi', '50'],
    ['dpi', '300.5'],
    ['dpi', '5000'],
    ['hr', 'yes'],
    ['preview', '2'],
  ])('%s=%s is ignored with a reason and the default kept', (name, value) => {
    const { options, ignored } = parseFigureParams(
      new URLSearchParams({ [name]: value }).toString(),
    );
    expect(options).toEqual(DEFAULT_FIGURE);
    expect(ignored).toHaveLength(1);
    expect(ignored[0].name).toBe(name);
    expect(ignored[0].reason).not.toBe('');
  });

  it('caps a typed title at the longest text kept', () => {
    const { options } = parseFigureParams(`?title=${'x'.repeat(500)}`);
    expect(options.title).toHaveLength(MAX_FIGURE_TEXT);
  });

  it('the view URL carries the figure options beside the view and survives a round trip', () => {
    const search = '?endpoint=os&tunit=years&xby=1&yscale=prob&palette=grey&legend=below';
    const { params, ignored } = parseViewParams(search);
    expect(ignored).toEqual([]);
    expect(params.endpoint).toBe('os');
    expect(params.figure).toMatchObject({
      timeUnit: 'years',
      xBy: 1,
      yScale: 'prob',
      legend: 'below',
    });
    expect(parseViewParams(serialiseViewParams(params)).params).toEqual(params);
  });

  it('the view URL reports a bad figure parameter like any other', () => {
    const { ignored } = parseViewParams('?ymin=2');
    expect(ignored.map((i) => i.name)).toEqual(['ymin']);
  });
});
