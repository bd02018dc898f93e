import { describe, expect, it } from 'vitest';
import { DEFAULT_FIGURE } from '../../../src/lib/layout/figure-options';
import {
  FIGURE_CONTROLS,
  NOT_HERE,
  figureScope,
  figureFor,
} from '../../../src/lib/layout/figure-scope';
import { TABS } from '../../../src/lib/state/tabs';
import { deepFreeze } from './curves';

describe('figureScope', () => {
  it.each([
    { tab: 'curves', applies: FIGURE_CONTROLS },
    { tab: 'forest', applies: ['palette', 'font', 'title', 'exportSize'] },
    {
      tab: 'mrd',
      applies: [
        'time',
        'survivalAxis',
        'marks',
        'palette',
        'font',
        'title',
        'axisTitles',
        'legend',
        'exportSize',
      ],
    },
    {
      tab: 'safety',
      applies: [
        'time',
        'survivalAxis',
        'marks',
        'palette',
        'font',
        'title',
        'axisTitles',
        'legend',
        'exportSize',
      ],
    },
    { tab: 'response', applies: ['palette', 'font', 'title', 'exportSize'] },
    { tab: 'correlations', applies: ['palette', 'font', 'title', 'exportSize'] },
    { tab: 'paper', applies: [] },
    { tab: 'kinetics', applies: ['palette', 'font', 'title', 'exportSize'] },
  ] as const)('gives the $tab view the controls $applies', ({ tab, applies }) => {
    expect(figureScope(tab)).toEqual(applies);
  });

  it('explains, on every view with a partial Figure panel, why the other controls are hidden', () => {
    for (const t of TABS) {
      const n = figureScope(t.id).length;
      if (n > 0 && n < FIGURE_CONTROLS.length) expect(NOT_HERE[t.id]).toMatch(/\w/);
    }
  });
});

describe('figureFor', () => {
  const o = deepFreeze({
    ...DEFAULT_FIGURE,
    title: 'Figure 2',
    font: 'large' as const,
    timeUnit: 'years' as const,
    legend: 'none' as const,
    groupLabels: ['A', 'B'],
    palette: { kind: 'grey' as const },
  });

  it('passes every option to the survival view’s first chart', () => {
    expect(figureFor('curves', o)).toEqual(o);
  });

  it('leaves the typed title to the view’s first chart: a later chart keeps its own', () => {
    expect(figureFor('curves', o, false)).toEqual({ ...o, title: null });
  });

  it.each([
    {
      tab: 'forest',
      kept: { font: 'large', palette: { kind: 'grey' }, title: 'Figure 2' },
      reset: { timeUnit: 'months', legend: 'top', groupLabels: [] },
    },
    {
      tab: 'mrd',
      kept: { font: 'large', timeUnit: 'years', legend: 'none' },
      reset: { groupLabels: [] },
    },
    {
      tab: 'response',
      kept: { font: 'large', palette: { kind: 'grey' }, title: 'Figure 2' },
      reset: { timeUnit: 'months', legend: 'top', groupLabels: [] },
    },
    {
      tab: 'kinetics',
      kept: { font: 'large', palette: { kind: 'grey' }, title: 'Figure 2' },
      reset: { timeUnit: 'months', legend: 'top', groupLabels: [] },
    },
    { tab: 'paper', kept: {}, reset: { font: 'normal', palette: { kind: 'okabe' }, title: null } },
  ] as const)(
    'gives the $tab view the options in its scope and the defaults for the rest',
    ({ tab, kept, reset }) => {
      expect(figureFor(tab, o)).toMatchObject({ ...kept, ...reset });
    },
  );

  it('gives every chart view the export width and dpi, and keeps the height and preview for the survival chart', () => {
    const sized = { ...DEFAULT_FIGURE, widthMm: 85, heightMm: 60, dpi: 600, previewSize: true };
    for (const tab of ['forest', 'mrd', 'safety', 'response', 'correlations', 'kinetics'] as const)
      expect(figureFor(tab, sized)).toMatchObject({
        widthMm: 85,
        dpi: 600,
        heightMm: null,
        previewSize: false,
      });
    expect(figureFor('curves', sized)).toMatchObject({
      widthMm: 85,
      heightMm: 60,
      previewSize: true,
    });
  });

  it('does not share the colour list or the labels with the state it reads', () => {
    const custom = { ...DEFAULT_FIGURE, palette: { kind: 'custom' as const, colors: ['#000'] } };
    const out = figureFor('curves', custom);
    expect(out.palette).toEqual(custom.palette);
    expect(out.palette).not.toBe(custom.palette);
  });
});
