import { axisTitles, timeAxis, type TimeAxis } from './axis-options';
import { DEFAULT_FIGURE, type FigureOptions } from './figure-options';
import { relabel } from './group-labels';
import { FONT_SIZES, paletteStyles } from './palette-options';

/** The cumulative incidence chart's texts, colours, sizes and time axis under the Figure options. */
export interface CumincLook {
  title: string;
  xLabel: string;
  yLabel: string;
  /** Group labels as drawn (the typed ones in order, else the data's). */
  labels: string[];
  /** One colour per group (the cause keeps its line style: solid, dashed). */
  colors: string[];
  fontSize: number;
  titleSize: number;
  axis: TimeAxis;
}

/**
 * What the Figure options change on a cumulative incidence chart (docs/layout.md, "Figure options
 * on every chart"): the typed title and axis titles, the group labels, the palette's colour of each
 * group (greys for print: the line style already tells the causes apart, so the groups differ by
 * shade), the font size, and the time axis (unit, end, interval — `timeAxis`, as the survival
 * chart's). The survival-axis, mark and legend options do not apply.
 * @example cumincLook({ title: 'T', xLabel: 'Months since infusion', yLabel: 'CI', groups: [{ label: 'a' }], lastTime: 40, maxTicks: 7 }, { ...DEFAULT_FIGURE, timeUnit: 'years' }).axis.labels // ['0','1','2','3','4']
 */
export function cumincLook(
  input: {
    title: string;
    xLabel: string;
    yLabel: string;
    groups: readonly { label: string }[];
    lastTime: number;
    maxTicks: number;
  },
  o: Readonly<FigureOptions> = DEFAULT_FIGURE,
): CumincLook {
  const fontSize = FONT_SIZES[o.font];
  return {
    title: o.title ?? input.title,
    xLabel: axisTitles(input.xLabel, o).x,
    yLabel: o.yLabel ?? input.yLabel,
    labels: relabel(input.groups, o.groupLabels).map((g) => g.label),
    colors: paletteStyles(input.groups.length, o.palette).map((s) => s.color),
    fontSize,
    titleSize: fontSize + 3,
    axis: timeAxis(input.lastTime, o, input.maxTicks),
  };
}
