import { scaleLog } from 'd3-scale';
import { firthFootnote, firthTooltip } from './firth-note';
import { forestDomain, forestTicks } from './forest-axis';
import { formatHR, formatP, pPhrase } from './format';
import { wrapText } from './text-width';
import { thinTicks } from './thin-ticks';
import type {
  ForestLayout,
  ForestLayoutOptions,
  ForestRowInput,
  ForestRowLayout,
} from './forest-types';
import { shortLabel } from './truncate-label';

export type { ForestLayout, ForestLayoutOptions, ForestRowInput, ForestRowLayout };

const PAD = 8;
const TITLE_SIZE = 15;
const NOTE_LINE = 14;
const known = (v: number | null | undefined): v is number =>
  v != null && Number.isFinite(v) && v > 0;

/**
 * Geometry of a Cox forest plot: a log-scale hazard-ratio axis whose range is chosen from the data
 * (ticks among 0.1, 0.25, 0.5, 1, 2, 4, 10, …), one row per term with the point, the interval
 * (clipped to the axis, with arrow flags), a reference line at HR = 1 and the text columns
 * "2.75 (1.20–6.31)" and p. A term without a hazard ratio (e.g. an infinite coefficient) gets a
 * note and no point. A row with a proportional-hazards test (cox.zph) gets "PH p = …" under its
 * hazard ratio, flagged when p < 0.05.
 *
 * @example
 * forestLayout(fit.terms.map((t) => ({ label: t.name, ...t })), { width: 720, rowHeight: 28, labelWidth: 200 });
 */
export function forestLayout(
  rows: readonly ForestRowInput[],
  options: ForestLayoutOptions,
): ForestLayout {
  const { width, stacked = false } = options;
  const rowHeight = stacked ? options.rowHeight + 16 : options.rowHeight;
  const labelWidth = stacked ? 0 : options.labelWidth;
  const textWidth = options.textWidth ?? 180;
  const headerHeight = options.headerHeight ?? options.rowHeight;
  const axisHeight = options.axisHeight ?? 32;
  // Stacked, a second-scale note takes a line of its own under its row's interval.
  const ownLine = (r: ForestRowInput) =>
    stacked && r.warning === undefined && known(r.hr) && r.rescaled != null;
  const tops: number[] = [];
  let next = headerHeight;
  for (const r of rows) {
    tops.push(next);
    next += rowHeight + (ownLine(r) ? NOTE_LINE : 0);
  }
  const bodyBottom = next;
  // Stacked, the axis starts at the left edge: leave room for half of its first tick label.
  const x0 = stacked ? 2 * PAD : labelWidth + PAD;
  const plot = {
    x: x0,
    y: headerHeight,
    width: Math.max(0, width - textWidth - PAD - x0),
    height: bodyBottom - headerHeight,
  };
  const domain = forestDomain(rows);
  const scale = scaleLog()
    .domain(domain)
    .range([plot.x, plot.x + plot.width]);
  const clip = (v: number) => Math.min(domain[1], Math.max(domain[0], v));
  const inside = (v: number) => v >= domain[0] && v <= domain[1];

  const laidOut = rows.map((r, i): ForestRowLayout => {
    const hasCI = known(r.lower) && known(r.upper);
    const y = tops[i] + 0.5 * rowHeight + (stacked ? 8 : 0);
    const unit = r.unit && r.unit !== 'yes vs no' ? ` (${r.unit})` : '';
    const short = shortLabel(r.label);
    return {
      label: `${short.text}${unit}${r.postBaseline ? ' †' : ''}${r.method === 'firth' ? ' ‡' : ''}${r.small ? ' §' : ''}`,
      ...(short.title === undefined ? {} : { title: short.title }),
      y,
      labelY: stacked ? y - 16 : y,
      pointX: known(r.hr) && inside(r.hr) ? scale(r.hr) : null,
      whisker: hasCI
        ? {
            x1: scale(clip(r.lower as number)),
            x2: scale(clip(r.upper as number)),
            arrowLeft: (r.lower as number) < domain[0],
            arrowRight: (r.upper as number) > domain[1],
          }
        : null,
      hrText: formatHR(r.hr, r.lower, r.upper),
      pText: formatP(r.p),
      countText: r.n !== undefined && r.events !== undefined ? `${r.events}/${r.n}` : null,
      note:
        r.warning ??
        (!known(r.hr)
          ? 'hazard ratio not estimable'
          : r.rescaled
            ? `= ${formatHR(r.rescaled.hr, r.rescaled.lower, r.rescaled.upper)} ${r.rescaled.unit}`
            : null),
      noteIsWarning: r.warning !== undefined || !known(r.hr),
      ...(ownLine(r) ? { noteX: plot.x, noteY: y + NOTE_LINE } : { noteX: plot.x + 4, noteY: y }),
      phText: r.ph ? `PH ${pPhrase(r.ph.p)}` : null,
      phWarn: r.ph ? r.ph.p < 0.05 : false,
      firth: r.method === 'firth' ? firthTooltip(r.firthReason) : null,
      small: r.small ?? null,
    };
  });

  const footnote = rows.some((r) => r.postBaseline)
    ? {
        text: '† known only after infusion: immortal-time bias',
        y: bodyBottom + axisHeight + 4,
      }
    : null;
  const firthRows = rows.filter((r) => r.method === 'firth');
  const firthNote = firthRows.length
    ? {
        text: firthFootnote(
          firthRows.map((r) => r.firthReason ?? ''),
          stacked,
        ),
        y: bodyBottom + axisHeight + 4 + (footnote ? 18 : 0),
      }
    : null;
  const smallNote = rows.some((r) => r.small)
    ? {
        text: `§ a group of fewer than ${options.minCell ?? 5} patients: unstable estimate`,
        y: bodyBottom + axisHeight + 4 + (footnote ? 18 : 0) + (firthNote ? 18 : 0),
      }
    : null;
  const titleSize = options.titleSize ?? TITLE_SIZE;
  const titleLines = options.title ? wrapText(options.title, width, titleSize) : [];
  return {
    width,
    height:
      bodyBottom + axisHeight + (footnote ? 18 : 0) + (firthNote ? 18 : 0) + (smallNote ? 18 : 0),
    title: {
      lines: titleLines,
      lineHeight: titleSize + 4,
      height: titleLines.length > 0 ? titleLines.length * (titleSize + 4) + 5 : 0,
    },
    footnote,
    firthNote,
    smallNote,
    plot,
    scale,
    axis: {
      y: bodyBottom,
      domain,
      ticks: thinTicks(
        forestTicks(domain).map((value) => ({ value, x: scale(value), label: String(value) })),
        options.fontSize ?? 12,
        1,
      ),
    },
    reference: { x1: scale(1), y1: headerHeight, x2: scale(1), y2: bodyBottom },
    columns: { label: 0, hr: width - textWidth, p: width, headerY: headerHeight / 2 },
    rows: laidOut,
  };
}
