import { scaleLinear, scaleLog } from 'd3-scale';
import { BOLD_TITLE } from './chart-look';
import type { FigureOptions } from './figure-options';
import { kineticsLook } from './kinetics-look';
import type { TextMark } from './km-figure';
import { logDecades, logTicks } from './log-ticks';
import { formatMeasure } from './format-measure';
import { textWidth, wrapText } from './text-width';
import type { Rect, Segment } from './types';
import { truncateLabel } from './truncate-label';

/** One group of a dot-and-box plot: its label, every patient's value, and its quartiles. */
export interface DotBoxGroupInput {
  label: string;
  /** One value per patient; null = no value (not drawn). */
  values: readonly (number | null)[];
  /** Per value: drawn as an open mark (a censored value, e.g. still detectable at the last sample). */
  open?: readonly boolean[];
  /** Quartiles of the values (R type 7); null when the group has none. */
  q1: number | null;
  median: number | null;
  q3: number | null;
  n: number;
}

export interface DotBoxInput {
  /** Width available, in pixels; the figure never draws wider. */
  width: number;
  title: string;
  /** Unit of the values, shown above the plot ("copies/µg DNA"). */
  unit: string;
  scale: 'log' | 'linear';
  groups: readonly DotBoxGroupInput[];
  /** The named test with its p ("Mann–Whitney p = 0.28"); null for none. */
  testLabel: string | null;
  simulated: boolean;
  /** Height of the plot area; default 220 px, 170 px below the narrow width. */
  plotHeight?: number;
  /** The Figure options as this chart takes them (kinetics-look.ts: palette, font, title); absent = defaults. */
  options?: Readonly<FigureOptions>;
}

export interface DotMark {
  x: number;
  y: number;
  open: boolean;
}

export interface DotBoxGroupLayout {
  color: string;
  /** Dash of the box outline ('' solid): under greys each group has its own, as its curves do. */
  dash: string;
  center: number;
  label: TextMark[];
  count: TextMark;
  /** Quartile box (Q1–Q3) and median line; null without values. */
  box: Rect | null;
  median: Segment | null;
  dots: DotMark[];
}

export interface DotBoxLayout {
  width: number;
  height: number;
  fontSize: number;
  titleSize: number;
  /** Size of the axis unit and the simulated mark. */
  smallSize: number;
  /** Font size of the group labels: smaller when a group's band is narrow, so labels never touch. */
  labelFont: number;
  title: TextMark[];
  unitLabel: TextMark;
  test: TextMark | null;
  plot: Rect;
  /** Horizontal grid lines with their labels (label right-aligned at `label.x`). */
  yTicks: { y: number; label: TextMark }[];
  /** On a log axis, the strip below the plot where zeros are drawn, with its label "0". */
  zeroBand: { rect: Rect; label: TextMark } | null;
  groups: DotBoxGroupLayout[];
  simulatedMark: TextMark | null;
}

const NARROW = 420;
const GOLDEN = 0.6180339887498949;

/**
 * A dot-and-box plot laid out for one width as one self-contained SVG: title (wrapped), the unit
 * of the axis, the named test and its p, a box per group from the first to the third quartile
 * with the median, every patient as a dot (jittered sideways in a fixed pattern, open when
 * censored), group labels with n, and the simulated mark. Log axes have ticks at powers of ten
 * and draw zeros in a strip below the axis.
 * @example dotBoxLayout({ width: 390, title: 'Cmax', unit: 'copies/µg DNA', scale: 'log', groups, testLabel: 'Mann–Whitney p = 0.28', simulated: true }).width // 390
 */
