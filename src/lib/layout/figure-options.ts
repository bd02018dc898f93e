/** How the time axis is labelled; the data always stay in months. */
export type TimeUnit = 'months' | 'years';
/** Survival axis labels: percentages (0 %–100 %, today's default) or probabilities (0–1). */
export type YScale = 'percent' | 'prob';
/** Okabe–Ito colours (default), greys with dash patterns (print), or the user's own colours. */
export type PaletteChoice =
  { kind: 'okabe' } | { kind: 'grey' } | { kind: 'custom'; colors: string[] };
export type FontChoice = 'small' | 'normal' | 'large';
/** Where the legend goes: above the plot (today's default), inside it, at its right, below the figure, or nowhere. */
export type LegendPosition = 'top' | 'inside' | 'right' | 'below' | 'none';

/**
 * Every choice of the "Figure" panel, as one plain object: in the URL, on screen and in exports.
 * `xMax`, `xBy` are in the unit shown (`timeUnit`); null = chosen from the data.
 */
export interface FigureOptions {
  xMax: number | null;
  xBy: number | null;
  timeUnit: TimeUnit;
  yScale: YScale;
  /** Lower end of the survival axis (0 ≤ yMin ≤ 0.9). */
  yMin: number;
  censorMarks: boolean;
  medianGuides: boolean;
  /** The named test and its p (and the HR of two groups) drawn on the plot. */
  testAnnotation: boolean;
  palette: PaletteChoice;
  font: FontChoice;
  /** Text replacing the title / axis titles; null = the explorer's own. */
  title: string | null;
  xLabel: string | null;
  yLabel: string | null;
  /** Group labels replacing the data's, in the groups' order ('' keeps a group's own). */
  groupLabels: string[];
  legend: LegendPosition;
  /** Exported figure size in mm (figure-size.ts); null width = the size on screen, null height = auto. */
  widthMm: number | null;
  heightMm: number | null;
  /** PNG resolution of the publication-size export (dots per inch). */
  dpi: number;
  /** The Cox hazard ratio(s) vs the reference group drawn on the plot (hr-annotation.ts). */
  hrAnnotation: boolean;
  /** Show the chart as it will be exported at widthMm × heightMm (scaled to fit the page). */
  previewSize: boolean;
}

export const DEFAULT_FIGURE: Readonly<FigureOptions> = Object.freeze({
  xMax: null,
  xBy: null,
  timeUnit: 'months',
  yScale: 'percent',
  yMin: 0,
  censorMarks: true,
  medianGuides: true,
  testAnnotation: true,
  palette: Object.freeze({ kind: 'okabe' }) as PaletteChoice,
  font: 'normal',
  title: null,
  xLabel: null,
  yLabel: null,
  groupLabels: Object.freeze([]) as unknown as string[],
  legend: 'top',
  widthMm: null,
  heightMm: null,
  dpi: 300,
  hrAnnotation: false,
  previewSize: false,
});

/** Longest title or axis title kept (longer text is cut here; the layout truncates further). */
export const MAX_FIGURE_TEXT = 120;
/** Longest group label kept, and most group labels. */
export const MAX_GROUP_LABEL = 60;
export const MAX_GROUP_LABELS = 20;
/** At most this many custom colours. */
export const MAX_CUSTOM_COLORS = 12;
/** Figure size limits in mm (width, height) and PNG resolution limits in dpi. */
export const MM_LIMITS = { width: [65, 250], height: [40, 250] } as const;
export const DPI_LIMITS = [72, 1200] as const;
const HEX = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

/** A copy of the options (the colour list too), so state never shares arrays. */
export function copyFigure(o: Readonly<FigureOptions>): FigureOptions {
  const palette: PaletteChoice =
    o.palette.kind === 'custom' ? { kind: 'custom', colors: [...o.palette.colors] } : o.palette;
  return { ...o, palette, groupLabels: [...o.groupLabels] };
}

type Parsed<T> = { value: T } | { reason: string };
type Field = keyof FigureOptions;
interface FigureParam {
  field: Field;
  parse: (text: string) => Parsed<unknown>;
  format: (value: unknown) => string;
}
function param<F extends Field>(
  field: F,
  parse: (text: string) => Parsed<FigureOptions[F]>,
  format: (value: FigureOptions[F]) => string = String,
): FigureParam {
  return { field, parse, format: format as (value: unknown) => string };
}

const positive = (t: string): Parsed<number> => {
  const x = Number(t);
  return t.trim() !== '' && Number.isFinite(x) && x > 0 && x <= 1000
    ? { value: x }
    : { reason: 'not a number above 0 (at most 1000)' };
};
const flag = (t: string): Parsed<boolean> =>
  t === '1' || t === '0' ? { value: t === '1' } : { reason: 'must be 1 or 0' };
const bit = (v: boolean) => (v ? '1' : '0');
const oneOf =
  <T extends string>(allowed: readonly T[]) =>
  (t: string): Parsed<T> =>
    (allowed as readonly string[]).includes(t)
      ? { value: t as T }
      : { reason: `not one of ${allowed.join(', ')}` };
