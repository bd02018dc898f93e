import { scaleLog, scaleSymlog } from 'd3-scale';
import { line } from 'd3-shape';
import { BOLD_TITLE } from './chart-look';
import type { FigureOptions } from './figure-options';
import { kineticsLook } from './kinetics-look';
import type { LegendItem, TextMark } from './km-figure';
import { logDecades, logTicks } from './log-ticks';
import { textWidth, wrapText } from './text-width';
import type { Rect } from './types';
import { shortLabel } from './truncate-label';

export interface TransgeneSample {
  day: number;
  copies: number;
  blq: boolean;
}

export interface TransgeneInput {
  /** Width available, in pixels; the figure never draws wider. */
  width: number;
  title: string;
  /** The groups in order, with their number of patients. */
  groups: readonly { label: string; n: number }[];
  patients: readonly { id: string; group: number; samples: readonly TransgeneSample[] }[];
  /** Per group, the median copies at each scheduled visit. */
  curves: readonly (readonly { day: number; median: number; n: number }[])[];
  simulated: boolean;
  /** Height of the plot area; default 300 px, 220 px below the narrow width. */
  plotHeight?: number;
  /** The Figure options as this chart takes them (kinetics-look.ts: palette, font, title); absent = defaults. */
  options?: Readonly<FigureOptions>;
}

export interface TransgeneDot {
  x: number;
  y: number;
  open: boolean;
  color: string;
}

export interface TransgeneLayout {
  width: number;
  height: number;
  fontSize: number;
  titleSize: number;
  /** Size of the axis unit, the key and the simulated mark. */
  smallSize: number;
  title: TextMark[];
  legend: LegendItem[];
  unitLabel: TextMark;
  plot: Rect;
  xTicks: { x: number; label: TextMark }[];
  yTicks: { y: number; label: TextMark }[];
  xLabel: TextMark;
  /** The strip below the plot where samples below the limit of quantification are drawn. */
  blqBand: { rect: Rect; label: TextMark };
  patientLines: { id: string; color: string; d: string }[];
  patientDots: TransgeneDot[];
  medianLines: { label: string; color: string; dash: string; d: string; points: TransgeneDot[] }[];
  /** What the marks mean, wrapped under the axis. */
  key: TextMark[];
  simulatedMark: TextMark | null;
}

const NARROW = 520;
/** Days where the time axis stops being linear (d3's symlog constant): the first weeks stay wide. */
const SYMLOG_DAYS = 7;
const DAY_TICKS = [0, 7, 14, 28, 91, 183, 365, 730, 1096, 1461, 1826, 2191, 2557, 2922, 3287, 3652];
const KEY =
  'Thin lines: one patient each. Thick lines: median of the group at each scheduled visit (patients sampled at or near it, at least 3). Open circles: below the limit of quantification (BLQ), drawn in the strip below the axis, not at a value. Later medians are of the patients still sampled then: sampling stops at progression.';

/**
 * The CAR-T transgene chart (the paper's Fig. 6 kinetics panel) laid out for one width as one
 * self-contained SVG: copies on a log axis (ticks at 10^k) against days since infusion on an
 * axis that is linear over the first week and logarithmic after (d3's symlog), one thin line
 * per patient, the median per group at each scheduled visit as a thick line, samples below the
 * limit of quantification as open circles in a strip below the axis (the data carry no limit
 * value, so they are not drawn at one), the legend with n per group, a key, and the simulated mark.
 * @example transgeneFigure({ width: 390, title: 'CAR-T in blood', groups, patients, curves, simulated: true }).plot.width
 */