export function dotBoxLayout(input: DotBoxInput): DotBoxLayout {
  const width = Math.max(240, Math.floor(input.width));
  const narrow = width < NARROW;
  const look = kineticsLook(input.options, input.title, input.groups.length);
  // Sizes and pitches grow with the font (12 px: the 14 px title, 18 px lines).
  const { grow, fontSize: FONT } = look;
  const TITLE_FONT = 14 + grow;
  const LINE = 18 + grow;
  const title = wrapText(look.title, (width - 8) / BOLD_TITLE, TITLE_FONT).map(
    (text, i): TextMark => ({ text, x: 0, y: 15 + grow + i * LINE, anchor: 'start' }),
  );
  let y = 15 + grow + (title.length - 1) * LINE;
  const test: TextMark | null = input.testLabel
    ? { text: input.testLabel, x: 0, y: (y += LINE), anchor: 'start' }
    : null;
  const unitLabel: TextMark = {
    text: `${input.unit}${input.scale === 'log' ? ' (log scale)' : ''}`,
    x: 0,
    y: (y += LINE),
    anchor: 'start',
  };
  const top = y + 12 + grow;
  const plotHeight = input.plotHeight ?? (narrow ? 170 : 220);
  const values = input.groups.flatMap((g) => g.values.filter((v): v is number => v !== null));
  const hasZero = input.scale === 'log' && values.some((v) => v <= 0);

  // The value axis and its tick labels (which set the left margin).
  let ticks: { value: number; label: string }[];
  let toY: (v: number) => number;
  const bottom = top + plotHeight;
  if (input.scale === 'log') {
    const [lo, hi] = logDecades(values);
    const s = scaleLog()
      .domain([10 ** lo, 10 ** hi])
      .range([bottom, top]);
    ticks = logTicks([lo, hi], narrow ? 5 : 8);
    toY = (v) => s(v);
  } else {
    const max = Math.max(1, ...values);
    const s = scaleLinear()
      .domain([0, max])
      .nice(narrow ? 4 : 6)
      .range([bottom, top]);
    ticks = s.ticks(narrow ? 4 : 6).map((v) => ({
      value: v,
      label: Number.isInteger(v) ? v.toLocaleString('en-US') : formatMeasure(v, input.unit),
    }));
    toY = (v) => s(v);
  }
  const left = Math.max(34, ...ticks.map((t) => textWidth(t.label, FONT) + 10));
  const plot: Rect = { x: left, y: top, width: Math.max(40, width - left - 8), height: plotHeight };
  const yTicks = ticks.map((t) => ({
    y: toY(t.value),
    label: { text: t.label, x: left - 6, y: toY(t.value) + 4, anchor: 'end' as const },
  }));
  const zeroY = bottom + 16 + grow / 2;
  const zeroBand = hasZero
    ? {
        rect: { x: left, y: bottom + 6, width: plot.width, height: 20 + grow },
        label: { text: '0', x: left - 6, y: zeroY + 4, anchor: 'end' as const },
      }
    : null;
  const yOf = (v: number) => (input.scale === 'log' && v <= 0 ? zeroY : toY(v));

  const k = Math.max(1, input.groups.length);
  const band = plot.width / k;
  const boxWidth = Math.min(band * 0.45, 56);
  const spread = Math.min(band * 0.6, 72);
  const labelTop = (hasZero ? bottom + 26 + grow : bottom) + 16 + grow;
  // The longest word of any group label must fit its band (a word is never broken).
  const longest = Math.max(
    1,
    ...input.groups.flatMap((g) =>
      truncateLabel(g.label)
        .split(/\s+/)
        .map((w) => w.length),
    ),
  );
  const labelFont = Math.max(
    9,
    Math.min(FONT, Math.floor(((band - 6) / (longest * 0.56)) * 2) / 2),
  );
  const groups = input.groups.map((g, i): DotBoxGroupLayout => {
    const center = plot.x + band * (i + 0.5);
    const order = g.values
      .map((v, j) => ({ v, j }))
      .filter((d): d is { v: number; j: number } => d.v !== null)
      .sort((a, b) => a.v - b.v || a.j - b.j);
    const dots = order.map(({ v, j }, r) => ({
      x: center + (((r * GOLDEN) % 1) - 0.5) * spread,
      y: yOf(v),
      open: g.open?.[j] ?? false,
    }));
    const inPlot = (v: number | null) => v !== null && (input.scale === 'linear' || v > 0);
    const box =
      inPlot(g.q1) && inPlot(g.q3)
        ? {
            x: center - boxWidth / 2,
            y: yOf(g.q3!),
            width: boxWidth,
            height: Math.max(1, yOf(g.q1!) - yOf(g.q3!)),
          }
        : null;
    const median =
      g.median !== null
        ? {
            x1: center - boxWidth / 2 - 4,
            x2: center + boxWidth / 2 + 4,
            y1: yOf(g.median),
            y2: yOf(g.median),
          }
        : null;
    const label = wrapText(truncateLabel(g.label), band - 6, labelFont).map(
      (text, l): TextMark => ({
        text,
        x: clampCenter(center, text, width, labelFont),
        y: labelTop + l * (labelFont + 3),
        anchor: 'middle',
      }),
    );
    return {
      color: look.styles[i].color,
      dash: input.options?.palette.kind === 'grey' ? look.styles[i].dash : '',
      center,
      label,
      count: { text: `n = ${g.n}`, x: center, y: 0, anchor: 'middle' },
      box,
      median,
      dots,
    };
  });
  const lines = Math.max(1, ...groups.map((g) => g.label.length));
  const countY = labelTop + lines * (labelFont + 3) + 1 + grow;
  for (const g of groups)
    g.count = { ...g.count, x: clampCenter(g.center, g.count.text, width, FONT), y: countY };
  let height = countY + 8;
  const simulatedMark: TextMark | null = input.simulated
    ? {
        text: "Simulated data — not the study's patients",
        x: width,
        y: height + 12 + grow,
        anchor: 'end',
      }
    : null;
  if (simulatedMark) height += 18 + grow;
  return {
    width,
    height,
    fontSize: FONT,
    titleSize: TITLE_FONT,
    smallSize: look.smallSize,
    labelFont,
    title,
    unitLabel,
    test,
    plot,
    yTicks,
    zeroBand,
    groups,
    simulatedMark,
  };
}

/** A centred text's x, moved inwards so the text stays inside the figure. */
function clampCenter(x: number, text: string, width: number, size: number): number {
  const half = textWidth(text, size) / 2;
  return Math.min(Math.max(x, half + 1), width - half - 1);
}
