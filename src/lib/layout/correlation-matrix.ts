import { correlationColor, RDBU, textColorOn } from './diverging-color';
import { formatP } from './format';
import type { FigureOptions } from './figure-options';
import type { TextMark } from './km-figure';
import { FONT_SIZES } from './palette-options';
import { textWidth, wrapText } from './text-width';

/** A measure of the matrix (a structural subset of the engine's CorrelationVariable). */
export interface MatrixVariableInput {
  short: string;
  label: string;
  unit: string | null;
  censorable: boolean;
}

/** A pair of measures by index (x before y), with its correlation. */
export interface MatrixPairInput {
  x: number;
  y: number;
  rho: number | null;
  p: number | null;
  n: number;
}

export interface CorrelationMatrixInput {
  /** Width available, in pixels; the figure never draws wider. */
  width: number;
  title: string;
  variables: readonly MatrixVariableInput[];
  pairs: readonly MatrixPairInput[];
  simulated: boolean;
  /** The Figure options as this chart takes them (font, the typed title); its diverging colours stay. */
  options?: Readonly<Pick<FigureOptions, 'font' | 'title'>>;
}

/** One cell of the lower triangle: pair `pair` of the input, drawn at row y − 1, column x. */
export interface MatrixCell {
  pair: number;
  x: number;
  y: number;
  size: number;
  fill: string;
  /** Text colour that reads on the fill. */
  color: string;
  value: TextMark;
  /** "n 56", when the cell is large enough. */
  count: TextMark | null;
  fontSize: number;
  /** What a screen reader says, and the tooltip. */
  description: string;
}

/** A column label: horizontal lines, or one line turned to read upwards when cells are narrow. */
export interface ColumnLabel extends TextMark {
  lines: string[];
  rotate: 0 | -90;
}

export interface CorrelationMatrixLayout {
  width: number;
  height: number;
  fontSize: number;
  titleSize: number;
  title: TextMark[];
  rowLabels: TextMark[];
  columnLabels: ColumnLabel[];
  cells: MatrixCell[];
  legend: {
    title: TextMark;
    bar: { x: number; y: number; width: number; height: number };
    stops: { offset: number; color: string }[];
    ticks: (TextMark & { tickX: number })[];
  };
  /** Footnotes: what † means, the abbreviations. */
  key: TextMark[];
  keyFontSize: number;
  simulatedMark: TextMark | null;
}

const MAX_CELL = 84;

/** A measure's label in the matrix: its short name, † for a censored time. */
export function matrixLabel(v: MatrixVariableInput): string {
  return v.censorable ? `${v.short} †` : v.short;
}

/**
 * The correlation matrix laid out for one width as one self-contained SVG: the title, the lower
 * triangle of Spearman's ρ (each pair once, coloured on a diverging scale with ρ and n written in
 * the cell), row and column labels (turned upwards when the cells are too narrow for them), the
 * colour legend, the footnotes and the simulated mark — every text inside the figure.
 * @example correlationMatrix({ width: 390, title: 'Correlations', variables, pairs, simulated: true }).cells.length // 21 for 7 measures
 */