export function transgeneFigure(input: TransgeneInput): TransgeneLayout {
  const width = Math.max(260, Math.floor(input.width));
  const narrow = width < NARROW;
  const look = kineticsLook(input.options, input.title, input.groups.length);
  // Sizes and pitches grow with the font (12 px: the 15 px title, 20 px title lines, 18 px legend rows).
  const { grow, fontSize: FONT, smallSize: SMALL } = look;
  const TITLE_FONT = 15 + grow;
  const titleLine = 20 + grow;
  const styleOf = (k: number) => look.styles[k] ?? look.styles[0] ?? { color: '#000000', dash: '' };
  const title = wrapText(look.title, (width - 8) / BOLD_TITLE, TITLE_FONT).map(
    (text, i): TextMark => ({ text, x: 0, y: 16 + grow + i * titleLine, anchor: 'start' }),
  );
  let y = 16 + grow + (title.length - 1) * titleLine + 10;
  const legend: LegendItem[] = [];
  let x = 0;
  y += 14 + grow;
  input.groups.forEach((g, i) => {
    const short = shortLabel(g.label);
    const label = `${short.text} (n = ${g.n})`;
    const w = 30 + textWidth(label, FONT) + 16;
    if (x > 0 && x + w > width) {
      x = 0;
      y += 18 + grow;
    }
    const title = short.title === undefined ? {} : { title: `${short.title} (n = ${g.n})` };
    legend.push({ label, ...title, x, y, ...styleOf(i) });
    x += w;
  });
  const unitLabel: TextMark = {
    text: 'CAR transgene, copies/µg DNA (log scale)',
    x: 0,
    y: (y += 22 + grow),
    anchor: 'start',
  };
  const top = y + 12 + grow;
  const plotHeight = input.plotHeight ?? (narrow ? 220 : 300);
  const bottom = top + plotHeight;

  const positive = [
    ...input.patients.flatMap((p) => p.samples.filter((s) => !s.blq).map((s) => s.copies)),
    ...input.curves.flatMap((c) => c.map((p) => p.median)),
  ];
  const [lo, hi] = logDecades(positive);
  const yScale = scaleLog()
    .domain([10 ** lo, 10 ** hi])
    .range([bottom, top]);
  const ticks = logTicks([lo, hi], narrow ? 5 : 8);
  const left = Math.max(
    40,
    ...ticks.map((t) => textWidth(t.label, FONT) + 10),
    textWidth('BLQ', FONT) + 10,
  );
  const plot: Rect = {
    x: left,
    y: top,
    width: Math.max(60, width - left - 14),
    height: plotHeight,
  };
  const blqY = bottom + 18 + grow / 2;
  const yOf = (copies: number, blq: boolean) => (blq || copies <= 0 ? blqY : yScale(copies));

  const lastDay = Math.max(28, ...input.patients.flatMap((p) => p.samples.map((s) => s.day)));
  const end = DAY_TICKS.find((d) => d >= lastDay) ?? lastDay;
  const xScale = scaleSymlog()
    .constant(SYMLOG_DAYS)
    .domain([0, end])
    .range([plot.x, plot.x + plot.width]);
  const xTicks: { x: number; label: TextMark }[] = [];
  for (const d of DAY_TICKS.filter((t) => t <= end)) {
    const px = xScale(d);
    const text = String(d);
    const prev = xTicks[xTicks.length - 1];
    // Keep ticks whose labels do not touch the previous one (the last tick always stays).
    if (prev && px - prev.x < (textWidth(prev.label.text, FONT) + textWidth(text, FONT)) / 2 + 6) {
      if (d !== end) continue;
      xTicks.pop();
    }
    const half = textWidth(text, FONT) / 2;
    xTicks.push({
      x: px,
      label: { text, x: Math.min(px, width - half - 1), y: blqY + 30 + grow, anchor: 'middle' },
    });
  }
  const xLabel: TextMark = {
    text: narrow
      ? 'Days since infusion (log scale after day 7)'
      : 'Days since CAR-T infusion (scale compressed after the first week)',
    x: plot.x + plot.width / 2,
    y: blqY + 48 + 2 * grow,
    anchor: 'middle',
  };
  xLabel.x = Math.min(
    Math.max(xLabel.x, textWidth(xLabel.text, FONT) / 2 + 1),
    width - textWidth(xLabel.text, FONT) / 2 - 1,
  );

  const path = line<{ x: number; y: number }>()
    .x((p) => p.x)
    .y((p) => p.y)
    .digits(2);
  const patientLines: TransgeneLayout['patientLines'] = [];
  const patientDots: TransgeneDot[] = [];
  for (const p of input.patients) {
    const color = styleOf(p.group).color;
    const points = [...p.samples]
      .sort((a, b) => a.day - b.day)
      .map((s) => ({ x: xScale(s.day), y: yOf(s.copies, s.blq), open: s.blq, color }));
    if (points.length > 1) patientLines.push({ id: p.id, color, d: path(points) ?? '' });
    patientDots.push(...points);
  }
  const medianLines = input.curves.map((c, k) => {
    const style = styleOf(k);
    const points = c.map((p) => ({
      x: xScale(p.day),
      y: yOf(p.median, false),
      open: p.median <= 0,
      color: style.color,
    }));
    return {
      label: input.groups[k]?.label ?? '',
      color: style.color,
      dash: style.dash,
      d: points.length > 1 ? (path(points) ?? '') : '',
      points,
    };
  });

  const keyTop = xLabel.y + 20 + grow;
  const keyLine = 15 + grow;
  const key = wrapText(KEY, width - 4, SMALL).map((text, i): TextMark => ({
    text,
    x: 0,
    y: keyTop + i * keyLine,
    anchor: 'start',
  }));
  let height = keyTop + (key.length - 1) * keyLine + 8;
  const simulatedMark: TextMark | null = input.simulated
    ? {
        text: "Simulated data — not the study's patients",
        x: width,
        y: height + 14 + grow,
        anchor: 'end',
      }
    : null;
  if (simulatedMark) height += 20 + grow;
  return {
    width,
    height,
    fontSize: FONT,
    titleSize: TITLE_FONT,
    smallSize: SMALL,
    title,
    legend,
    unitLabel,
    plot,
    xTicks,
    yTicks: ticks.map((t) => ({
      y: yScale(t.value),
      label: { text: t.label, x: left - 6, y: yScale(t.value) + 4, anchor: 'end' },
    })),
    xLabel,
    blqBand: {
      rect: { x: plot.x, y: bottom + 8, width: plot.width, height: 20 + grow },
      label: { text: 'BLQ', x: left - 6, y: blqY + 4, anchor: 'end' },
    },
    patientLines,
    patientDots,
    medianLines,
    key,
    simulatedMark,
  };
}