const text = (t: string): Parsed<string> => {
  const clean = t.replace(/\s+/g, ' ').trim().slice(0, MAX_FIGURE_TEXT);
  return clean === '' ? { reason: 'empty' } : { value: clean };
};
const orNull = (v: string | null) => v ?? '';
const orNone = (v: number | null) => (v === null ? '' : String(v));
const inRange =
  ([lo, hi]: readonly [number, number], whole = false) =>
  (t: string): Parsed<number> => {
    const x = Number(t);
    return t.trim() !== '' && Number.isFinite(x) && x >= lo && x <= hi && (!whole || x % 1 === 0)
      ? { value: x }
      : { reason: `not a ${whole ? 'whole ' : ''}number from ${lo} to ${hi}` };
  };

/**
 * A palette from its URL text: `okabe`, `grey`, or `custom:#hex,#hex,…` (3 or 6 hex digits each,
 * at most 12).
 * @example parsePalette('custom:#000,#ff0000') // { value: { kind: 'custom', colors: ['#000', '#ff0000'] } }
 */
export function parsePalette(t: string): Parsed<PaletteChoice> {
  if (t === 'okabe' || t === 'grey') return { value: { kind: t } };
  if (t.startsWith('custom:')) {
    const colors = t.slice(7).split(',').filter(Boolean);
    if (
      colors.length >= 1 &&
      colors.length <= MAX_CUSTOM_COLORS &&
      colors.every((c) => HEX.test(c))
    )
      return { value: { kind: 'custom', colors } };
    return { reason: `custom colours must be 1 to ${MAX_CUSTOM_COLORS} hex codes like #0072B2` };
  }
  return { reason: 'not one of okabe, grey, custom:#hex,…' };
}
export function formatPalette(p: PaletteChoice): string {
  return p.kind === 'custom' ? `custom:${p.colors.join(',')}` : p.kind;
}

/** The figure's URL parameters, in the order they are written. */
export const FIGURE_PARAMS: Readonly<Record<string, FigureParam>> = {
  xmax: param('xMax', positive, (v) => (v === null ? '' : String(v))),
  xby: param('xBy', positive, (v) => (v === null ? '' : String(v))),
  tunit: param('timeUnit', oneOf(['months', 'years'] as const)),
  yscale: param('yScale', oneOf(['percent', 'prob'] as const)),
  ymin: param('yMin', (t) => {
    const x = Number(t);
    return t.trim() !== '' && Number.isFinite(x) && x >= 0 && x <= 0.9
      ? { value: x }
      : { reason: 'not a number from 0 to 0.9' };
  }),
  censor: param('censorMarks', flag, bit),
  medians: param('medianGuides', flag, bit),
  pval: param('testAnnotation', flag, bit),
  palette: param('palette', parsePalette, formatPalette),
  font: param('font', oneOf(['small', 'normal', 'large'] as const)),
  title: param('title', text, orNull),
  xlab: param('xLabel', text, orNull),
  ylab: param('yLabel', text, orNull),
  labels: param(
    'groupLabels',
    (t) => {
      const labels = t
        .split('|')
        .map((l) => l.replace(/\s+/g, ' ').trim().slice(0, MAX_GROUP_LABEL));
      return labels.length <= MAX_GROUP_LABELS && labels.some((l) => l !== '')
        ? { value: labels }
        : { reason: `not 1 to ${MAX_GROUP_LABELS} labels separated by |` };
    },
    (v) => v.join('|'),
  ),
  legend: param('legend', oneOf(['top', 'inside', 'right', 'below', 'none'] as const)),
  wmm: param('widthMm', inRange(MM_LIMITS.width), orNone),
  hmm: param('heightMm', inRange(MM_LIMITS.height), orNone),
  dpi: param('dpi', inRange(DPI_LIMITS, true)),
  hr: param('hrAnnotation', flag, bit),
  preview: param('previewSize', flag, bit),
};

/**
 * The figure options a URL query sets: defaults for the rest, and the figure parameters that
 * could not be used, with the reason. Parameters that are not the figure's are left alone.
 * @example parseFigureParams('?tunit=years&xby=1').options.xBy // 1
 */
export function parseFigureParams(search: string): {
  options: FigureOptions;
  ignored: { name: string; value: string; reason: string }[];
} {
  const options = copyFigure(DEFAULT_FIGURE);
  const ignored: { name: string; value: string; reason: string }[] = [];
  for (const [name, value] of new URLSearchParams(search)) {
    const p = Object.hasOwn(FIGURE_PARAMS, name) ? FIGURE_PARAMS[name] : undefined;
    if (!p) continue;
    const parsed = p.parse(value);
    if ('reason' in parsed) ignored.push({ name, value, reason: parsed.reason });
    else (options as unknown as Record<Field, unknown>)[p.field] = parsed.value;
  }
  return { options, ignored };
}

/**
 * The URL parameters of the options that differ from the defaults, as [name, value] pairs.
 * @example serialiseFigureParams({ ...DEFAULT_FIGURE, timeUnit: 'years' }) // [['tunit', 'years']]
 */
export function serialiseFigureParams(o: Readonly<FigureOptions>): [string, string][] {
  const out: [string, string][] = [];
  for (const [name, p] of Object.entries(FIGURE_PARAMS)) {
    const t = p.format(o[p.field]);
    if (t !== '' && t !== p.format(DEFAULT_FIGURE[p.field])) out.push([name, t]);
  }
  return out;
}
