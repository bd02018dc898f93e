import { describe, expect, it } from 'vitest';
import { openPaperLink, paperHref } from '../../../src/lib/state/paper-link';
import { viewLabel } from '../../../src/lib/state/paper-view-label';
import { ViewState } from '../../../src/lib/state/view-state.svelte';
import { curvesLink, forestLink, tabLink } from '../../../src/lib/paper/paper-links';

describe('links of the paper table', () => {
  it('a link opens its view in place: the view state becomes the link’s view', () => {
    const view = new ViewState();
    view.tab = 'paper';
    expect(
      openPaperLink(view, curvesLink('os', 'car_persist_ge6', { asPublished: true })),
    ).toBeNull();
    expect(view.snapshot()).toMatchObject({
      tab: 'curves',
      endpoint: 'os',
      stratifier: 'car_persist_ge6',
      asPublished: true,
    });
    expect(openPaperLink(view, forestLink('mrd', { factors: ['triple_refractory'] }))).toBeNull();
    expect(view.snapshot()).toMatchObject({
      tab: 'forest',
      endpoint: 'mrd',
      ties: 'breslow',
      chosenFactors: ['triple_refractory'],
    });
  });

  it('a link to a view this build does not have leaves the view alone and says why', () => {
    const view = new ViewState();
    view.tab = 'paper';
    const reason = openPaperLink(view, '?tab=not_yet_built&by=mrd_group');
    expect(reason).toContain('cannot open that view yet');
    expect(reason).toContain('tab=not_yet_built');
    expect([view.tab, view.stratifier]).toEqual(['paper', null]);
  });

  it('views built alongside get ?tab=<id> and the shared parameters only', () => {
    expect(tabLink('kinetics', { by: 'triple_refractory' })).toBe(
      '?tab=kinetics&by=triple_refractory',
    );
    expect(tabLink('mrd', { endpoint: 'os' })).toBe('?tab=mrd&endpoint=os');
    expect(tabLink('cohort', { endpoint: 'pfs' })).toBe('?tab=cohort');
  });

  it('the address of a link keeps the dataset of the current address', () => {
    expect(paperHref('?by=triple_refractory', '?data=cohort.arrow&tab=paper', '/app/')).toBe(
      '/app/?data=cohort.arrow&by=triple_refractory',
    );
    expect(paperHref('', '?tab=paper', '/')).toBe('/');
  });

  it.each([
    ['', 'Survival curves'],
    ['?endpoint=os&by=triple_refractory', 'Survival curves'],
    ['?tab=forest&ties=breslow', 'Cox forest plots'],
    ['?tab=kinetics', 'CAR-T kinetics'],
    ['?tab=cohort', 'Cohort (Table 1)'],
  ])('the link %s is named “%s”', (query, label) => {
    expect(viewLabel(query)).toBe(label);
  });
});
