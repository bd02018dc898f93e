import type { Tab } from '../state/tabs';
import { copyFigure, DEFAULT_FIGURE, type FigureOptions } from './figure-options';

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
  | 'legend'
  | 'exportSize' // width in mm and dpi of the "PNG … mm" export (every chart: its shape kept)
  | 'size'; // height in mm and the preview at export size (the survival chart, laid out at size)

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
  'exportSize',
  'size',
];

/** The options each control sets. */
const FIELDS: Readonly<Record<FigureControl, readonly (keyof FigureOptions)[]>> = {
  time: ['timeUnit', 'xMax', 'xBy'],
  survivalAxis: ['yScale', 'yMin'],
  marks: ['censorMarks', 'medianGuides', 'testAnnotation', 'hrAnnotation'],
  palette: ['palette'],
  font: ['font'],
  title: ['title'],
  axisTitles: ['xLabel', 'yLabel'],
  groupLabels: ['groupLabels'],
  legend: ['legend'],
  exportSize: ['widthMm', 'dpi'],
  size: ['heightMm', 'previewSize'],
};

/**
 * The one rule of which Figure options reach the charts of each view (docs/layout.md, "Figure
 * options on every chart"). One set of options (the URL's), applied where it makes sense:
 * - curves: every option (Kaplan–Meier main chart, landmark panel, facets);
 * - forest: palette (the point and interval colour: greys give black), font, title; no time axis,
 *   no survival axis, no legend, and rows are factors, not groups. The proportional-hazards
 *   residual plots under it take palette (greys: black smooth, dashed ± 2 SE band) and font; their
 *   titles stay their own (the covariate), the typed title naming the forest plot;
 * - mrd: its survival charts take every option but group labels (the view's charts group patients
 *   differently: MRD groups, the chosen stratifier); the competing-risk chart takes time, palette,
 *   font and titles (one line style per cause); the swimmer plot the time unit and tick interval
 *   (each row is a patient's whole follow-up, so no axis end), its group colours, font and title.
 * - safety: the CRS bars take palette (their one colour), font and title; the ADA chart time,
 *   palette, font and titles; its survival chart every option but group labels (the view's charts
 *   group patients differently); the kinetics plots palette (group colours) and font, as on the
 *   kinetics view.
 * - response: the chart of response over time (the view's first chart) takes palette (band
 *   colours: greys give a dark-to-light ramp with progression hatched), font and title; its months
 *   are counted bars, so no time unit or axis end.
 * - correlations: the matrix (the view's first chart) takes font and title, not the palette (its
 *   diverging red–blue scale carries the sign of ρ); the scatter plot palette (points: greys give
 *   black, filled versus hollow) and font.
 * - kinetics: the transgene chart over time (the view's first chart) and the dot-and-box plots take
 *   palette (group colours: greys give each group a grey from black with its own dash), font and
 *   title; their axes are a log concentration and days on a compressed scale, so no time unit,
 *   axis end or survival axis, and their groups follow the view's own exclusions, so no group labels.
 * Every chart's "PNG … mm" export takes the width (mm) and dpi (`exportSize`, printSize()); only the
 * survival chart is laid out at that size, with its height and a preview (`size`).
 * Views absent here (cohort, paper table) are not yet
 * covered: their charts keep their own look, and the Figure panel is not shown there.
 */
export const FIGURE_SCOPE: Readonly<Partial<Record<Tab, readonly FigureControl[]>>> = {
  curves: FIGURE_CONTROLS,
  forest: ['palette', 'font', 'title', 'exportSize'],
  mrd: [
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
  safety: [
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
  response: ['palette', 'font', 'title', 'exportSize'],
  correlations: ['palette', 'font', 'title', 'exportSize'],
  kinetics: ['palette', 'font', 'title', 'exportSize'],
};

/** Why a control does nothing on a view, in plain words (shown under the panel). */
export const NOT_HERE: Readonly<Partial<Record<Tab, string>>> = {
  forest:
    'The forest plot has no time or survival axis and no legend, and its rows are factors, not groups: only colours, text size and the title apply. The residual plots of the proportional-hazards test follow the colours and text size; each keeps its own title (the factor). The width and dpi for export size this view’s “PNG … mm” exports too (each chart keeps its shape); the height and the preview at export size are the survival curves’ own.',
  mrd: 'Group labels are not offered here: the charts of this view group patients differently. The swimmer plot always shows each patient’s whole follow-up; survival-axis, mark and legend choices act on the survival curves. The width and dpi for export size this view’s “PNG … mm” exports too (each chart keeps its shape); the height and the preview at export size are the survival curves’ own.',
  safety:
    'Group labels are not offered here: the charts of this view group patients differently. The CRS bars have no time axis; the kinetics plots take colours and text size only. The width and dpi for export size this view’s “PNG … mm” exports too (each chart keeps its shape); the height and the preview at export size are the survival curves’ own.',
  response:
    'Only colours, text size and the title act on the chart of response over time: its bars are counted month by month (no time unit or axis end), its vertical axis is a share of patients, and its legend names the response bands, not groups. The width and dpi for export size this view’s “PNG … mm” exports too (each chart keeps its shape); the height and the preview at export size are the survival curves’ own.',
  correlations:
    'Only colours, text size and the title apply: neither chart has a time or survival axis, a legend of groups or group labels. The title names the matrix (the view’s first chart); colours act on the scatter plot’s points — the matrix keeps its red–blue scale, whose two hues carry the sign of ρ. The width and dpi for export size this view’s “PNG … mm” exports too (each chart keeps its shape); the height and the preview at export size are the survival curves’ own.',
  kinetics:
    'Only colours, text size and the title apply: the charts’ axes are transgene copies on a log scale and days since infusion on a compressed scale (no time unit, axis end or survival axis), and their groups are the ones compared here, after any exclusion (no group labels or legend position). The title names the transgene chart (the view’s first chart). The width and dpi for export size this view’s “PNG … mm” exports too (each chart keeps its shape); the height and the preview at export size are the survival curves’ own.',
};

/** The controls that act on the charts of a view (none: the Figure panel is not shown). */
export function figureScope(tab: Tab): readonly FigureControl[] {
  return FIGURE_SCOPE[tab] ?? [];
}

/**
 * The options as the charts of a view take them: the choices outside its scope are the defaults,
 * and (`first` false) the typed title is left to the view's first chart.
 * @example figureFor('forest', { ...DEFAULT_FIGURE, timeUnit: 'years' }).timeUnit // 'months'
 */
export function figureFor(tab: Tab, o: Readonly<FigureOptions>, first = true): FigureOptions {
  const out = copyFigure(o);
  const scope = figureScope(tab);
  const set = out as unknown as Record<string, unknown>;
  for (const c of FIGURE_CONTROLS)
    if (!scope.includes(c) || (c === 'title' && !first))
      for (const f of FIELDS[c]) set[f] = copyFigure(DEFAULT_FIGURE)[f];
  return out;
}
