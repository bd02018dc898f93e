import type { Tab } from '../state/tabs';
import type { FigureOptions } from './figure-options';

/** The Figure panel's controls, grouped as they act on a chart. */
export type FigureControl =
  | 'time' // time unit, axis end, tick interval
  | 'survivalAxis' // survival as % / probability, axis lower end
  | 'marks' // censor marks, median lines, test and p on the plot
  | 'palette'
  | 'font'
  | 'title'
  | 'axisTitles'
  | 'groupLabels'
  | 'legend';

export const FIGURE_CONTROLS: readonly FigureControl[] = [
  'time',
  'survivalAxis',
  'marks',
  'palette',
  'font',
  'title',
  'axisTitles',
  'groupLabels',
  'legend',
];

/**
 * The one rule of which Figure options reach the charts of each view (docs/layout.md, "Figure
 * options on every chart"). One set of options (the URL's), applied where it makes sense:
 * - curves: every option (Kaplan–Meier main chart, landmark panel, facets);
 * - forest: palette (the point and interval colour: greys give black), font, title; no time axis,
 *   no survival axis, no legend, and rows are terms, not groups;
 * - mrd: the competing-risk chart takes time, palette, font, title, axis titles and group labels
 *   (its line styles stay one per cause); the swimmer plot takes the time unit and tick interval
 *   (every row is a patient's whole follow-up, so no axis end), font and title.
 * Views absent here (kinetics, response, safety, correlations, cohort, paper table) are not yet
 * covered: their charts keep their own look, and the Figure panel is not shown there.
 */
export const FIGURE_SCOPE: Readonly<Partial<Record<Tab, readonly FigureControl[]>>> = {
  curves: FIGURE_CONTROLS,
  forest: ['palette', 'font', 'title'],
  mrd: ['time', 'palette', 'font', 'title', 'axisTitles', 'groupLabels'],
};

/** Why a control does nothing on a view, in plain words (shown under the panel). */
export const NOT_HERE: Readonly<Partial<Record<Tab, string>>> = {
  forest:
    'The forest plot has no time or survival axis and no legend, and its rows are factors, not groups: only colours, text size and the title apply.',
  mrd: 'Survival-axis, mark and legend choices apply to the survival curves; the swimmer plot always shows each patient’s whole follow-up.',
};

/** The controls that act on the charts of a view (none: the Figure panel is not shown). */
export function figureScope(tab: Tab): readonly FigureControl[] {
  return FIGURE_SCOPE[tab] ?? [];
}

/**
 * The options for a view's second and later charts: the typed title names the view's first chart
 * only, so landmark panels, facets and the second chart of a view keep their own titles.
 * @example secondaryFigure({ ...DEFAULT_FIGURE, title: 'Figure 2' }).title // null
 */
export function secondaryFigure(o: Readonly<FigureOptions>): FigureOptions {
  return { ...o, title: null };
}
