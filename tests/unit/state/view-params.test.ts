import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEW,
  parseViewParams,
  serialiseViewParams,
  type ViewParams,
} from '../../../src/lib/state/view-params';
import { TABS } from '../../../src/lib/state/tabs';

const view = (p: Partial<ViewParams>): ViewParams => ({
  ...DEFAULT_VIEW,
  exclude: [],
  chosenFactors: [...DEFAULT_VIEW.chosenFactors],
  ...p,
});

describe('view parameters in the URL', () => {
  it.each([
    ['the default view', view({})],
    ['an endpoint and a stratifier', view({ endpoint: 'os', stratifier: 'triple_refractory' })],
    ['a cut-point split', view({ stratifier: 'bm_pc_pct', cut: 37.5 })],
    [
      'a reference and left-out groups',
      view({ stratifier: 'mrd_group', reference: 'sustained_neg', exclude: ['died_mrd_neg'] }),
    ],
    ['a numeric reference', view({ stratifier: 'prior_asct', reference: 1 })],
    ['a facet', view({ stratifier: 'triple_refractory', facet: 'prior_asct' })],
    [
      'the display toggles and as published',
      view({ showBands: false, showEvents: true, asPublished: true }),
    ],
    [
      'the forest tab with Breslow ties and chosen factors',
      view({ tab: 'forest', ties: 'breslow', chosenFactors: ['age_years', 'triple_exposed'] }),
    ],
    ['no multivariable factor at all', view({ tab: 'forest', chosenFactors: [] })],
    [
      'the response tab by a stratifier',
      view({ tab: 'response', stratifier: 'triple_refractory' }),
    ],
    [
      'the MRD endpoint with a landmark stratifier',
      view({ endpoint: 'mrd', stratifier: 'mrd_neg_ge12' }),
    ],
    [
      'the MRD tab with its swimmer sorted by duration of negativity',
      view({ tab: 'mrd', swimmerSort: 'negativity', stratifier: 'cr_by_m3' }),
    ],
    ['the swimmer sorted by follow-up', view({ tab: 'mrd', swimmerSort: 'followup' })],
    [
      'the kinetics tab with Welch tests and linear-up/log-down AUC',
      view({
        tab: 'kinetics',
        stratifier: 'mrd_group',
        exclude: ['lost_neg'],
        kineticsTest: 'welch',
        aucMethod: 'lin-up-log-down',
      }),
    ],
    ['the safety tab with the default test and AUC', view({ tab: 'safety', endpoint: 'os' })],
    [
      'the correlations tab with a selected cell',
      view({ tab: 'correlations', correlationPair: ['car_persist_months', 'pfs_months'] }),
    ],
    [
      'the fair analysis of MRD negativity ≥ 12 months with the naive curves and landmark 18',
      view({ stratifier: 'mrd_neg_ge12', showNaive: true, fairLandmark: 18 }),
    ],
    [
      'the cohort tab by a post-baseline stratifier, reference chosen',
      view({ tab: 'cohort', stratifier: 'mrd_group', reference: 'sustained_neg' }),
    ],
    ['the curves with an RMST horizon of 36 months', view({ stratifier: 'mrd_group', tau: 36 })],
    ['a fractional RMST horizon', view({ tau: 48.5 })],
    ['the forest with Holm-adjusted p-values', view({ tab: 'forest', forestP: 'holm' })],
    ['the forest with Benjamini–Hochberg q-values', view({ tab: 'forest', forestP: 'BH' })],
    ['the classic at-risk-only table', view({ riskTable: 'classic' })],
    [
      'small groups under 10 with their counts suppressed',
      view({ stratifier: 'ecog', minCell: 10, suppressSmall: true }),
    ],
  ])('parse ∘ serialise round-trips %s', (_what, params) => {
    const parsed = parseViewParams(serialiseViewParams(params));
    expect(parsed.ignored).toEqual([]);
    expect(parsed.params).toEqual(params);
  });

  it('serialise writes only what differs from the default view', () => {
    expect(serialiseViewParams(view({}))).toBe('');
    expect(serialiseViewParams(view({ endpoint: 'os', showBands: false }))).toBe(
      '?endpoint=os&bands=0',
    );
    expect(
      serialiseViewParams(view({ tab: 'kinetics', kineticsTest: 'welch', aucMethod: 'linear' })),
    ).toBe('?tab=kinetics&pktest=welch');
  });

  it('serialise writes the table and small-cell choices as risktable=classic&mincell=…&suppress=1', () => {
    expect(
      serialiseViewParams(view({ riskTable: 'classic', minCell: 3, suppressSmall: true })),
    ).toBe('?risktable=classic&mincell=3&suppress=1');
    expect(serialiseViewParams(view({ riskTable: 'kmunicate', minCell: 5 }))).toBe('');
  });

  it('serialise writes the fair analysis’s choices as naive=1&lm=…', () => {
    expect(
      serialiseViewParams(view({ stratifier: 'mrd_neg_ge12', showNaive: true, fairLandmark: 18 })),
    ).toBe('?by=mrd_neg_ge12&naive=1&lm=18');
  });

  it('serialise writes the MRD tab and its swimmer order as tab=mrd&swimmer=…', () => {
    expect(serialiseViewParams(view({ tab: 'mrd', swimmerSort: 'negativity' }))).toBe(
      '?tab=mrd&swimmer=negativity',
    );
    expect(serialiseViewParams(view({ tab: 'mrd' }))).toBe('?tab=mrd');
  });

  it('serialise keeps the app’s own data and embed parameters first', () => {
    expect(serialiseViewParams(view({ endpoint: 'os' }), '?embed=1&x=2&data=a.arrow')).toBe(
      '?data=a.arrow&embed=1&endpoint=os',
    );
  });

  it.each([
    ['endpoint=xyz', 'endpoint', 'not one of pfs, os, dor, mrd'],
    ['tab=table', 'tab', `not one of ${TABS.map((t) => t.id).join(', ')}`],
    ['swimmer=age', 'swimmer', 'not one of progression, negativity, followup'],
    ['cut=abc', 'cut', 'not a number'],
    ['bands=yes', 'bands', 'must be 1 or 0'],
    ['by=<script>', 'by', 'not a column name'],
    ['ties=exact', 'ties', 'not one of efron, breslow'],
    ['colour=red', 'colour', 'not a parameter of the explorer'],
    ['__proto__=1', '__proto__', 'not a parameter of the explorer'],
    ['pktest=t', 'pktest', 'not one of rank, welch'],
    ['auc=log', 'auc', 'not one of linear, lin-up-log-down'],
    ['pair=cmax_copies', 'pair', 'not two different column names'],
    ['pair=pfs_months,pfs_months', 'pair', 'not two different column names'],
    ['tau=0', 'tau', 'not a positive number of months'],
    ['tau=-12', 'tau', 'not a positive number of months'],
    ['tau=soon', 'tau', 'not a positive number of months'],
    ['padj=bonferroni', 'padj', 'not one of raw, holm, BH'],
    ['naive=yes', 'naive', 'must be 1 or 0'],
    ['risktable=survminer', 'risktable', 'not one of kmunicate, classic'],
    ['mincell=0', 'mincell', 'not a whole number from 1 to 50'],
    ['mincell=2.5', 'mincell', 'not a whole number from 1 to 50'],
    ['mincell=51', 'mincell', 'not a whole number from 1 to 50'],
    ['suppress=yes', 'suppress', 'must be 1 or 0'],
    ['lm=0', 'lm', 'not a number of months greater than 0'],
    ['lm=six', 'lm', 'not a number of months greater than 0'],
  ])('parse ignores %s and says why', (query, name, reason) => {
    const { params, ignored } = parseViewParams(`?${query}&events=1`);
    expect(ignored).toEqual([{ name, value: expect.any(String), reason }]);
    // The rest of the link still applies; the ignored parameter keeps its default.
    expect(params.showEvents).toBe(true);
    expect(params.endpoint).toBe('pfs');
  });
});
