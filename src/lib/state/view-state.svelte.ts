import type { AucMethod, EndpointId, KineticsTest, SwimmerSort, Ties } from '../engine/types';
import type { RiskTableMode } from '../layout/risk-table-layout';
import type { SmallCells } from '../layout/small-cells';
import { copyFigure, type FigureOptions } from '../layout/figure-options';
import {
  DEFAULT_VIEW,
  type ForestPScale,
  type GroupValue,
  type Tab,
  type ViewParams,
} from './view-params';

export type { GroupValue };

/**
 * Everything the user has set in the explorer, as reactive fields: endpoint, tab, stratifier (or
 * a numeric split), reference and groups compared, facets, display toggles, forest choices. Its
 * plain form (ViewParams) is what the URL carries.
 */
export class ViewState {
  tab = $state<Tab>(DEFAULT_VIEW.tab);
  endpoint = $state<EndpointId>(DEFAULT_VIEW.endpoint);
  stratifier = $state<string | null>(DEFAULT_VIEW.stratifier);
  /** Set when the stratifier is a numeric column split at a typed cut-point. */
  cut = $state<number | null>(DEFAULT_VIEW.cut);
  /** The group the others are compared with; null = the default rule. */
  reference = $state<GroupValue | null>(DEFAULT_VIEW.reference);
  /** Groups left out of the comparison. */
  exclude = $state<GroupValue[]>([]);
  facet = $state<string | null>(DEFAULT_VIEW.facet);
  /** Threshold stratifiers: count patients censored before the threshold as below it (paper). */
  asPublished = $state(DEFAULT_VIEW.asPublished);
  showBands = $state(DEFAULT_VIEW.showBands);
  showEvents = $state(DEFAULT_VIEW.showEvents);
  /** Tie handling of the Cox models: Efron (R's default) or Breslow (SPSS, as the paper). */
  ties = $state<Ties>(DEFAULT_VIEW.ties);
  /** Factors of the multivariable Cox model. */
  chosenFactors = $state<string[]>([...DEFAULT_VIEW.chosenFactors]);
  /** MRD view: how the swimmer plot's rows are ordered within each MRD group. */
  swimmerSort = $state<SwimmerSort>(DEFAULT_VIEW.swimmerSort);
  /** Kinetics comparisons: rank tests (Mann–Whitney, Kruskal–Wallis) or Welch's tests of means. */
  kineticsTest = $state<KineticsTest>(DEFAULT_VIEW.kineticsTest);
  /** Kinetics: AUC by the linear trapezoid or linear-up/log-down rule. */
  aucMethod = $state<AucMethod>(DEFAULT_VIEW.aucMethod);
  /** The correlation matrix's selected cell (two measures), or none. */
  correlationPair = $state<[string, string] | null>(DEFAULT_VIEW.correlationPair);
  /** Survival view: the RMST horizon τ (months); null = the default rule. */
  tau = $state<number | null>(DEFAULT_VIEW.tau);
  /** Forest p-values: raw, Holm- or BH-adjusted over the univariable screen. */
  forestP = $state<ForestPScale>(DEFAULT_VIEW.forestP);
  /** Survival tab: show the naive curves beside the fair analysis of a post-baseline stratifier. */
  showNaive = $state(DEFAULT_VIEW.showNaive);
  /** Survival tab: the landmark (months) of the fair analysis's side-by-side table; null = default. */
  fairLandmark = $state<number | null>(DEFAULT_VIEW.fairLandmark);
  /** Kaplan–Meier charts: KMunicate's extended table under the chart, or at risk only. */
  riskTable = $state<RiskTableMode>(DEFAULT_VIEW.riskTable);
  /** Groups under this size are flagged as small. */
  minCell = $state(DEFAULT_VIEW.minCell);
  /** Counts 1 … minCell − 1 shown as "<minCell" (public embeds). */
  suppressSmall = $state(DEFAULT_VIEW.suppressSmall);
  /** The "Figure" panel's choices (Kaplan–Meier charts and their exports). */
  figure = $state<FigureOptions>(copyFigure(DEFAULT_VIEW.figure));

  /** The small-cell setting, as the layouts take it. */
  get smallCells(): SmallCells {
    return { minCell: this.minCell, suppress: this.suppressSmall };
  }

  /** Compare groups of this column (or the whole cohort); resets the split and the groups. */
  stratify(column: string | null, cut: number | null = null): void {
    this.stratifier = column;
    this.cut = cut;
    this.reference = null;
    this.exclude = [];
    this.showNaive = false;
    this.fairLandmark = null;
    if (column !== null && this.facet === column) this.facet = null;
  }

  /** The view as a plain object (reading every field, so an effect re-runs on any change). */
  snapshot(): ViewParams {
    return {
      tab: this.tab,
      endpoint: this.endpoint,
      stratifier: this.stratifier,
      cut: this.cut,
      reference: this.reference,
      exclude: [...this.exclude],
      facet: this.facet,
      asPublished: this.asPublished,
      showBands: this.showBands,
      showEvents: this.showEvents,
      ties: this.ties,
      chosenFactors: [...this.chosenFactors],
      swimmerSort: this.swimmerSort,
      kineticsTest: this.kineticsTest,
      aucMethod: this.aucMethod,
      correlationPair: this.correlationPair ? [...this.correlationPair] : null,
      tau: this.tau,
      forestP: this.forestP,
      showNaive: this.showNaive,
      fairLandmark: this.fairLandmark,
      riskTable: this.riskTable,
      minCell: this.minCell,
      suppressSmall: this.suppressSmall,
      figure: copyFigure(this.figure),
    };
  }

  /** Set every field from a plain view (a URL, or back/forward). */
  apply(p: ViewParams): void {
    this.tab = p.tab;
    this.endpoint = p.endpoint;
    this.stratifier = p.stratifier;
    this.cut = p.cut;
    this.reference = p.reference;
    this.exclude = [...p.exclude];
    this.facet = p.facet;
    this.asPublished = p.asPublished;
    this.showBands = p.showBands;
    this.showEvents = p.showEvents;
    this.ties = p.ties;
    this.chosenFactors = [...p.chosenFactors];
    this.swimmerSort = p.swimmerSort;
    this.kineticsTest = p.kineticsTest;
    this.aucMethod = p.aucMethod;
    this.correlationPair = p.correlationPair ? [...p.correlationPair] : null;
    this.tau = p.tau;
    this.forestP = p.forestP;
    this.showNaive = p.showNaive;
    this.fairLandmark = p.fairLandmark;
    this.riskTable = p.riskTable;
    this.minCell = p.minCell;
    this.suppressSmall = p.suppressSmall;
    this.figure = copyFigure(p.figure);
  }
}
