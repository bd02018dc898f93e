import { describe, expect, it } from 'vitest';
import { DEFAULT_FIGURE } from '../../../src/lib/layout/figure-options';
import {
  FIGURE_CONTROLS,
  NOT_HERE,
  figureScope,
  secondaryFigure,
} from '../../../src/lib/layout/figure-scope';
import { TABS } from '../../../src/lib/state/tabs';
import { deepFreeze } from './curves';

describe('figureScope', () => {
  it.each([
    { tab: 'curves', applies: FIGURE_CONTROLS },
    { tab: 'forest', applies: ['palette', 'font', 'title'] },
    { tab: 'mrd', applies: ['time', 'palette', 'font', 'title', 'axisTitles', 'groupLabels'] },
    { tab: 'paper', applies: [] },
    { tab: 'kinetics', applies: [] },
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

describe('secondaryFigure', () => {
  it('keeps every option but the typed title, which names the view’s first chart only', () => {
    const o = deepFreeze({ ...DEFAULT_FIGURE, title: 'Figure 2', font: 'large' as const });
    expect(secondaryFigure(o)).toEqual({ ...o, title: null });
  });
});