export function correlationMatrix(input: CorrelationMatrixInput): CorrelationMatrixLayout {
  const width = Math.max(260, Math.floor(input.width));
  const k = input.variables.length;
  const labels = input.variables.map(matrixLabel);
  // Text size (Figure options: 10 / 12 / 14 px; 12 is today's) and the line steps that follow it.
  const FONT = FONT_SIZES[input.options?.font ?? 'normal'];
  const grow = FONT - 12;
  const KEY_FONT = FONT - 1;
  const titleText = input.options?.title ?? input.title;
  const title = wrapText(titleText, (width - 8) / 1.12, FONT + 3).map((text, i): TextMark => ({
    text,
    x: 0,
    y: 16 + grow + i * (20 + grow),
    anchor: 'start',
  }));
  let y = 16 + grow + (title.length - 1) * (20 + grow) + 12;

  const rowTexts = labels.slice(1);
  const rowWidth = Math.ceil(Math.max(0, ...rowTexts.map((t) => textWidth(t, FONT)))) + 10;
  const columns = Math.max(1, k - 1);
  const cell = Math.max(1, Math.min(MAX_CELL, Math.floor((width - rowWidth - 2) / columns)));
  const gridLeft = rowWidth;

  const wrapped = labels.slice(0, -1).map((t) => wrapText(t, cell - 4, FONT));
  const flat = wrapped.every(
    (lines) => lines.length <= 2 && lines.every((l) => textWidth(l, FONT) <= cell - 4),
  );
  const header = flat
    ? Math.max(1, ...wrapped.map((l) => l.length)) * (14 + grow) + 6
    : Math.ceil(Math.max(0, ...labels.slice(0, -1).map((t) => textWidth(t, FONT)))) + 8;
  const gridTop = y + header;
  const columnLabels: ColumnLabel[] = labels.slice(0, -1).map((text, j) => {
    const cx = gridLeft + j * cell + cell / 2;
    return flat
      ? {
          text,
          lines: wrapped[j],
          x: cx,
          y: gridTop - 6 - (wrapped[j].length - 1) * (14 + grow),
          anchor: 'middle',
          rotate: 0,
        }
      : { text, lines: [text], x: cx + FONT * 0.35, y: gridTop - 6, anchor: 'start', rotate: -90 };
  });
  const rowLabels: TextMark[] = rowTexts.map((text, i) => ({
    text,
    x: rowWidth - 6,
    y: gridTop + i * cell + cell / 2 + FONT * 0.35,
    anchor: 'end',
  }));

  const valueFont = cell >= 40 ? 12 : 10;
  const cells = input.pairs.map((p, index): MatrixCell => {
    const x = gridLeft + p.x * cell;
    const top = gridTop + (p.y - 1) * cell;
    const fill = correlationColor(p.rho);
    const withCount = cell >= 44;
    const cy = top + cell / 2;
    const value = p.rho === null ? '—' : p.rho.toFixed(2);
    return {
      pair: index,
      x,
      y: top,
      size: cell,
      fill,
      color: textColorOn(fill),
      fontSize: valueFont,
      value: {
        text: value,
        x: x + cell / 2,
        y: withCount ? cy - 1 : cy + valueFont * 0.35,
        anchor: 'middle',
      },
      count: withCount ? { text: `n ${p.n}`, x: x + cell / 2, y: cy + 12, anchor: 'middle' } : null,
      // The drawn value and "n …" come in this order in the name too (the name contains the
      // visible text, as WCAG 2.5.3 "label in name" asks).
      description: `${input.variables[p.x].short} and ${input.variables[p.y].short}: Spearman ρ = ${value}, n = ${p.n}, p ${pText(p.p)}`,
    };
  });
  y = gridTop + columns * cell + 22;

  const legendTitle: TextMark = { text: 'Spearman’s ρ', x: 0, y, anchor: 'start' };
  const bar = { x: 10, y: y + 8, width: Math.min(260, width - 20), height: 10 };
  const ticks = [-1, -0.5, 0, 0.5, 1].map((t) => {
    const tickX = bar.x + ((t + 1) / 2) * bar.width;
    return {
      text: t === 0 ? '0' : `${t < 0 ? '−' : ''}${Math.abs(t)}`,
      x: tickX,
      y: bar.y + bar.height + 13,
      anchor: 'middle' as const,
      tickX,
    };
  });
  const stops = RDBU.map((color, i) => ({ offset: i / (RDBU.length - 1), color }));
  y = bar.y + bar.height + 34;

  const notes = [
    'Each pair once; the number in a cell is ρ, n the patients with both values (pairwise complete). Select a cell for its scatter plot.',
    ...(input.variables.some((v) => v.censorable)
      ? [
          '† Censored time: for a patient still followed, the value is the end of follow-up, not the event — ρ is descriptive at best.',
        ]
      : []),
    input.variables
      .map(
        (v) =>
          `${v.short}${v.short !== v.label ? ` = ${v.label}` : ''}${v.unit ? ` (${v.unit})` : ''}`,
      )
      .join('; '),
  ];
  const key: TextMark[] = [];
  for (const note of notes) {
    for (const line of wrapText(note, width - 4, KEY_FONT)) {
      key.push({ text: line, x: 0, y, anchor: 'start' });
      y += 15 + grow;
    }
  }
  let height = y - 6;
  const simulatedMark: TextMark | null = input.simulated
    ? { text: "Simulated data — not the study's patients", x: width, y: height + 14, anchor: 'end' }
    : null;
  if (simulatedMark) height += 20;
  return {
    width,
    height,
    fontSize: FONT,
    titleSize: FONT + 3,
    title,
    rowLabels,
    columnLabels,
    cells,
    legend: { title: legendTitle, bar, stops, ticks },
    key,
    keyFontSize: KEY_FONT,
    simulatedMark,
  };
}

function pText(p: number | null): string {
  const t = formatP(p);
  return t.startsWith('<') ? `< ${t.slice(1)}` : `= ${t}`;
}
